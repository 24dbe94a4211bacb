// The dashboard's at-risk SQL against the pure rules (assessPairingHealth) on a fixture built
// around every threshold: for each pairing, the reason codes the SQL finds must be exactly the
// ones the pure function finds from the same raw rows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { OccurrenceStatus, PairingStatus } from "@/lib/generated/prisma/enums";
import { atRiskQuery, type AtRiskRow } from "@/lib/reporting/at-risk";
import { assessPairingHealth, DEFAULT_HEALTH_THRESHOLDS, type PairingHealthInput } from "@/lib/scheduling";
import { createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { createSession } from "@/tests/factories/lifecycle";

const NOW = new Date("2026-06-15T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

interface SessionCase {
  startsAt: Date;
  status?: OccurrenceStatus;
  logged?: boolean;
  rating?: number | null;
}
interface Case {
  name: string;
  status: PairingStatus;
  activatedAt?: Date | null;
  respondBy?: Date;
  sessions?: SessionCase[];
}

const { daysWithoutSession: D, proposalWarningHours: W, ratingWindowDays: R } = DEFAULT_HEALTH_THRESHOLDS;

const CASES: Case[] = [
  { name: "active, never logged, started just at the threshold", status: "ACTIVE", activatedAt: ago(D * DAY) },
  { name: "active, never logged, started a moment too recently", status: "ACTIVE", activatedAt: ago(D * DAY - 1) },
  { name: "active, last logged session at the threshold", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(D * DAY) }] },
  { name: "active, recent logged session", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(3 * DAY), rating: 4 }, { startsAt: ago(40 * DAY) }] },
  { name: "active, recent session held but not logged", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(3 * DAY), logged: false }, { startsAt: ago(20 * DAY) }] },
  { name: "active, only a cancelled recent session", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(2 * DAY), status: "CANCELLED" }] },
  { name: "active, a future session logged by mistake", status: "ACTIVE", activatedAt: ago(60 * DAY), sessions: [{ startsAt: new Date(NOW.getTime() + 2 * DAY) }] },
  { name: "active, low rating just inside the window", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(R * DAY), rating: 2 }, { startsAt: ago(DAY), rating: 5 }] },
  { name: "active, low rating just outside the window", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(R * DAY + 1), rating: 1 }, { startsAt: ago(DAY), rating: 5 }] },
  { name: "active, rating 3 is not low", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(DAY), rating: 3 }] },
  { name: "active, inactive and badly rated", status: "ACTIVE", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(20 * DAY), rating: 1 }, { startsAt: ago(25 * DAY), rating: 2 }] },
  { name: "active, starts in the future", status: "ACTIVE", activatedAt: new Date(NOW.getTime() + 3 * DAY) },
  { name: "paused, long inactive (not flagged)", status: "PAUSED", activatedAt: ago(90 * DAY) },
  { name: "accepted, not yet active", status: "ACCEPTED", activatedAt: null },
  { name: "completed, low rating (not flagged)", status: "COMPLETED", activatedAt: ago(90 * DAY), sessions: [{ startsAt: ago(DAY), rating: 1 }] },
  { name: "proposal due right now", status: "PROPOSED", respondBy: NOW },
  { name: "proposal overdue", status: "PROPOSED", respondBy: ago(5 * HOUR) },
  { name: "proposal due exactly at the warning", status: "PROPOSED", respondBy: new Date(NOW.getTime() + W * HOUR) },
  { name: "proposal due just after the warning", status: "PROPOSED", respondBy: new Date(NOW.getTime() + W * HOUR + 1) },
  { name: "proposal due in an hour", status: "PROPOSED", respondBy: new Date(NOW.getTime() + HOUR) },
  { name: "declined long ago", status: "DECLINED", respondBy: ago(30 * DAY) },
];

const pureStatus: Partial<Record<PairingStatus, PairingHealthInput["status"]>> = {
  PROPOSED: "proposed",
  ACCEPTED: "accepted",
  ACTIVE: "active",
  COMPLETED: "completed",
  ENDED_EARLY: "ended_early",
  DECLINED: "declined",
  EXPIRED: "expired",
};

/** The pure function's verdict from the raw case, without any SQL. */
function expectedCodes(c: Case): string[] {
  const status = pureStatus[c.status];
  if (!status) return []; // PAUSED has no health rules
  const sessions = c.sessions ?? [];
  const logged = sessions.filter((s) => (s.status ?? "HELD") === "HELD" && s.logged !== false && s.startsAt <= NOW);
  const last = logged.length ? new Date(Math.max(...logged.map((s) => s.startsAt.getTime()))) : null;
  return assessPairingHealth({
    now: NOW,
    status,
    startedAt: c.activatedAt ?? null,
    lastLoggedSessionAt: last,
    pendingProposalDeadline: c.status === "PROPOSED" ? (c.respondBy ?? null) : null,
    recentSessionRatings: sessions.filter((s) => typeof s.rating === "number").map((s) => ({ rating: s.rating as number, at: s.startsAt })),
  })
    .map((r) => r.code)
    .sort();
}

describe("at-risk pairings in SQL", () => {
  it("flags exactly the pairings, with exactly the reasons, that assessPairingHealth flags", async () => {
    const program = await createProgram(db);
    const member = await createUser(db);
    const org = await createOrganisation(db, { memberIds: [member.id] });
    const volunteer = await createVolunteer(db, { capacity: 50 });
    const idToCase = new Map<string, Case>();
    for (const c of CASES) {
      const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "MATCHED", title: c.name });
      const pairing = await createPairing(db, {
        needId: need.id,
        volunteerId: volunteer.id,
        programId: program.id,
        status: c.status,
        proposedAt: ago(100 * DAY),
        respondBy: c.respondBy ?? ago(97 * DAY),
        activatedAt: c.activatedAt ?? null,
      });
      for (const s of c.sessions ?? []) {
        await createSession(db, { pairingId: pairing.id, startsAt: s.startsAt, status: s.status ?? "HELD", logged: s.logged ?? (s.status ?? "HELD") === "HELD", rating: s.rating ?? null });
      }
      idToCase.set(pairing.id, c);
    }

    const rows = await db.$queryRaw<AtRiskRow[]>(atRiskQuery({ programIds: [program.id], now: NOW, limit: 1000 }));
    const sqlCodes = new Map(rows.map((r) => [r.id, [...r.codes].sort()]));
    const verdicts = [...idToCase].map(([id, c]) => ({ name: c.name, sql: sqlCodes.get(id) ?? [], pure: expectedCodes(c) }));
    expect(verdicts.map((v) => ({ name: v.name, codes: v.sql }))).toEqual(verdicts.map((v) => ({ name: v.name, codes: v.pure })));
    // The fixture exercises every reason and healthy pairings alike.
    const all = new Set(verdicts.flatMap((v) => v.pure));
    expect([...all].sort()).toEqual(["low_session_rating", "no_session_logged", "proposal_deadline_near", "proposal_overdue"]);
    expect(verdicts.filter((v) => v.pure.length === 0).length).toBeGreaterThan(5);
    expect(rows[0]?.total).toBe(verdicts.filter((v) => v.pure.length > 0).length);
  });
});
