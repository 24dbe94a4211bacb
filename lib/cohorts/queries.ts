import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { coordinatedProgramScope, coordinatesProgram } from "./access";

export async function listCohortPrograms(actor: Actor) {
  if (!isCoordinator(actor)) throw notFound();
  const programs = await db.program.findMany({
    where: { ...coordinatedProgramScope(actor), active: true },
    orderBy: { startsOn: "desc" },
    select: { id: true, nameFr: true, nameEn: true, _count: { select: { needs: { where: { status: "APPROVED" } } } } },
  });
  return programs.map((p) => ({ id: p.id, nameFr: p.nameFr, nameEn: p.nameEn, approvedNeeds: p._count.needs }));
}

/** The program's latest run with its drafts named, and the approved needs no draft covers. */
export async function getCohortConsole(options: { actor: Actor; programId: string }) {
  if (!coordinatesProgram(options.actor, options.programId)) throw notFound();
  const program = await db.program.findUnique({ where: { id: options.programId }, select: { id: true, nameFr: true, nameEn: true, minimumMatchScore: true } });
  if (!program) throw notFound();
  const [run, approved] = await Promise.all([
    db.cohortRun.findFirst({
      where: { programId: program.id, status: { in: ["DRAFT", "SENT"] } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        optimalTotal: true,
        greedyTotal: true,
        createdAt: true,
        sentAt: true,
        createdBy: { select: { name: true } },
        drafts: {
          orderBy: [{ removed: "asc" }, { score: "desc" }, { needId: "asc" }],
          select: {
            id: true,
            needId: true,
            volunteerId: true,
            score: true,
            fixed: true,
            removed: true,
            need: { select: { title: true, organisation: { select: { name: true } } } },
            pairing: { select: { id: true, status: true } },
          },
        },
      },
    }),
    db.need.findMany({ where: { programId: program.id, status: "APPROVED" }, orderBy: { id: "asc" }, select: { id: true, title: true, organisation: { select: { name: true } } } }),
  ]);
  const volunteerIds = [...new Set(run?.drafts.map((d) => d.volunteerId) ?? [])];
  const names = new Map((await db.user.findMany({ where: { id: { in: volunteerIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const covered = new Set(run?.status === "DRAFT" ? run.drafts.filter((d) => !d.removed).map((d) => d.needId) : []);
  return {
    program,
    run: run ? { ...run, drafts: run.drafts.map((d) => ({ ...d, volunteerName: names.get(d.volunteerId) ?? "" })) } : null,
    approvedCount: approved.length,
    unassigned: run?.status === "DRAFT" ? approved.filter((n) => !covered.has(n.id)) : [],
  };
}

/**
 * When a coordinator opens a need's candidates to swap a cohort draft's volunteer: the draft and
 * who is in it now. Null when the draft is not one they may swap for this need (sent, replaced,
 * removed, another need or another program): the page then shows the ordinary candidates.
 */
export async function getSwapContext(options: { actor: Actor; draftId: string; needId: string }) {
  const draft = await db.cohortDraft.findFirst({
    where: { id: options.draftId, needId: options.needId, removed: false, run: { status: "DRAFT" } },
    select: { id: true, volunteerId: true, run: { select: { programId: true } } },
  });
  if (!draft || !coordinatesProgram(options.actor, draft.run.programId)) return null;
  const volunteer = await db.user.findUnique({ where: { id: draft.volunteerId }, select: { name: true } });
  return { draftId: draft.id, programId: draft.run.programId, volunteerId: draft.volunteerId, volunteerName: volunteer?.name ?? "" };
}
