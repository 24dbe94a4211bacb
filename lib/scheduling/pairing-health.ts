import { SchedulingInputError } from "./errors";
import type { MessageRef } from "./message-ref";
import { assertInstant } from "./time-zone";

/**
 * Why a pairing may need a coordinator's attention. Each reason is a stable code (for filtering
 * and counting in reports) plus a message key and params for the at-risk list.
 */

export type PairingStatus = "proposed" | "accepted" | "active" | "completed" | "ended_early" | "declined" | "expired";

export type AtRiskCode = "no_session_logged" | "proposal_deadline_near" | "proposal_overdue" | "low_session_rating";

export interface AtRiskReason extends MessageRef {
  code: AtRiskCode;
  severity: "high" | "medium";
}

export interface HealthThresholds {
  /** Days without a logged session (from activation when none yet) before a pairing is at risk. */
  daysWithoutSession: number;
  /** Hours before a proposal's deadline from which an unanswered proposal is flagged. */
  proposalWarningHours: number;
  /** A session rating at or below this (on 1–5) is a warning sign. */
  lowRating: number;
  /** Only ratings from the last N days count as "recent". */
  ratingWindowDays: number;
}

export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  daysWithoutSession: 14,
  proposalWarningHours: 24,
  lowRating: 2,
  ratingWindowDays: 30,
};

export interface SessionRating {
  /** 1 (bad) to 5 (great). */
  rating: number;
  at: Date;
}

export interface PairingHealthInput {
  now: Date;
  status: PairingStatus;
  /** When the pairing became active; null while it is not. */
  startedAt: Date | null;
  lastLoggedSessionAt: Date | null;
  /** Response deadline of the pairing's proposal while it is unanswered (status "proposed"). */
  pendingProposalDeadline: Date | null;
  recentSessionRatings?: readonly SessionRating[];
  thresholds?: Partial<HealthThresholds>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** At-risk reasons, most severe first; an empty list means the pairing looks healthy. */
export function assessPairingHealth(input: PairingHealthInput): AtRiskReason[] {
  assertInstant(input.now);
  const thresholds = { ...DEFAULT_HEALTH_THRESHOLDS, ...input.thresholds };
  const now = input.now.getTime();
  const reasons: AtRiskReason[] = [];

  if (input.status === "active") {
    const inactivity = inactivityReason(now, input, thresholds);
    if (inactivity) reasons.push(inactivity);
    const rating = lowRatingReason(now, input.recentSessionRatings ?? [], thresholds);
    if (rating) reasons.push(rating);
  }

  if (input.status === "proposed" && input.pendingProposalDeadline) {
    assertInstant(input.pendingProposalDeadline);
    const msLeft = input.pendingProposalDeadline.getTime() - now;
    const deadline = input.pendingProposalDeadline.toISOString();
    if (msLeft <= 0) {
      // The expiry job should have closed it; until it does, the coordinator should know.
      reasons.push({
        code: "proposal_overdue",
        severity: "high",
        key: "scheduling.health.proposalOverdue",
        params: { deadline },
      });
    } else if (msLeft <= thresholds.proposalWarningHours * HOUR_MS) {
      reasons.push({
        code: "proposal_deadline_near",
        severity: "medium",
        key: "scheduling.health.proposalDeadlineNear",
        params: { count: Math.ceil(msLeft / HOUR_MS), deadline },
      });
    }
  }

  const rank = { high: 0, medium: 1 };
  return reasons.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function inactivityReason(now: number, input: PairingHealthInput, thresholds: HealthThresholds): AtRiskReason | null {
  const since = input.lastLoggedSessionAt ?? input.startedAt;
  if (!since) return null;
  assertInstant(since);
  const days = Math.floor((now - since.getTime()) / DAY_MS);
  if (days < thresholds.daysWithoutSession) return null;
  const neverLogged = input.lastLoggedSessionAt === null;
  return {
    code: "no_session_logged",
    severity: "high",
    key: neverLogged ? "scheduling.health.noSessionSinceStart" : "scheduling.health.noSessionLogged",
    params: { count: days, since: since.toISOString() },
  };
}

function lowRatingReason(
  now: number,
  ratings: readonly SessionRating[],
  thresholds: HealthThresholds,
): AtRiskReason | null {
  const windowStart = now - thresholds.ratingWindowDays * DAY_MS;
  const low = ratings.filter((entry) => {
    assertInstant(entry.at);
    if (!Number.isFinite(entry.rating) || entry.rating < 1 || entry.rating > 5) {
      throw new SchedulingInputError("scheduling.errors.invalidRating", { value: String(entry.rating) });
    }
    const at = entry.at.getTime();
    return at >= windowStart && at <= now && entry.rating <= thresholds.lowRating;
  });
  if (low.length === 0) return null;
  const worst = low.reduce((a, b) => (b.rating < a.rating || (b.rating === a.rating && b.at > a.at) ? b : a));
  return {
    code: "low_session_rating",
    severity: "medium",
    key: "scheduling.health.lowSessionRating",
    params: { rating: worst.rating, count: low.length, at: worst.at.toISOString() },
  };
}
