// Every dashboard figure against values computed by hand on a small fixture: two programs (the
// coordinator's and another), needs at every stage, proposals with known response times,
// sessions with an absence and a cancellation, close-out surveys and alumni. The figures are
// also recomputed with the pure helpers (stats.ts, volunteerHours) from the same raw values.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadDashboard, type DashboardData } from "@/lib/reporting/dashboard";
import { resolveReportFilter } from "@/lib/reporting/filters";
import { median, p90 } from "@/lib/reporting/stats";
import { donatedTimeValueCents, volunteerHours } from "@/lib/scheduling";
import { installCountingClient } from "@/scripts/lib/query-counter";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { createAlumni, createEngagement, createSession, createSurvey } from "@/tests/factories/lifecycle";
import type { NeedStatus, PairingStatus } from "@/lib/generated/prisma/enums";

const NOW = new Date("2026-06-15T12:00:00Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const HOUR = 3_600_000;

let coordinator: Actor;
let programA: string;
let programB: string;
let data: DashboardData;
let queries = 0;

async function need(programId: string, orgId: string, status: NeedStatus, submitted: string, extra: { approved?: string; matched?: string } = {}) {
  const n = await createNeed(db, { organisationId: orgId, programId, status, submittedAt: at(submitted) });
  await db.need.update({ where: { id: n.id }, data: { approvedAt: extra.approved ? at(extra.approved) : null, matchedAt: extra.matched ? at(extra.matched) : null } });
  return n.id;
}

async function pairing(programId: string, needId: string, volunteerId: string, status: PairingStatus, o: { proposed: string; responded?: string; respondBy?: Date; activated?: string; ended?: string }) {
  const p = await createPairing(db, { needId, volunteerId, programId, status, proposedAt: at(o.proposed), respondBy: o.respondBy, activatedAt: o.activated ? at(o.activated) : null });
  await db.pairing.update({
    where: { id: p.id },
    data: { respondedAt: o.responded ? at(o.responded) : null, endedAt: o.ended ? at(o.ended) : null },
  });
  return p.id;
}

beforeAll(async () => {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  programA = (await createProgram(db, { coordinatorIds: [coordinatorUser.id] })).id;
  programB = (await createProgram(db)).id;
  await db.program.update({ where: { id: programA }, data: { hourlyValueCents: 5000 } });
  coordinator = await actorFor(db, coordinatorUser.id);
  const member = (await createUser(db)).id;
  const org = (await createOrganisation(db, { memberIds: [member] })).id;
  const vol = (await createVolunteer(db, { capacity: 5 })).id;
  const vol2 = (await createVolunteer(db, { capacity: 5 })).id;

  // Needs of program A (n6 was submitted before the period but matched in it).
  const n1 = await need(programA, org, "MATCHED", "2026-02-01", { approved: "2026-02-03", matched: "2026-02-11" });
  const n2 = await need(programA, org, "CLOSED", "2026-02-10", { approved: "2026-02-11", matched: "2026-02-14" });
  const n3 = await need(programA, org, "MATCHED", "2026-03-01", { approved: "2026-03-05", matched: "2026-04-10" });
  const n4 = await need(programA, org, "APPROVED", "2026-04-01", { approved: "2026-04-02" });
  const n5 = await need(programA, org, "SUBMITTED", "2026-05-01");
  const n6 = await need(programA, org, "MATCHED", "2025-11-01", { approved: "2025-11-02", matched: "2026-01-05" });
  const n7 = await need(programA, org, "MATCHING", "2026-06-01", { approved: "2026-06-02" });
  const n8 = await need(programA, org, "RETURNED", "2026-03-15");
  // Program B: must never show up.
  const n9 = await need(programB, org, "MATCHED", "2026-03-01", { approved: "2026-03-02", matched: "2026-03-03" });

  const p1 = await pairing(programA, n1, vol, "ACTIVE", { proposed: "2026-02-08T00:00:00Z", responded: "2026-02-08T20:00:00Z", activated: "2026-02-11" });
  const p2 = await pairing(programA, n2, vol, "COMPLETED", { proposed: "2026-02-12T00:00:00Z", responded: "2026-02-13T00:00:00Z", activated: "2026-02-14", ended: "2026-05-01" });
  const p3 = await pairing(programA, n3, vol2, "ENDED_EARLY", { proposed: "2026-04-05T00:00:00Z", responded: "2026-04-05T12:00:00Z", activated: "2026-04-10", ended: "2026-05-20" });
  await pairing(programA, n7, vol2, "PROPOSED", { proposed: "2026-06-14T22:00:00Z", respondBy: new Date(NOW.getTime() + 10 * HOUR) });
  await pairing(programA, n4, vol2, "DECLINED", { proposed: "2026-03-20T00:00:00Z", responded: "2026-03-20T06:00:00Z" });
  await pairing(programA, n4, vol, "EXPIRED", { proposed: "2026-03-25T00:00:00Z" });
  const p7 = await pairing(programA, n6, vol2, "ACTIVE", { proposed: "2025-12-20T00:00:00Z", responded: "2025-12-21T00:00:00Z", activated: "2026-01-05" });
  await pairing(programA, n8, vol, "PROPOSED", { proposed: "2026-06-01T00:00:00Z", respondBy: at("2026-06-04") });
  const p9 = await pairing(programB, n9, vol, "ACTIVE", { proposed: "2026-03-01T00:00:00Z", responded: "2026-03-01T01:00:00Z", activated: "2026-03-03" });
  void n5;

  // Sessions.
  await createSession(db, { pairingId: p2, startsAt: at("2026-02-20T15:00:00Z"), plannedMinutes: 60 });
  await createSession(db, { pairingId: p2, startsAt: at("2026-03-05T15:00:00Z"), plannedMinutes: 90 });
  await createSession(db, { pairingId: p2, startsAt: at("2026-04-02T15:00:00Z"), plannedMinutes: 45, attendance: [{ userId: vol, present: true }, { userId: member, present: true }] });
  await createSession(db, { pairingId: p2, startsAt: at("2026-04-09T15:00:00Z"), plannedMinutes: 60, attendance: [{ userId: vol, present: false }, { userId: member, present: true }] });
  await createSession(db, { pairingId: p2, startsAt: at("2026-04-16T15:00:00Z"), status: "CANCELLED" });
  await createSession(db, { pairingId: p1, startsAt: at("2026-03-10T15:00:00Z"), plannedMinutes: 60, rating: 5 });
  await createSession(db, { pairingId: p1, startsAt: at("2026-05-20T15:00:00Z"), plannedMinutes: 75, rating: 2 });
  await createSession(db, { pairingId: p7, startsAt: at("2026-06-10T15:00:00Z"), plannedMinutes: 60, rating: 4 });
  await createSession(db, { pairingId: p7, startsAt: at("2026-06-03T15:00:00Z"), plannedMinutes: 30, durationMinutes: null });
  await createSession(db, { pairingId: p7, startsAt: at("2025-12-28T15:00:00Z"), plannedMinutes: 60 });
  await createSession(db, { pairingId: p9, startsAt: at("2026-04-01T15:00:00Z"), plannedMinutes: 120 });

  // Close-out surveys.
  const goal = (result: "achieved" | "partly" | "not") => ({ goal: "Objectif", result, note: "" });
  await createSurvey(db, { pairingId: p2, respondentId: member, side: "ORGANISATION", satisfaction: 5, outcomes: [goal("achieved"), goal("achieved"), goal("partly")], testimonial: "Merci !", testimonialConsent: true, submittedAt: at("2026-05-03") });
  await createSurvey(db, { pairingId: p2, respondentId: vol, side: "VOLUNTEER", satisfaction: 4, outcomes: [goal("achieved"), goal("partly"), goal("not")], submittedAt: at("2026-05-04") });
  await createSurvey(db, { pairingId: p3, respondentId: member, side: "ORGANISATION", satisfaction: 2, outcomes: [goal("not")], submittedAt: at("2026-05-21") });
  await createSurvey(db, { pairingId: p9, respondentId: member, side: "ORGANISATION", satisfaction: 1, outcomes: [goal("not")], submittedAt: at("2026-05-21") });

  // Alumni.
  const a1 = await createAlumni(db, { userId: vol, programId: programA, side: "VOLUNTEER", pairingId: p2, since: at("2026-05-01"), directoryOptIn: true, newsletterOptIn: true, ambassador: true });
  const a2 = await createAlumni(db, { userId: member, programId: programA, side: "ORGANISATION", pairingId: p2, since: at("2026-05-01"), eventsOptIn: true });
  const a3 = await createAlumni(db, { userId: vol2, programId: programA, side: "VOLUNTEER", since: at("2025-06-01") });
  await createAlumni(db, { userId: vol, programId: programB, side: "VOLUNTEER", since: at("2026-01-01"), directoryOptIn: true });
  await createEngagement(db, { alumniId: a1.id, kind: "VOLUNTEERED_AGAIN", occurredAt: at("2026-05-15") });
  await createEngagement(db, { alumniId: a2.id, kind: "ATTENDED_EVENT", occurredAt: at("2026-06-01") });
  await createEngagement(db, { alumniId: a2.id, kind: "REFERRED", occurredAt: at("2026-06-05") });
  await createEngagement(db, { alumniId: a3.id, kind: "REFERRED", occurredAt: at("2025-12-01") });

  const filter = await resolveReportFilter(coordinator, { program: programA, from: "2026-01-01", to: "2026-06-30" }, NOW);
  const counter = await installCountingClient(process.env.DATABASE_URL ?? "");
  try {
    data = await loadDashboard(filter, { now: NOW });
    queries = counter.count;
  } finally {
    await counter.disconnect();
  }
});

describe("coordinator dashboard figures", () => {
  it("uses at most ten SQL queries", () => {
    expect(queries).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(10);
  });

  it("pipeline funnel and needs per state (needs submitted in the period)", () => {
    expect(data.funnel).toEqual({ submitted: 7, approved: 5, matched: 3, completed: 1 });
    expect(data.needsByStatus).toEqual({ SUBMITTED: 1, RETURNED: 1, APPROVED: 1, MATCHING: 1, MATCHED: 2, CLOSED: 1, WITHDRAWN: 0 });
  });

  it("time from submission to match: median and 90th percentile, as percentile_cont", () => {
    const days = [10, 4, 40, 65];
    expect(data.timeToMatch.count).toBe(4);
    expect(data.timeToMatch.medianDays).toBeCloseTo(25, 9);
    expect(data.timeToMatch.p90Days).toBeCloseTo(57.5, 9);
    expect(data.timeToMatch.medianDays).toBeCloseTo(median(days) ?? NaN, 9);
    expect(data.timeToMatch.p90Days).toBeCloseTo(p90(days) ?? NaN, 9);
    expect(data.timeToMatch.buckets).toEqual([1, 1, 0, 1, 1]);
  });

  it("proposals: outcomes, acceptance rate and response time", () => {
    expect(data.proposals.proposed).toBe(7);
    expect(data.proposals.counts).toEqual({ accepted: 3, declined: 1, expired: 1, withdrawn: 0, pending: 2 });
    expect(data.proposals.acceptanceRate).toBeCloseTo(0.6, 12);
    expect(data.proposals.responseMedianHours).toBeCloseTo(16, 9);
    expect(data.proposals.responseP90Hours).toBeCloseTo(22.8, 9);
  });

  it("pairings: active, started, completed and completion rate", () => {
    expect(data.pairings).toEqual({ activeNow: 2, pausedNow: 0, activeDuringPeriod: 4, started: 4, completed: 1, endedEarly: 1, completionRate: 0.5 });
  });

  it("at-risk pairings with their reasons", () => {
    expect(data.atRisk.total).toBe(3);
    expect(data.atRisk.byCode).toEqual({ no_session_logged: 1, low_session_rating: 1, proposal_deadline_near: 1, proposal_overdue: 1 });
    const codes = data.atRisk.rows.map((r) => [...r.codes].sort().join("+")).sort();
    expect(codes).toEqual(["low_session_rating+no_session_logged", "proposal_deadline_near", "proposal_overdue"]);
    for (const row of data.atRisk.rows) expect(row.reasons.map((r) => r.code).sort()).toEqual([...row.codes].sort());
  });

  it("sessions held, volunteer hours and the value of donated time", () => {
    const attended = [60, 90, 45, 60, 75, 60, 30];
    const pure = volunteerHours([...attended.map((m) => ({ durationMinutes: m, volunteerAttended: true })), { durationMinutes: 60, volunteerAttended: false }]);
    expect(data.sessions.held).toBe(8);
    expect(data.sessions.attended).toBe(7);
    expect(data.sessions.minutes).toBe(420);
    expect(data.sessions.minutes).toBe(pure.totalMinutes);
    expect(data.sessions.valueCents).toBe(35_000);
    expect(data.sessions.valueCents).toBe(donatedTimeValueCents({ minutes: pure.totalMinutes, hourlyValueCents: 5000 }));
    expect(data.sessions.byMonth).toEqual([
      { month: "2026-02", held: 1, minutes: 60 },
      { month: "2026-03", held: 2, minutes: 150 },
      { month: "2026-04", held: 2, minutes: 45 },
      { month: "2026-05", held: 1, minutes: 75 },
      { month: "2026-06", held: 2, minutes: 90 },
    ]);
  });

  it("satisfaction and outcomes from close-out surveys", () => {
    expect(data.surveys.responses).toEqual({ ORGANISATION: 2, VOLUNTEER: 1 });
    expect(data.surveys.meanSatisfaction).toEqual({ ORGANISATION: 3.5, VOLUNTEER: 4 });
    expect(data.surveys.satisfaction).toEqual({ ORGANISATION: [0, 1, 0, 0, 1], VOLUNTEER: [0, 0, 0, 1, 0] });
    expect(data.surveys.outcomes).toEqual({ achieved: 3, partly: 2, not: 2 });
  });

  it("alumni and re-engagement during the period", () => {
    expect(data.alumni).toEqual({
      total: 3,
      volunteers: 2,
      mentees: 1,
      volunteeredAgain: 1,
      attendedEvent: 1,
      referred: 1,
      reengaged: 2,
      directoryOptIn: 1,
      newsletterOptIn: 1,
      eventsOptIn: 1,
      ambassadors: 1,
    });
  });
});

describe("report filter", () => {
  it("refuses a program the coordinator does not run, as not found", async () => {
    await expect(resolveReportFilter(coordinator, { program: programB }, NOW)).rejects.toMatchObject({ code: "not_found" });
  });

  it("covers all the coordinator's programs without a choice, and defaults to the last twelve months", async () => {
    const filter = await resolveReportFilter(coordinator, {}, NOW);
    expect(filter.programIds).toEqual([programA]);
    expect(filter.period).toMatchObject({ from: "2025-06-16", to: "2026-06-15" });
  });

  it("swaps a reversed period and ignores invalid dates", async () => {
    const filter = await resolveReportFilter(coordinator, { from: "2026-06-30", to: "2026-01-01" }, NOW);
    expect(filter.period).toMatchObject({ from: "2026-01-01", to: "2026-06-30" });
    const invalid = await resolveReportFilter(coordinator, { from: "2026-02-31", to: "nope" }, NOW);
    expect(invalid.period.to).toBe("2026-06-15");
  });

  it("is not available to someone who coordinates nothing", async () => {
    const volunteer = await actorFor(db, (await createVolunteer(db)).id);
    await expect(resolveReportFilter(volunteer, {}, NOW)).rejects.toMatchObject({ code: "not_found" });
  });
});
