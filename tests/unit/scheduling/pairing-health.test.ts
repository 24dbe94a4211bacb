import { describe, expect, it } from "vitest";
import { assessPairingHealth, type PairingHealthInput } from "@/lib/scheduling/pairing-health";

const DAY = 86_400_000;
const now = new Date("2026-04-15T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

const active: PairingHealthInput = {
  now,
  status: "active",
  startedAt: daysAgo(60),
  lastLoggedSessionAt: daysAgo(3),
  pendingProposalDeadline: null,
  recentSessionRatings: [{ rating: 4, at: daysAgo(3) }],
};

describe("assessPairingHealth", () => {
  it("finds nothing wrong with a pairing that meets and rates its sessions well", () => {
    expect(assessPairingHealth(active)).toEqual([]);
  });

  it("flags 14 days without a logged session, not 13", () => {
    expect(assessPairingHealth({ ...active, lastLoggedSessionAt: new Date(daysAgo(14).getTime() + 1) })).toEqual([]);
    expect(assessPairingHealth({ ...active, lastLoggedSessionAt: daysAgo(14) })).toEqual([
      {
        code: "no_session_logged",
        severity: "high",
        key: "scheduling.health.noSessionLogged",
        params: { count: 14, since: daysAgo(14).toISOString() },
      },
    ]);
  });

  it("counts from activation when no session was ever logged", () => {
    expect(assessPairingHealth({ ...active, startedAt: daysAgo(10), lastLoggedSessionAt: null })).toEqual([]);
    const [reason] = assessPairingHealth({ ...active, startedAt: daysAgo(20), lastLoggedSessionAt: null });
    expect(reason).toMatchObject({
      code: "no_session_logged",
      key: "scheduling.health.noSessionSinceStart",
      params: { count: 20 },
    });
  });

  it("flags a recent session rated 2 or less, reporting the worst", () => {
    const reasons = assessPairingHealth({
      ...active,
      recentSessionRatings: [
        { rating: 2, at: daysAgo(5) },
        { rating: 1, at: daysAgo(40) }, // too old to count
        { rating: 5, at: daysAgo(1) },
      ],
    });
    expect(reasons).toEqual([
      {
        code: "low_session_rating",
        severity: "medium",
        key: "scheduling.health.lowSessionRating",
        params: { rating: 2, count: 1, at: daysAgo(5).toISOString() },
      },
    ]);
    expect(assessPairingHealth({ ...active, recentSessionRatings: [{ rating: 3, at: daysAgo(1) }] })).toEqual([]);
  });

  it("puts high-severity reasons first when several apply", () => {
    const reasons = assessPairingHealth({
      ...active,
      lastLoggedSessionAt: daysAgo(30),
      recentSessionRatings: [{ rating: 1, at: daysAgo(30) }],
    });
    expect(reasons.map((reason) => reason.code)).toEqual(["no_session_logged", "low_session_rating"]);
  });

  const proposed: PairingHealthInput = {
    now,
    status: "proposed",
    startedAt: null,
    lastLoggedSessionAt: null,
    pendingProposalDeadline: new Date(now.getTime() + 30 * 3_600_000),
  };

  it("flags an unanswered proposal within 24 h of its deadline, and one past it", () => {
    expect(assessPairingHealth(proposed)).toEqual([]);
    const deadline = new Date(now.getTime() + 5.5 * 3_600_000);
    expect(assessPairingHealth({ ...proposed, pendingProposalDeadline: deadline })).toEqual([
      {
        code: "proposal_deadline_near",
        severity: "medium",
        key: "scheduling.health.proposalDeadlineNear",
        params: { count: 6, deadline: deadline.toISOString() },
      },
    ]);
    const past = new Date(now.getTime() - 60_000);
    expect(assessPairingHealth({ ...proposed, pendingProposalDeadline: past })).toMatchObject([
      { code: "proposal_overdue", severity: "high", key: "scheduling.health.proposalOverdue" },
    ]);
  });

  it("ignores closed pairings and honours custom thresholds", () => {
    expect(assessPairingHealth({ ...active, status: "completed", lastLoggedSessionAt: daysAgo(90) })).toEqual([]);
    expect(
      assessPairingHealth({ ...active, lastLoggedSessionAt: daysAgo(8), thresholds: { daysWithoutSession: 7 } }),
    ).toMatchObject([{ code: "no_session_logged", params: { count: 8 } }]);
  });

  it("rejects ratings outside 1–5", () => {
    expect(() => assessPairingHealth({ ...active, recentSessionRatings: [{ rating: 6, at: daysAgo(1) }] })).toThrow(
      expect.objectContaining({ key: "scheduling.errors.invalidRating" }),
    );
  });
});
