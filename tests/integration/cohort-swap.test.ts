// Swapping a cohort draft's volunteer: the coordinator picks another candidate
// for a need, the new pair is kept, the old one forbidden, and the cohort is
// solved again around them — refused, with nothing changed, when the new
// volunteer could not take the need.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { runCohort, setDraftDecision } from "@/lib/cohorts/commands";
import { getCohortConsole, getSwapContext } from "@/lib/cohorts/queries";
import { swapCohortDraft } from "@/lib/cohorts/swap";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const NOW = new Date("2026-11-18T15:00:00Z");
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.messageKey}` : (mapError(e)?.code ?? String(e))),
  );

/** Two approved needs on Tuesday mornings and four volunteers, one of whom is never available then. */
async function world() {
  await db.volunteerProfile.updateMany({ data: { acceptingProposals: false } });
  await db.need.updateMany({ where: { status: "APPROVED" }, data: { status: "CLOSED" } });
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const otherCoordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  await createProgram(db, { coordinatorIds: [otherCoordinatorUser.id] });
  const slots = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
  const needFor = async () => {
    const org = await createOrganisation(db, { sectorCode: "maternal-health" });
    return createNeed(db, { organisationId: org.id, programId: program.id, status: "APPROVED", needTypeCode: "fundraising-campaign", languages: ["fr"], timeZone: "America/Toronto", availability: slots });
  };
  const needA = await needFor();
  const needB = await needFor();
  const tuesday = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
  const strong = await createVolunteer(db, { name: "Strong", languages: ["fr"], seniorityYears: 20, capacity: 1, skillCodes: ["fundraising", "donor-relations"], sectorCodes: ["maternal-health"], availability: tuesday });
  const good = await createVolunteer(db, { name: "Good", languages: ["fr"], seniorityYears: 12, capacity: 1, skillCodes: ["fundraising"], sectorCodes: ["maternal-health"], availability: tuesday });
  const spare = await createVolunteer(db, { name: "Spare", languages: ["fr"], seniorityYears: 8, capacity: 1, skillCodes: ["fundraising"], availability: tuesday });
  const monday = await createVolunteer(db, { name: "Monday", languages: ["fr"], seniorityYears: 20, skillCodes: ["fundraising"], availability: [{ weekday: 1, startMinute: 600, endMinute: 780 }] });
  return {
    program,
    needA,
    needB,
    strong,
    good,
    spare,
    monday,
    coordinator: await actorFor(db, coordinatorUser.id),
    otherCoordinator: await actorFor(db, otherCoordinatorUser.id),
  };
}

async function draftsOf(w: Awaited<ReturnType<typeof world>>) {
  const view = await getCohortConsole({ actor: w.coordinator, programId: w.program.id });
  return { run: view.run!, active: view.run!.drafts.filter((d) => !d.removed), removed: view.run!.drafts.filter((d) => d.removed) };
}

describe("swapping a cohort draft's volunteer", () => {
  it("keeps the new pair, forbids the old one and re-solves the rest of the cohort around it", async () => {
    const w = await world();
    await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    const before = await draftsOf(w);
    expect(before.active).toHaveLength(2);
    const draftA = before.active.find((d) => d.needId === w.needA.id)!;
    // Whoever the optimum gave need A, take a volunteer it gave no need, or the one it gave need B.
    const replacement = [w.spare.id, w.good.id, w.strong.id].find((id) => id !== draftA.volunteerId && !before.active.some((d) => d.volunteerId === id))!;

    expect(await getSwapContext({ actor: w.coordinator, draftId: draftA.id, needId: w.needA.id })).toMatchObject({ volunteerId: draftA.volunteerId, programId: w.program.id });
    expect(await getSwapContext({ actor: w.coordinator, draftId: draftA.id, needId: w.needB.id })).toBeNull();
    expect(await getSwapContext({ actor: w.otherCoordinator, draftId: draftA.id, needId: w.needA.id })).toBeNull();

    const result = await swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: replacement }, now: NOW });
    expect(result.runId).not.toBe(before.run.id);
    expect(result.ignoredFixedPairs).toBe(0);
    expect(await db.cohortRun.findUniqueOrThrow({ where: { id: before.run.id } })).toMatchObject({ status: "DISCARDED" });

    const after = await draftsOf(w);
    expect(after.run.id).toBe(result.runId);
    expect(after.active.find((d) => d.needId === w.needA.id)).toMatchObject({ volunteerId: replacement, fixed: true });
    expect(after.removed.map((d) => [d.needId, d.volunteerId])).toEqual([[w.needA.id, draftA.volunteerId]]);
    // Need B still gets someone, never the replacement (capacity 1), and every volunteer at most once.
    const draftB = after.active.find((d) => d.needId === w.needB.id);
    expect(draftB).toBeDefined();
    expect(draftB!.volunteerId).not.toBe(replacement);
    expect(new Set(after.active.map((d) => d.volunteerId)).size).toBe(after.active.length);
    // The stored score is the engine's score of the new pair.
    expect(after.active.find((d) => d.needId === w.needA.id)!.score).toBeGreaterThan(0);
  });

  it("refuses a volunteer who fails a hard filter, is already there, or has no capacity left, and changes nothing", async () => {
    const w = await world();
    await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    const before = await draftsOf(w);
    const draftA = before.active.find((d) => d.needId === w.needA.id)!;
    const draftB = before.active.find((d) => d.needId === w.needB.id)!;

    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: w.monday.id }, now: NOW }))).toBe("conflict:matchmaking.swap.errors.availability");
    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: draftA.volunteerId }, now: NOW }))).toBe("validation:matchmaking.swap.errors.sameVolunteer");
    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: "" }, now: NOW }))).toBe("validation");

    // B's volunteer is kept on B and has a capacity of one: they cannot also take A.
    await setDraftDecision({ actor: w.coordinator, input: { draftId: draftB.id, decision: "keep" } });
    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: draftB.volunteerId }, now: NOW }))).toBe("conflict:matchmaking.swap.errors.capacity");

    // A volunteer busy with a pairing under way has no capacity either.
    const free = [w.spare.id, w.good.id, w.strong.id].find((id) => !before.active.some((d) => d.volunteerId === id))!;
    const busyOrg = await createOrganisation(db);
    const busyNeed = await createNeed(db, { organisationId: busyOrg.id, programId: w.program.id, status: "MATCHED" });
    const busy = await createPairing(db, { needId: busyNeed.id, volunteerId: free, status: "ACTIVE" });
    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: free }, now: NOW }))).toBe("conflict:matchmaking.swap.errors.capacity");
    await db.pairing.delete({ where: { id: busy.id } });

    const after = await draftsOf(w);
    expect(after.run.id).toBe(before.run.id);
    expect(after.removed).toHaveLength(0);
    expect(after.active.find((d) => d.id === draftA.id)).toMatchObject({ volunteerId: draftA.volunteerId, fixed: false });
  });

  it("is a not-found for other programs' coordinators and a conflict once the run is sent or replaced; one of two concurrent swaps wins", async () => {
    const w = await world();
    await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    const before = await draftsOf(w);
    const draftA = before.active.find((d) => d.needId === w.needA.id)!;
    const free = [w.spare.id, w.good.id, w.strong.id].find((id) => !before.active.some((d) => d.volunteerId === id))!;
    expect(await outcome(swapCohortDraft({ actor: w.otherCoordinator, input: { draftId: draftA.id, volunteerId: free }, now: NOW }))).toBe("not_found:errors.notFound");

    const outcomes = await Promise.all([0, 1].map(() => outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: free }, now: NOW }))));
    expect(outcomes.sort()).toEqual(["conflict:matchmaking.cohortErrors.notDraft", "ok"]);
    const after = await draftsOf(w);
    expect(after.active.filter((d) => d.needId === w.needA.id)).toEqual([expect.objectContaining({ volunteerId: free, fixed: true })]);

    // The first run was replaced by the re-solve: its drafts can no longer be swapped.
    expect(await outcome(swapCohortDraft({ actor: w.coordinator, input: { draftId: draftA.id, volunteerId: w.good.id }, now: NOW }))).toBe("conflict:matchmaking.cohortErrors.notDraft");
  });
});
