// The matching console against a real PostgreSQL: loading the engine's inputs,
// ranked candidates and their authorisation, the privacy of the identity
// criterion, cohort drafts (keep, remove, re-solve, send — atomically and under
// concurrency), volunteers' offers of help and program weights.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { resolveCohort, runCohort, sendCohortDrafts, setDraftDecision } from "@/lib/cohorts/commands";
import { getCohortConsole } from "@/lib/cohorts/queries";
import { expressInterest, withdrawInterest } from "@/lib/interests/commands";
import { listOpenNeedsForVolunteer } from "@/lib/interests/queries";
import { loadNeedCandidates } from "@/lib/matching-data/candidates";
import { loadVolunteerInputs } from "@/lib/matching-data/load";
import { updateMatchingSettings } from "@/lib/matching-settings/commands";
import { previewMatchingSettings } from "@/lib/matching-settings/queries";
import { getNeedForActor, listNeedsForOrganisations } from "@/lib/needs/queries";
import { getPairingForActor } from "@/lib/pairings/queries";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const NOW = new Date("2026-11-18T15:00:00Z");
const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

/** A program with a coordinator, the reference charity and a few volunteers around its need. */
async function world() {
  // Tests of this file share one database: earlier volunteers and open needs step aside.
  await db.volunteerProfile.updateMany({ data: { acceptingProposals: false } });
  await db.need.updateMany({ where: { status: "APPROVED" }, data: { status: "CLOSED" } });
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const otherCoordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  await createProgram(db, { coordinatorIds: [otherCoordinatorUser.id] });
  const member = await createUser(db, { name: "Nadia" });
  const org = await createOrganisation(db, { memberIds: [member.id], sectorCode: "maternal-health" });
  // Tuesday (ISO 2) 10:00–13:00 in Winnipeg = 11:00–14:00 in Toronto.
  const slots = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "APPROVED", needTypeCode: "fundraising-campaign", languages: ["fr", "en"], timeZone: "America/Winnipeg", availability: slots, livedExperienceAsked: true });
  const kemi = await createVolunteer(db, {
    name: "Kemi",
    timeZone: "America/Toronto",
    languages: ["en", "fr"],
    seniorityYears: 18,
    capacity: 2,
    skillCodes: ["fundraising", "donor-relations", "copywriting", "social-media"],
    sectorCodes: ["maternal-health"],
    availability: [{ weekday: 2, startMinute: 660, endMinute: 840 }],
    identityTags: ["parent", "immigrant"],
  });
  const second = await createVolunteer(db, { name: "Second", languages: ["fr"], seniorityYears: 4, skillCodes: ["fundraising"], availability: [{ weekday: 2, startMinute: 660, endMinute: 720 }] });
  // Same hours but on Monday (ISO 1): no overlap with a Tuesday need.
  const monday = await createVolunteer(db, { name: "Monday", languages: ["fr", "en"], availability: [{ weekday: 1, startMinute: 660, endMinute: 840 }] });
  const englishOnly = await createVolunteer(db, { name: "English", languages: ["de"], availability: [{ weekday: 2, startMinute: 660, endMinute: 840 }] });
  return {
    program,
    org,
    need,
    kemi,
    second,
    monday,
    englishOnly,
    coordinator: await actorFor(db, coordinatorUser.id),
    otherCoordinator: await actorFor(db, otherCoordinatorUser.id),
    member: await actorFor(db, member.id),
    kemiActor: await actorFor(db, kemi.id),
  };
}

describe("loading the engine's inputs", () => {
  it("maps ISO weekdays, skills, load, outcomes, interests and identity in one query", async () => {
    const w = await world();
    const org2 = await createOrganisation(db);
    const pastNeed = await createNeed(db, { organisationId: org2.id, programId: w.program.id, status: "CLOSED" });
    const past = await createPairing(db, { needId: pastNeed.id, volunteerId: w.kemi.id, status: "COMPLETED", proposedAt: new Date("2026-01-01") });
    await db.closeoutSurvey.createMany({
      data: [
        { id: newId(), pairingId: past.id, respondentId: w.member.id, side: "ORGANISATION", satisfaction: 5 },
        { id: newId(), pairingId: past.id, respondentId: w.kemi.id, side: "VOLUNTEER", satisfaction: 1 },
      ],
    });
    const expiredNeed = await createNeed(db, { organisationId: org2.id, programId: w.program.id, status: "APPROVED" });
    await createPairing(db, { needId: expiredNeed.id, volunteerId: w.kemi.id, status: "PROPOSED", proposedAt: new Date("2026-11-01"), respondBy: new Date("2026-11-04") });
    const pendingNeed = await createNeed(db, { organisationId: org2.id, programId: w.program.id, status: "MATCHING" });
    await createPairing(db, { needId: pendingNeed.id, volunteerId: w.kemi.id, status: "PROPOSED", proposedAt: NOW, respondBy: new Date(NOW.getTime() + 3_600_000) });
    await db.volunteerInterest.createMany({
      data: [
        { id: newId(), volunteerId: w.kemi.id, needId: w.need.id },
        { id: newId(), volunteerId: w.second.id, needId: w.need.id, withdrawnAt: NOW },
      ],
    });
    await db.volunteerProfile.update({ where: { userId: w.englishOnly.id }, data: { acceptingProposals: false } });

    const loaded = await loadVolunteerInputs(db, { interestNeedIds: [w.need.id], includeIdentity: true, now: NOW });
    const byId = new Map(loaded.map((v) => [v.id, v]));
    expect(byId.has(w.englishOnly.id)).toBe(false); // paused
    const kemi = byId.get(w.kemi.id);
    // ISO Tuesday (2) is the engine's 1 (0 = Monday).
    expect(kemi?.availability).toEqual([{ weekday: 1, startMinute: 660, endMinute: 840 }]);
    expect(byId.get(w.monday.id)?.availability[0]?.weekday).toBe(0);
    expect(kemi?.skills).toEqual(expect.arrayContaining([{ code: "fundraising", level: 2 }]));
    expect(kemi?.sectors).toEqual(["maternal-health"]);
    expect(kemi?.activePairings).toBe(1); // the pending proposal, not the expired one
    expect(kemi?.pastOutcomes).toEqual({ completedPairings: 1, meanSatisfaction: 5 }); // the organisation's rating
    expect(kemi?.interestedNeedIds).toEqual([w.need.id]);
    expect(byId.get(w.second.id)?.interestedNeedIds).toEqual([]); // withdrawn
    expect(kemi?.selfIdentification).toEqual({ consented: true, tags: ["parent", "immigrant"] });

    const withoutIdentity = await loadVolunteerInputs(db, { volunteerIds: [w.kemi.id], includeIdentity: false, now: NOW });
    expect(withoutIdentity).toHaveLength(1);
    expect(withoutIdentity[0]?.selfIdentification).toBeNull();
  });
});

describe("ranked candidates for one need", () => {
  it("ranks the best fit first, explains every criterion and lists exclusions with their filter", async () => {
    const w = await world();
    const result = await loadNeedCandidates({ actor: w.coordinator, needId: w.need.id, now: NOW });
    expect(result.ranking.candidates[0]?.volunteerId).toBe(w.kemi.id);
    const top = result.ranking.candidates[0]!;
    expect(top.rank).toBe(1);
    expect(top.breakdown.reduce((sum, line) => sum + line.pointsTenths, 0)).toBe(top.scoreTenths);
    expect(top.breakdown.find((l) => l.criterion === "livedExperience")?.explanation.key).toBe("matching.criteria.livedExperience.matches");
    const excluded = new Map(result.exclusions.listed.map((e) => [e.volunteerId, e.filters]));
    expect(excluded.get(w.monday.id)).toEqual(["availability"]);
    expect(excluded.get(w.englishOnly.id)).toEqual(["language"]);
    expect(result.exclusions.counts).toMatchObject({ availability: 1, language: 1 });
    // The database's screen ruled out the Monday and the English volunteers; the engine evaluated the others.
    expect(result.evaluatedCount).toBe(result.poolSize - 2);
  });

  it("leaves out volunteers who already declined the need", async () => {
    const w = await world();
    await createPairing(db, { needId: w.need.id, volunteerId: w.kemi.id, status: "DECLINED" });
    const result = await loadNeedCandidates({ actor: w.coordinator, needId: w.need.id, now: NOW });
    expect(result.ranking.candidates.map((c) => c.volunteerId)).not.toContain(w.kemi.id);
    expect(result.alreadyAsked.map((c) => c.volunteerId)).toEqual([w.kemi.id]);
    expect(result.ranking.candidates.every((c, i) => c.rank === i + 1)).toBe(true);
  });

  it("is a not-found for organisation members, volunteers and coordinators of other programs", async () => {
    const w = await world();
    expect(await code(loadNeedCandidates({ actor: w.member, needId: w.need.id }))).toBe("not_found");
    expect(await code(loadNeedCandidates({ actor: w.kemiActor, needId: w.need.id }))).toBe("not_found");
    expect(await code(loadNeedCandidates({ actor: w.otherCoordinator, needId: w.need.id }))).toBe("not_found");
  });
});

describe("privacy of the identity criterion", () => {
  it("never reaches anything an organisation member can load", async () => {
    const w = await world();
    // The coordinator ranks and proposes; the score stored with the proposal includes the criterion.
    const { ranking } = await loadNeedCandidates({ actor: w.coordinator, needId: w.need.id, now: NOW });
    const { proposeVolunteer } = await import("@/lib/pairings/commands");
    const top = ranking.candidates[0]!;
    const proposal = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: top.volunteerId, matchScore: top.score, matchRank: 1 } });

    const loads = [
      await getNeedForActor({ actor: w.member, needId: w.need.id }),
      await getPairingForActor({ actor: w.member, pairingId: proposal.id }),
      await listNeedsForOrganisations(w.member),
    ];
    const text = JSON.stringify(loads);
    for (const forbidden of ["livedExperience\"", "identity", "parent", "immigrant", "matchScore", "matchRank", "selfIdentification"]) {
      expect(text, forbidden).not.toContain(forbidden);
    }
    // Every matching read is closed to them.
    expect(await code(getCohortConsole({ actor: w.member, programId: w.program.id }))).toBe("not_found");
    expect(await code(runCohort({ actor: w.member, input: { programId: w.program.id } }))).toBe("not_found");
    expect(await code(previewMatchingSettings({ actor: w.member, programId: w.program.id, input: {} }))).toBe("not_found");
  });

  it("does not use identity on the volunteers' side", async () => {
    const w = await world();
    const open = await listOpenNeedsForVolunteer({ actor: w.kemiActor, now: NOW });
    expect(open.status).toBe("ok");
    expect(open.needs.map((n) => n.id)).toEqual([w.need.id]);
    expect(JSON.stringify(open)).not.toContain("livedExperience");
  });
});

describe("cohort drafts", () => {
  async function cohortWorld() {
    const w = await world();
    const org2 = await createOrganisation(db, { sectorCode: "maternal-health" });
    const slots = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
    const need2 = await createNeed(db, { organisationId: org2.id, programId: w.program.id, status: "APPROVED", needTypeCode: "fundraising-campaign", languages: ["fr"], timeZone: "America/Winnipeg", availability: slots });
    return { ...w, need2 };
  }

  it("computes the optimal assignment as drafts, keeps and removes pairs, re-solves and sends in one step", async () => {
    const w = await cohortWorld();
    const run = await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    expect(run.optimalTotal).toBeGreaterThanOrEqual(run.greedyTotal);
    let console_ = await getCohortConsole({ actor: w.coordinator, programId: w.program.id });
    expect(console_.run?.status).toBe("DRAFT");
    expect(console_.run?.drafts).toHaveLength(2);
    expect(new Set(console_.run?.drafts.map((d) => d.needId))).toEqual(new Set([w.need.id, w.need2.id]));

    // Remove the pair of need2 and keep the other, then re-solve.
    const removed = console_.run!.drafts.find((d) => d.needId === w.need2.id)!;
    const kept = console_.run!.drafts.find((d) => d.needId === w.need.id)!;
    await setDraftDecision({ actor: w.coordinator, input: { draftId: removed.id, decision: "remove" } });
    await setDraftDecision({ actor: w.coordinator, input: { draftId: kept.id, decision: "keep" } });
    expect(await code(setDraftDecision({ actor: w.coordinator, input: { draftId: kept.id, decision: "maybe" } }))).toBe("validation");
    await resolveCohort({ actor: w.coordinator, input: { runId: run.runId }, now: NOW });
    console_ = await getCohortConsole({ actor: w.coordinator, programId: w.program.id });
    const drafts = console_.run!.drafts;
    expect(drafts.find((d) => d.needId === w.need.id && !d.removed)).toMatchObject({ volunteerId: kept.volunteerId, fixed: true });
    expect(drafts.filter((d) => d.removed).map((d) => [d.needId, d.volunteerId])).toEqual([[removed.needId, removed.volunteerId]]);
    expect(drafts.some((d) => !d.removed && d.needId === w.need2.id && d.volunteerId === removed.volunteerId)).toBe(false);
    expect(await db.cohortRun.findUniqueOrThrow({ where: { id: run.runId } })).toMatchObject({ status: "DISCARDED" });

    const active = drafts.filter((d) => !d.removed);
    const sent = await sendCohortDrafts({ actor: w.coordinator, input: { runId: console_.run!.id }, now: NOW });
    expect(sent.sent).toBe(active.length);
    const pairings = await db.pairing.findMany({ where: { cohortDraftId: { in: active.map((d) => d.id) } } });
    expect(pairings.map((p) => p.status)).toEqual(active.map(() => "PROPOSED"));
    expect(await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).toMatchObject({ status: "MATCHING" });
    const notes = await db.notification.findMany({ where: { userId: { in: active.map((d) => d.volunteerId) }, kind: "proposalReceived" } });
    expect(notes).toHaveLength(active.length);
    expect(await code(sendCohortDrafts({ actor: w.coordinator, input: { runId: console_.run!.id } }))).toBe("conflict");
  });

  it("sends nothing when one need changed meanwhile, and only once under concurrency", async () => {
    const w = await cohortWorld();
    const run = await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    await db.need.update({ where: { id: w.need2.id }, data: { status: "WITHDRAWN" } });
    const error = await sendCohortDrafts({ actor: w.coordinator, input: { runId: run.runId }, now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("matchmaking.cohortErrors.needClosed");
    expect(await db.pairing.count({ where: { cohortDraft: { runId: run.runId } } })).toBe(0);
    expect(await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).toMatchObject({ status: "APPROVED" });

    await db.need.update({ where: { id: w.need2.id }, data: { status: "APPROVED" } });
    const outcomes = await Promise.all([0, 1, 2].map(() => code(sendCohortDrafts({ actor: w.coordinator, input: { runId: run.runId }, now: NOW }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(2);
    const pairings = await db.pairing.findMany({ where: { cohortDraft: { runId: run.runId } } });
    expect(pairings.length).toBeGreaterThan(0);
    expect(new Set(pairings.map((p) => p.needId)).size).toBe(pairings.length);
  });

  it("never proposes a volunteer beyond their capacity when sending", async () => {
    const w = await cohortWorld();
    const run = await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    const drafts = await db.cohortDraft.findMany({ where: { runId: run.runId } });
    // Fill the capacity of every drafted volunteer behind the run's back.
    for (const volunteerId of new Set(drafts.map((d) => d.volunteerId))) {
      await db.volunteerProfile.update({ where: { userId: volunteerId }, data: { capacity: 1 } });
      const org = await createOrganisation(db);
      const other = await createNeed(db, { organisationId: org.id, programId: w.program.id, status: "MATCHED" });
      await createPairing(db, { needId: other.id, volunteerId, status: "ACTIVE" });
    }
    const error = await sendCohortDrafts({ actor: w.coordinator, input: { runId: run.runId }, now: NOW }).catch((e: unknown) => e);
    expect((error as AppError).messageKey).toBe("matchmaking.cohortErrors.capacity");
    expect(await db.pairing.count({ where: { needId: { in: [w.need.id, w.need2.id] } } })).toBe(0);
  });

  it("is a not-found for coordinators of other programs", async () => {
    const w = await cohortWorld();
    const run = await runCohort({ actor: w.coordinator, input: { programId: w.program.id }, now: NOW });
    expect(await code(runCohort({ actor: w.otherCoordinator, input: { programId: w.program.id } }))).toBe("not_found");
    expect(await code(sendCohortDrafts({ actor: w.otherCoordinator, input: { runId: run.runId } }))).toBe("not_found");
    expect(await code(resolveCohort({ actor: w.otherCoordinator, input: { runId: run.runId } }))).toBe("not_found");
    expect(await code(runCohort({ actor: w.coordinator, input: {} }))).toBe("validation");
  });
});

describe("volunteers offering help", () => {
  it("raises the interest criterion without creating a proposal, and can be withdrawn", async () => {
    const w = await world();
    await expressInterest({ actor: await actorFor(db, w.second.id), input: { needId: w.need.id, message: "Avec plaisir" }, now: NOW });
    const ranked = await loadNeedCandidates({ actor: w.coordinator, needId: w.need.id, now: NOW });
    const second = ranked.ranking.candidates.find((c) => c.volunteerId === w.second.id) ?? ranked.ranking.belowMinimum.find((c) => c.volunteerId === w.second.id);
    expect(second?.breakdown.find((l) => l.criterion === "expressedInterest")?.value).toBe(1);
    expect(await db.pairing.count({ where: { needId: w.need.id } })).toBe(0);
    await withdrawInterest({ actor: await actorFor(db, w.second.id), input: { needId: w.need.id }, now: NOW });
    expect(await code(withdrawInterest({ actor: await actorFor(db, w.second.id), input: { needId: w.need.id } }))).toBe("not_found");
  });

  it("tells the program's coordinators of an offer once, in the app and by email, whatever the volunteer does next", async () => {
    const w = await world();
    const second = await actorFor(db, w.second.id);
    await expressInterest({ actor: second, input: { needId: w.need.id, message: "Avec plaisir" }, now: NOW });
    await withdrawInterest({ actor: second, input: { needId: w.need.id }, now: NOW });
    await expressInterest({ actor: second, input: { needId: w.need.id }, now: NOW });
    const notices = await db.notification.findMany({ where: { kind: "interestExpressed", link: `/coordinator/needs/${w.need.id}` } });
    expect(notices.map((n) => n.userId)).toEqual([w.coordinator.id]);
    expect(notices[0]?.params).toMatchObject({ volunteer: "Second", title: w.need.title });
    const emails = await db.emailOutbox.findMany({ where: { userId: w.coordinator.id, dedupeKey: { startsWith: "interest:" } } });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toContain("Second");
    // Coordinators of other programs hear nothing.
    expect(await db.notification.count({ where: { kind: "interestExpressed", userId: w.otherCoordinator.id } })).toBe(0);
  });

  it("refuses needs that fail the volunteer's hard filters, and bad input", async () => {
    const w = await world();
    const monday = await actorFor(db, w.monday.id);
    expect(await code(expressInterest({ actor: monday, input: { needId: w.need.id }, now: NOW }))).toBe("not_found");
    expect(await code(expressInterest({ actor: w.member, input: { needId: w.need.id }, now: NOW }))).toBe("not_found");
    expect(await code(expressInterest({ actor: w.kemiActor, input: { needId: w.need.id, message: "x".repeat(1001) }, now: NOW }))).toBe("validation");
    expect(await db.volunteerInterest.count({ where: { needId: w.need.id } })).toBe(0);
  });
});

describe("program weights", () => {
  const weights = { skillFit: "3", sectorExperience: "2", seniority: "1", availabilityOverlap: "2", extraLanguages: "1", timeZoneDistance: "1", livedExperience: "0", loadSpreading: "1", expressedInterest: "5", pastOutcomes: "1" };

  it("previews a sample need's ranking without saving, then saves", async () => {
    const w = await world();
    const rows = await previewMatchingSettings({ actor: w.coordinator, programId: w.program.id, input: { weights, minimumScore: "10", sampleNeedId: w.need.id }, now: NOW });
    expect(rows[0]).toMatchObject({ volunteerId: w.kemi.id, before: { rank: 1 }, after: { rank: 1 } });
    expect(await db.program.findUniqueOrThrow({ where: { id: w.program.id } })).toMatchObject({ minimumMatchScore: 40 });
    await updateMatchingSettings({ actor: w.coordinator, programId: w.program.id, input: { weights, minimumScore: "10" } });
    const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
    expect(program.minimumMatchScore).toBe(10);
    expect(program.matchingWeights).toMatchObject({ expressedInterest: 5, livedExperience: 0 });
  });

  it("rejects bad input and other programs' coordinators", async () => {
    const w = await world();
    const zero = Object.fromEntries(Object.keys(weights).map((k) => [k, "0"]));
    expect(await code(updateMatchingSettings({ actor: w.coordinator, programId: w.program.id, input: { weights: zero, minimumScore: "40" } }))).toBe("validation");
    expect(await code(updateMatchingSettings({ actor: w.coordinator, programId: w.program.id, input: { weights: { ...weights, seniority: "11" }, minimumScore: "40" } }))).toBe("validation");
    expect(await code(updateMatchingSettings({ actor: w.coordinator, programId: w.program.id, input: { weights, minimumScore: "abc" } }))).toBe("validation");
    expect(await code(updateMatchingSettings({ actor: w.otherCoordinator, programId: w.program.id, input: { weights, minimumScore: "40" } }))).toBe("not_found");
  });
});
