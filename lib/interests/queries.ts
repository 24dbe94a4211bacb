// What a volunteer sees when offering help: approved needs of active programs
// that pass every hard filter for them, best fit first. The organisation's
// lived-experience preference plays no part here (it is not the volunteer's
// business, and the engine's identity criterion stays on the coordinator's side).
import type { Actor } from "@/lib/auth/actor";
import { isVolunteer } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { NeedInput } from "@/lib/matching";
import { evaluateInPool, prepareVolunteerPool } from "@/lib/matching";
import { loadMatchingContext, loadNeedInputs, loadVolunteerInputs } from "@/lib/matching-data/load";
import { referenceDateOf } from "@/lib/matching-data/map";
import type { Prisma } from "@/lib/generated/prisma/client";

const OPEN_NEEDS: Prisma.NeedWhereInput = { status: "APPROVED", program: { active: true } };

export type OpenNeedsStatus = "ok" | "incompleteProfile" | "paused" | "atCapacity";

/** The hard-filter verdict of each open need for this volunteer (ids of those that fit, with their score in tenths). */
export async function fittingOpenNeeds(actor: Actor, now: Date, where: Prisma.NeedWhereInput = {}) {
  const needs = await loadNeedInputs(db, { AND: [OPEN_NEEDS, where] });
  const [volunteers, profile] = await Promise.all([
    loadVolunteerInputs(db, { volunteerIds: [actor.id], interestNeedIds: needs.map((n) => n.id), includeIdentity: false, now }),
    db.volunteerProfile.findUnique({ where: { userId: actor.id }, select: { completedAt: true, acceptingProposals: true } }),
  ]);
  const volunteer = volunteers[0];
  if (!volunteer) return { status: (!profile?.completedAt ? "incompleteProfile" : "paused") as OpenNeedsStatus, fits: [] };
  if (volunteer.activePairings >= volunteer.capacity) return { status: "atCapacity" as OpenNeedsStatus, fits: [] };
  const pool = prepareVolunteerPool({ volunteers, referenceDate: referenceDateOf(now) });
  const programOf = new Map((await db.need.findMany({ where: { id: { in: needs.map((n) => n.id) } }, select: { id: true, programId: true } })).map((n) => [n.id, n.programId]));
  // One context per program (a handful), each weighting the fit the way its coordinators chose.
  const contexts = new Map(await Promise.all([...new Set(programOf.values())].map(async (id) => [id, await loadMatchingContext(db, id)] as const)));
  const fits: { need: NeedInput; scoreTenths: number; interested: boolean }[] = [];
  for (const need of needs) {
    const context = contexts.get(programOf.get(need.id) ?? null);
    if (!context) continue;
    const evaluation = evaluateInPool({ need: { ...need, livedExperiencePreference: null }, pool, volunteerId: actor.id, context });
    if (evaluation?.eligible) fits.push({ need, scoreTenths: evaluation.candidate.scoreTenths, interested: volunteer.interestedNeedIds?.includes(need.id) ?? false });
  }
  fits.sort((a, b) => b.scoreTenths - a.scoreTenths || (a.need.id < b.need.id ? -1 : 1));
  return { status: "ok" as OpenNeedsStatus, fits };
}

export async function listOpenNeedsForVolunteer(options: { actor: Actor; now?: Date }) {
  if (!isVolunteer(options.actor)) throw notFound();
  const { status, fits } = await fittingOpenNeeds(options.actor, options.now ?? new Date());
  const rows = await db.need.findMany({
    where: { id: { in: fits.map((f) => f.need.id) } },
    // Only what a volunteer may know about an organisation's need: never its members, its
    // preferences about the mentor, or other volunteers.
    select: {
      id: true,
      title: true,
      goals: true,
      desiredStartOn: true,
      durationWeeks: true,
      languages: true,
      needType: { select: { nameFr: true, nameEn: true } },
      organisation: { select: { id: true, name: true, city: true, region: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const messages = new Map(
    (await db.volunteerInterest.findMany({ where: { volunteerId: options.actor.id, withdrawnAt: null, needId: { in: fits.map((f) => f.need.id) } }, select: { needId: true, message: true } })).map((i) => [i.needId, i.message]),
  );
  return {
    status,
    needs: fits.flatMap((f) => {
      const row = byId.get(f.need.id);
      return row ? [{ ...row, interested: f.interested, interestMessage: messages.get(row.id) ?? "" }] : [];
    }),
  };
}
