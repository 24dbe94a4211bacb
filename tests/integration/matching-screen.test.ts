// The candidate page's screen (PostgreSQL applying the hard filters) held to the
// engine's verdicts on random volunteers: every volunteer it rules out, the
// engine excludes too, for exactly the filters it reports; nobody the engine
// finds eligible is ruled out; and the page's data equals what ranking the
// whole pool in memory gives.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { HardFilterId, NeedInput } from "@/lib/matching";
import { HARD_FILTERS, compareIds, prepareVolunteerPool, rankCandidates, referenceWeekStartMs } from "@/lib/matching";
import { zoneOffsetBounds } from "@/lib/matching/week-availability";
import { LISTED_EXCLUSIONS, loadNeedCandidates } from "@/lib/matching-data/candidates";
import { loadMatchingContext, loadVolunteerInputs, loadNeedInputs } from "@/lib/matching-data/load";
import { loadVolunteerTimeZones, screenVolunteersForNeed } from "@/lib/matching-data/screen";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { int, mulberry32, pick, sample } from "@/tests/factories/random";

const ZONES = ["America/Toronto", "America/Winnipeg", "America/Vancouver", "America/St_Johns", "America/Halifax", "Europe/Paris", "Africa/Dakar", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"];
const LANGUAGES = ["fr", "en", "es", "ar"];
// Ordinary weeks and weeks of clock changes (North America 8 March and 1 November 2026, Europe 29 March).
const DATES = ["2026-11-18", "2026-03-09", "2026-03-30", "2026-11-02", "2026-06-17"];

interface World {
  programId: string;
  coordinatorId: string;
  needs: NeedInput[];
  volunteerIds: string[];
}

async function buildWorld(seed: number): Promise<World> {
  const random = mulberry32(seed);
  const [skills, sectors, needTypes] = await Promise.all([
    db.skill.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.sector.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    db.needType.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
  ]);
  const skillCodes = skills.map((s) => s.code);
  const sectorCodes = sectors.map((s) => s.code);
  const coordinator = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinator.id] });
  const orgs = [];
  for (let o = 0; o < 3; o++) orgs.push(await createOrganisation(db, { sectorCode: pick(random, sectorCodes) }));

  const slot = () => {
    const start = int(random, 0, 92) * 15 + pick(random, [0, 0, 0, 5, 10]);
    return { weekday: int(random, 1, 7), startMinute: start, endMinute: Math.min(1440, start + int(random, 1, 16) * 15) };
  };
  const needRows = [];
  for (let n = 0; n < 4; n++) {
    needRows.push(
      await createNeed(db, {
        organisationId: orgs[n % orgs.length]!.id,
        programId: program.id,
        status: "APPROVED",
        needTypeCode: pick(random, needTypes.map((t) => t.code)),
        languages: sample(random, LANGUAGES, int(random, 1, 2)),
        timeZone: pick(random, ZONES),
        availability: Array.from({ length: int(random, 1, 3) }, slot),
      }),
    );
  }
  // Required preferences as the need form stores them, on two of the needs.
  await db.need.update({ where: { id: needRows[0]!.id }, data: { requiredPreferences: { minSeniorityYears: 8 } } });
  await db.need.update({ where: { id: needRows[1]!.id }, data: { requiredPreferences: { sectorExperience: true } } });
  const needs = await loadNeedInputs(db, { id: { in: needRows.map((n) => n.id) } });

  const volunteerIds: string[] = [];
  for (let v = 0; v < 160; v++) {
    const volunteer = await createVolunteer(db, {
      timeZone: pick(random, ZONES),
      languages: sample(random, LANGUAGES, int(random, 1, 3)),
      seniorityYears: int(random, 0, 20),
      capacity: int(random, 0, 3),
      skillCodes: sample(random, skillCodes, int(random, 0, 5)),
      sectorCodes: sample(random, sectorCodes, int(random, 0, 3)),
      availability: Array.from({ length: int(random, 0, 4) }, slot),
      acceptingProposals: random() > 0.05,
    });
    volunteerIds.push(volunteer.id);
    const roll = random();
    if (roll < 0.15) {
      await db.conflictOfInterest.create({ data: { id: `coi-${volunteer.id}`, volunteerId: volunteer.id, organisationId: pick(random, orgs).id, relation: "EMPLOYEE" } });
    } else if (roll < 0.3) {
      const kind = pick(random, ["NEED_TYPE", "SECTOR", "ORGANISATION"] as const);
      const value = kind === "NEED_TYPE" ? pick(random, needs).needType : kind === "SECTOR" ? pick(random, needs).organisationSector : pick(random, orgs).id;
      await db.volunteerOptOut.create({ data: { id: `opt-${volunteer.id}`, volunteerId: volunteer.id, kind, value } });
    }
    if (random() < 0.2) await db.volunteerInterest.create({ data: { id: `int-${volunteer.id}`, volunteerId: volunteer.id, needId: pick(random, needs).id, withdrawnAt: random() < 0.3 ? new Date() : null } });
    const pairings = int(random, 0, 2);
    for (let p = 0; p < pairings; p++) {
      const status = pick(random, ["ACTIVE", "PROPOSED", "PROPOSED", "COMPLETED", "DECLINED"] as const);
      // Proposals either still open or already past their deadline on the reference dates.
      const respondBy = new Date(random() < 0.5 ? "2027-01-01T00:00:00Z" : "2026-01-01T00:00:00Z");
      await createPairing(db, { needId: pick(random, needRows).id, volunteerId: volunteer.id, programId: program.id, status, respondBy });
    }
  }
  // Stored levels 0–4 exercise the mapping onto the engine's 1–3; a few profiles are unfinished,
  // deleted or without the volunteer role, and never part of the pool.
  await db.$executeRaw`UPDATE "VolunteerSkill" SET level = abs(hashtext("volunteerId" || "skillId")) % 5`;
  await db.volunteerProfile.update({ where: { userId: volunteerIds[0]! }, data: { completedAt: null } });
  await db.user.update({ where: { id: volunteerIds[1]! }, data: { deletedAt: new Date() } });
  await db.userRole.deleteMany({ where: { userId: volunteerIds[2]! } });
  return { programId: program.id, coordinatorId: coordinator.id, needs, volunteerIds };
}

let world: World;
beforeAll(async () => {
  world = await buildWorld(20261121);
}, 120_000);

/** The engine's verdict over the whole pool, loaded in full as before the screen existed. */
async function reference(need: NeedInput, date: string, now: Date) {
  const [volunteers, context] = await Promise.all([
    loadVolunteerInputs(db, { interestNeedIds: [need.id], includeIdentity: false, now }),
    loadMatchingContext(db, world.programId),
  ]);
  const pool = prepareVolunteerPool({ volunteers, referenceDate: date });
  const ranking = rankCandidates({ need, pool, context, limit: Infinity });
  const interested = new Set(volunteers.filter((v) => v.interestedNeedIds?.includes(need.id)).map((v) => v.id));
  return { volunteers, ranking, interested };
}

// Needs with required preferences of every kind the engine knows, including those the need form does not offer yet.
function withRequirements(need: NeedInput, random: () => number): NeedInput {
  return {
    ...need,
    requiredPreferences: [
      ...(need.requiredPreferences ?? []),
      ...(random() < 0.5 ? [{ kind: "language" as const, language: pick(random, LANGUAGES) }] : []),
      { kind: "skill" as const, skill: "fundraising", minLevel: pick(random, [1, 2, 3] as const) },
    ],
  };
}

describe("the database's screen of the volunteer pool", () => {
  it("rules out only volunteers the engine excludes, reporting exactly the filters the engine reports", async () => {
    const random = mulberry32(7);
    let ruledOut = 0;
    let checked = 0;
    for (const date of DATES) {
      const now = new Date(`${date}T15:00:00Z`);
      const weekStartMs = referenceWeekStartMs(date);
      const steadyWeek = ZONES.every((zone) => {
        const b = zoneOffsetBounds(zone, weekStartMs);
        return b.min === b.max;
      });
      for (const base of world.needs) {
        for (const need of [base, withRequirements(base, random)]) {
          const load = { interestNeedIds: [need.id], includeIdentity: false, now };
          const screenOptions = { need, weekStartMs, now, listLimit: 100_000, volunteerTimeZones: await loadVolunteerTimeZones(db), load };
          const [screen, ref] = await Promise.all([screenVolunteersForNeed(db, screenOptions), reference(need, date, now)]);
          const engineFilters = new Map(ref.ranking.excluded.map((e) => [e.volunteerId, e.filters]));
          expect(screen.poolSize).toBe(ref.volunteers.length);
          expect(screen.ruledOut.first).toHaveLength(screen.ruledOut.count);
          expect(new Set([...screen.toEvaluate.map((v) => v.id), ...screen.ruledOut.first.map((r) => r.volunteerId)])).toEqual(new Set(ref.volunteers.map((v) => v.id)));
          // The same statement loads the volunteers left for the engine exactly as loadVolunteerInputs does.
          const evaluatedIds = new Set(screen.toEvaluate.map((v) => v.id));
          expect(screen.toEvaluate).toEqual(ref.volunteers.filter((v) => evaluatedIds.has(v.id)));
          expect(screen.toEvaluate.length + screen.ruledOut.count).toBe(ref.volunteers.length);
          for (const r of screen.ruledOut.first) {
            expect(r.filters, `${r.volunteerId} on ${date}`).toEqual(engineFilters.get(r.volunteerId));
            expect(r.interested).toBe(ref.interested.has(r.volunteerId));
          }
          const counts = Object.fromEntries(HARD_FILTERS.map((f) => [f, 0])) as Record<HardFilterId, number>;
          for (const r of screen.ruledOut.first) for (const f of r.filters) counts[f] += 1;
          expect(screen.ruledOut.counts).toEqual(counts);
          // Listed with those who offered to help first, then by id.
          const order = screen.ruledOut.first.map((r) => r.volunteerId);
          const expected = [...screen.ruledOut.first].sort((a, b) => Number(b.interested) - Number(a.interested) || compareIds(a.volunteerId, b.volunteerId)).map((r) => r.volunteerId);
          expect(order).toEqual(expected);
          // In a week without a clock change the screen is exact: the engine only sees eligible volunteers.
          if (steadyWeek) {
            for (const { id } of screen.toEvaluate) expect(engineFilters.get(id), id).toBeUndefined();
          }
          ruledOut += screen.ruledOut.count;
          checked += ref.volunteers.length;
        }
      }
    }
    // The screen must actually rule people out on this data, or the test proves nothing.
    expect(ruledOut).toBeGreaterThan(checked / 4);
  }, 120_000);

  it("gives the candidate page exactly what ranking the whole pool in memory gives", async () => {
    const coordinator = await actorFor(db, world.coordinatorId);
    const date = "2026-11-18";
    const now = new Date(`${date}T15:00:00Z`);
    for (const need of world.needs) {
      const [page, ref] = await Promise.all([loadNeedCandidates({ actor: coordinator, needId: need.id, now, limit: Infinity }), reference(need, date, now)]);
      // Volunteers who declined or let a proposal lapse for this need are set apart, as before.
      const asked = new Set(page.alreadyAsked.map((c) => c.volunteerId));
      const expectedCandidates = ref.ranking.candidates.filter((c) => !asked.has(c.volunteerId)).map((c) => [c.volunteerId, c.scoreTenths]);
      expect(page.ranking.candidates.map((c) => [c.volunteerId, c.scoreTenths])).toEqual(expectedCandidates);
      expect(page.ranking.belowMinimum.map((c) => c.volunteerId)).toEqual(ref.ranking.belowMinimum.map((c) => c.volunteerId));
      expect(page.poolSize).toBe(ref.volunteers.length);
      expect(page.exclusions.total).toBe(ref.ranking.excluded.length);
      const counts = Object.fromEntries(HARD_FILTERS.map((f) => [f, 0])) as Record<HardFilterId, number>;
      for (const e of ref.ranking.excluded) for (const f of e.filters) counts[f] += 1;
      expect(page.exclusions.counts).toEqual(counts);
      const listed = [...ref.ranking.excluded]
        .sort((a, b) => Number(ref.interested.has(b.volunteerId)) - Number(ref.interested.has(a.volunteerId)) || compareIds(a.volunteerId, b.volunteerId))
        .slice(0, LISTED_EXCLUSIONS);
      expect(page.exclusions.listed).toEqual(listed.map((e) => ({ volunteerId: e.volunteerId, filters: [...e.filters] })));
      expect(page.evaluatedCount).toBeLessThan(page.poolSize);
    }
  }, 60_000);

  it("compares any volunteer with the need, whether the screen ruled them out or not", async () => {
    const coordinator = await actorFor(db, world.coordinatorId);
    const date = "2026-11-18";
    const now = new Date(`${date}T15:00:00Z`);
    const need = world.needs[0]!;
    const load = { interestNeedIds: [need.id], includeIdentity: false, now };
    const screen = await screenVolunteersForNeed(db, { need, weekStartMs: referenceWeekStartMs(date), now, listLimit: 1, volunteerTimeZones: await loadVolunteerTimeZones(db), load });
    const outside = screen.ruledOut.first[0]!;
    const page = await loadNeedCandidates({ actor: coordinator, needId: need.id, now, compareId: outside.volunteerId });
    expect(page.compared?.volunteer.id).toBe(outside.volunteerId);
    expect(page.compared?.evaluation.eligible).toBe(false);
    if (page.compared && !page.compared.evaluation.eligible) expect(page.compared.evaluation.reasons.map((r) => r.filter)).toEqual(outside.filters);
    const inside = await loadNeedCandidates({ actor: coordinator, needId: need.id, now, compareId: screen.toEvaluate[0]!.id });
    expect(inside.compared?.volunteer.id).toBe(screen.toEvaluate[0]!.id);
    // Someone who is not a volunteer open to proposals has nothing to compare.
    const nobody = await loadNeedCandidates({ actor: coordinator, needId: need.id, now, compareId: world.volunteerIds[0]! });
    expect(nobody.compared).toBeNull();
  }, 60_000);
});
