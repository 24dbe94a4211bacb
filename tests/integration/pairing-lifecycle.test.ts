// The pairing lifecycle against a real PostgreSQL: proposal expiry and the
// cascade (automatic and confirmed), health actions, close-out and alumni,
// the timeline — with authorisation and bad input for each mutation.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { proposeNextCandidate, proposeVolunteer, respondToProposal } from "@/lib/pairings/commands";
import { getCloseout, submitSurvey } from "@/lib/pairings/closeout";
import { expireOverdueProposals } from "@/lib/pairings/expiry";
import { listAtRiskPairings, listNeedsAwaitingNext } from "@/lib/pairings/health";
import { completePairing, endPairingEarly, messagePairing, pausePairing, rematchPairing, resumePairing } from "@/lib/pairings/lifecycle";
import { updateProposalSettings } from "@/lib/pairings/settings";
import { pairingTimeline } from "@/lib/pairings/timeline";
import { saveSessionRecord, setSchedule } from "@/lib/sessions/commands";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const HOUR = 3_600_000;

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

let worlds = 0;

/**
 * One program with its coordinator, an organisation and two volunteers. Each world works in its
 * own (made-up) language, so the ranking of one test never sees another test's volunteers.
 */
async function world(options: { cascadeMode?: "MANUAL" | "AUTOMATIC" } = {}) {
  const languages = [`x${(worlds += 1)}`];
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"], name: "Coordo" });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  await db.program.update({ where: { id: program.id }, data: { cascadeMode: options.cascadeMode ?? "MANUAL", minimumMatchScore: 0 } });
  const member = await createUser(db, { name: "Nadia", timeZone: "America/Winnipeg" });
  const org = await createOrganisation(db, { memberIds: [member.id] });
  const outsiderUser = await createUser(db);
  await createOrganisation(db, { memberIds: [outsiderUser.id] });
  // The first volunteer is senior (ranked first); the second is the next-ranked one.
  const first = await createVolunteer(db, { name: "Kemi", languages, seniorityYears: 25, skillCodes: ["social-media", "content-strategy", "community-management"] });
  const second = await createVolunteer(db, { name: "Louis", languages, seniorityYears: 4 });
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "APPROVED", createdById: member.id, languages, goals: "Publier chaque semaine.\nDoubler la communauté." });
  return {
    program,
    org,
    need,
    coordinator: await actorFor(db, coordinatorUser.id),
    member: await actorFor(db, member.id),
    outsider: await actorFor(db, outsiderUser.id),
    first: await actorFor(db, first.id),
    second: await actorFor(db, second.id),
  };
}

describe("proposal expiry and cascade", () => {
  it("an expired proposal cascades automatically to the next-ranked volunteer", async () => {
    const w = await world({ cascadeMode: "AUTOMATIC" });
    const proposedAt = new Date(Date.now() - 100 * HOUR);
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id }, now: proposedAt });
    const outcomes = (await expireOverdueProposals()).filter((o) => o.pairingId === id);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.followUp).toMatchObject({ kind: "proposed", volunteerId: w.second.id });
    expect((await db.pairing.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
    const next = await db.pairing.findFirstOrThrow({ where: { needId: w.need.id, status: "PROPOSED" } });
    expect(next.volunteerId).toBe(w.second.id);
    expect(next.proposedById).toBeNull();
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("MATCHING");
    const kinds = (await db.notification.findMany({ where: { userId: w.coordinator.id } })).map((n) => n.kind).sort();
    expect(kinds).toEqual(["cascadeProposed", "proposalExpired"]);
    expect(await db.notification.count({ where: { userId: w.first.id, kind: "proposalExpiredVolunteer" } })).toBe(1);
    // The history records the expiry as a system transition.
    const events = await db.pairingEvent.findMany({ where: { pairingId: id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.toStatus, e.actorId])).toEqual([["PROPOSED", w.coordinator.id], ["EXPIRED", null]]);
    // Running the job again changes nothing.
    expect((await expireOverdueProposals()).filter((o) => o.pairingId === id)).toEqual([]);
  });

  it("in manual mode the coordinator confirms the next candidate", async () => {
    const w = await world();
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id }, now: new Date(Date.now() - 100 * HOUR) });
    const outcome = (await expireOverdueProposals()).find((o) => o.pairingId === id);
    expect(outcome?.followUp).toEqual({ kind: "awaiting-coordinator", volunteerId: w.second.id });
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("APPROVED");
    const awaiting = await listNeedsAwaitingNext({ actor: w.coordinator });
    expect(awaiting).toEqual([expect.objectContaining({ needId: w.need.id, closedStatus: "EXPIRED", next: expect.objectContaining({ volunteerId: w.second.id }) })]);
    expect(await code(proposeNextCandidate({ actor: w.member, needId: w.need.id }))).toBe("not_found");
    const created = await proposeNextCandidate({ actor: w.coordinator, needId: w.need.id });
    expect(created.volunteerName).toBe("Louis");
    expect(await listNeedsAwaitingNext({ actor: w.coordinator })).toEqual([]);
  });

  it("a decline also proposes the next candidate when the program cascades automatically", async () => {
    const w = await world({ cascadeMode: "AUTOMATIC" });
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id } });
    await respondToProposal({ actor: w.first, pairingId: id, input: { decision: "decline", reason: "Trop occupée ce mois-ci" } });
    expect(await db.pairing.count({ where: { needId: w.need.id, volunteerId: w.second.id, status: "PROPOSED" } })).toBe(1);
  });

  it("nobody left to ask: the coordinator is told, nothing is proposed", async () => {
    const w = await world({ cascadeMode: "AUTOMATIC" });
    await db.volunteerProfile.update({ where: { userId: w.second.id }, data: { acceptingProposals: false } });
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id }, now: new Date(Date.now() - 100 * HOUR) });
    const outcome = (await expireOverdueProposals()).find((o) => o.pairingId === id);
    expect(outcome?.followUp).toEqual({ kind: "awaiting-coordinator", volunteerId: null });
    expect(await db.notification.count({ where: { userId: w.coordinator.id, kind: "cascadeNoCandidate" } })).toBe(1);
    expect(await code(proposeNextCandidate({ actor: w.coordinator, needId: w.need.id }))).toBe("conflict");
  });

  it("expiry and a last-second acceptance never both win", async () => {
    const w = await world();
    const { id, respondBy } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id } });
    const [accepted, expired] = await Promise.all([
      code(respondToProposal({ actor: w.first, pairingId: id, input: { decision: "accept" }, now: new Date(respondBy.getTime() - 1) })),
      expireOverdueProposals({ now: new Date(respondBy.getTime() + 1) }).then((all) => all.filter((o) => o.pairingId === id)),
    ]);
    const status = (await db.pairing.findUniqueOrThrow({ where: { id } })).status;
    if (accepted === "ok") expect([status, expired]).toEqual(["ACCEPTED", []]);
    else expect([status, expired.length, accepted]).toEqual(["EXPIRED", 1, "invalid_transition"]);
  });

  it("coordinators of the program set the proposal rules; others cannot", async () => {
    const w = await world();
    expect(await code(updateProposalSettings({ actor: w.member, programId: w.program.id, input: { proposalTtlHours: "48", cascadeMode: "AUTOMATIC" } }))).toBe("not_found");
    expect(await code(updateProposalSettings({ actor: w.coordinator, programId: w.program.id, input: { proposalTtlHours: "2", cascadeMode: "AUTOMATIC" } }))).toBe("validation");
    await updateProposalSettings({ actor: w.coordinator, programId: w.program.id, input: { proposalTtlHours: "48", cascadeMode: "AUTOMATIC" } });
    const now = new Date();
    const { respondBy } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id }, now });
    expect(respondBy.getTime() - now.getTime()).toBe(48 * HOUR);
  });
});

async function activePairing(options: { cascadeMode?: "MANUAL" | "AUTOMATIC" } = {}) {
  const w = await world(options);
  const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.first.id } });
  await respondToProposal({ actor: w.first, pairingId: id, input: { decision: "accept" } });
  await setSchedule({
    actor: w.member,
    pairingId: id,
    input: { weekday: "2", localTime: "10:00", timeZone: "America/Winnipeg", durationMinutes: "60", startsOn: "2026-10-05", weeks: "12", videoUrl: "https://meet.example.org/x", place: "" },
    now: new Date("2026-10-01T12:00:00Z"),
  });
  return { ...w, pairingId: id };
}

describe("health: at-risk list and coordinator actions", () => {
  it("flags a pairing with no logged session for 14 days, a low rating, and a proposal near its deadline", async () => {
    const w = await activePairing();
    const now = new Date("2026-10-25T12:00:00Z");
    let atRisk = await listAtRiskPairings({ actor: w.coordinator, now });
    expect(atRisk.find((p) => p.id === w.pairingId)?.reasons.map((r) => r.code)).toEqual(["no_session_logged"]);

    const occurrence = await db.sessionOccurrence.findFirstOrThrow({ where: { pairingId: w.pairingId, sequence: 2 } });
    await saveSessionRecord({ actor: w.member, pairingId: w.pairingId, occurrenceId: occurrence.id, input: { version: "0", outcome: "held", durationMinutes: "55", rating: "1", present: [w.member.id, w.first.id] }, now });
    atRisk = await listAtRiskPairings({ actor: w.coordinator, now });
    expect(atRisk.find((p) => p.id === w.pairingId)?.reasons.map((r) => r.code)).toEqual(["low_session_rating"]);

    const otherNeed = await createNeed(db, { organisationId: w.org.id, programId: w.program.id, status: "MATCHING" });
    const proposal = await createPairing(db, { needId: otherNeed.id, volunteerId: w.second.id, programId: w.program.id, proposedAt: new Date(now.getTime() - 60 * HOUR), respondBy: new Date(now.getTime() + 12 * HOUR) });
    atRisk = await listAtRiskPairings({ actor: w.coordinator, now });
    expect(atRisk.find((p) => p.id === proposal.id)?.reasons.map((r) => r.code)).toEqual(["proposal_deadline_near"]);
    expect(await code(listAtRiskPairings({ actor: w.member }))).toBe("not_found");
  });

  it("pause and resume are for coordinators; a message reaches both sides", async () => {
    const w = await activePairing();
    expect(await code(pausePairing({ actor: w.member, pairingId: w.pairingId, input: {} }))).toBe("not_found");
    expect(await code(pausePairing({ actor: w.outsider, pairingId: w.pairingId, input: {} }))).toBe("not_found");
    await pausePairing({ actor: w.coordinator, pairingId: w.pairingId, input: { reason: "Congé de maternité" } });
    expect(await code(pausePairing({ actor: w.coordinator, pairingId: w.pairingId, input: {} }))).toBe("invalid_transition");
    await resumePairing({ actor: w.coordinator, pairingId: w.pairingId });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: w.pairingId } })).status).toBe("ACTIVE");

    expect(await code(messagePairing({ actor: w.coordinator, pairingId: w.pairingId, input: { message: "" } }))).toBe("validation");
    await messagePairing({ actor: w.coordinator, pairingId: w.pairingId, input: { message: "Comment se passent vos rencontres?" } });
    const recipients = (await db.notification.findMany({ where: { kind: "coordinatorMessage", userId: { in: [w.member.id, w.first.id, w.second.id, w.coordinator.id] } } })).map((n) => n.userId).sort();
    expect(recipients).toEqual([w.member.id, w.first.id].sort());
    const email = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.first.id, subject: { contains: "Coordo" } } });
    expect(email.text).toContain("Comment se passent vos rencontres?");
    expect(email.html).toContain("<p");
  });

  it("rematch ends the pairing with its reason and proposes the next-ranked volunteer", async () => {
    const w = await activePairing();
    expect(await code(rematchPairing({ actor: w.coordinator, pairingId: w.pairingId, input: { reason: "" } }))).toBe("validation");
    expect(await code(rematchPairing({ actor: w.first, pairingId: w.pairingId, input: { reason: "Pas de nouvelles" } }))).toBe("not_found");
    const result = await rematchPairing({ actor: w.coordinator, pairingId: w.pairingId, input: { reason: "La bénévole ne se présente plus" }, now: new Date("2026-10-20T12:00:00Z") });
    expect(result.volunteerName).toBe("Louis");
    const ended = await db.pairing.findUniqueOrThrow({ where: { id: w.pairingId } });
    expect([ended.status, ended.reason]).toEqual(["ENDED_EARLY", "La bénévole ne se présente plus"]);
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("MATCHING");
    // Sessions after the end are called off, so nobody is reminded of them.
    expect(await db.sessionOccurrence.count({ where: { pairingId: w.pairingId, status: "SCHEDULED", startsAt: { gt: new Date("2026-10-20T12:00:00Z") } } })).toBe(0);
  });
});

describe("close-out and alumni", () => {
  const answers = (satisfaction: string) => ({
    outcomes: [
      { result: "achieved", note: "Chaque mardi" },
      { result: "partly", note: "" },
    ],
    satisfaction,
    keep: "Les rencontres hebdomadaires",
    testimonial: "Un vrai partenariat.",
    testimonialConsent: "on",
  });

  it("completing makes both sides alumni; each side answers the survey once", async () => {
    const w = await activePairing();
    expect(await code(submitSurvey({ actor: w.member, pairingId: w.pairingId, input: answers("5") }))).toBe("invalid_transition");
    expect(await code(completePairing({ actor: w.outsider, pairingId: w.pairingId }))).toBe("not_found");
    await completePairing({ actor: w.member, pairingId: w.pairingId });
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("CLOSED");
    const alumni = await db.alumni.findMany({ where: { programId: w.program.id }, orderBy: { side: "asc" } });
    expect(alumni.map((a) => [a.userId, a.side])).toEqual([
      [w.member.id, "ORGANISATION"],
      [w.first.id, "VOLUNTEER"],
    ]);
    expect(await db.notification.count({ where: { kind: "surveyRequested", userId: { in: [w.member.id, w.first.id] } } })).toBe(2);

    expect(await code(submitSurvey({ actor: w.member, pairingId: w.pairingId, input: { ...answers("9") } }))).toBe("validation");
    expect(await code(submitSurvey({ actor: w.member, pairingId: w.pairingId, input: { ...answers("4"), outcomes: [] } }))).toBe("validation");
    expect(await code(submitSurvey({ actor: w.coordinator, pairingId: w.pairingId, input: answers("4") }))).toBe("forbidden");
    await submitSurvey({ actor: w.member, pairingId: w.pairingId, input: answers("5") });
    expect(await code(submitSurvey({ actor: w.member, pairingId: w.pairingId, input: answers("5") }))).toBe("conflict");
    await submitSurvey({ actor: w.first, pairingId: w.pairingId, input: answers("4") });

    const asCoordinator = await getCloseout({ actor: w.coordinator, pairingId: w.pairingId });
    expect(asCoordinator.surveys.map((s) => [s.side, s.satisfaction])).toEqual([
      ["ORGANISATION", 5],
      ["VOLUNTEER", 4],
    ]);
    expect(asCoordinator.surveys[0]?.outcomes[0]).toEqual({ goal: "Publier chaque semaine.", result: "achieved", note: "Chaque mardi" });
    expect(asCoordinator.pending).toEqual({ volunteer: false, organisation: false });
    // Each side sees its own answers only.
    expect((await getCloseout({ actor: w.first, pairingId: w.pairingId })).surveys.map((s) => s.side)).toEqual(["VOLUNTEER"]);
  });

  it("ending early needs a reason, closes the need and is in the timeline", async () => {
    const w = await activePairing();
    expect(await code(endPairingEarly({ actor: w.first, pairingId: w.pairingId, input: { reason: "" } }))).toBe("validation");
    await endPairingEarly({ actor: w.first, pairingId: w.pairingId, input: { reason: "Je déménage à l’étranger" } });
    expect(await code(completePairing({ actor: w.member, pairingId: w.pairingId }))).toBe("invalid_transition");
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("CLOSED");
    expect(await db.alumni.count({ where: { programId: w.program.id } })).toBe(0);
    const timeline = await pairingTimeline({ actor: w.member, pairingId: w.pairingId, locale: "fr" });
    expect(timeline.map((e) => e.toStatus ?? e.messageKey)).toEqual(["PROPOSED", "ACCEPTED", "ACTIVE", "sessions.timeline.scheduleSet", "ENDED_EARLY"]);
    expect(timeline.at(-1)?.reason).toBe("Je déménage à l’étranger");
  });
});
