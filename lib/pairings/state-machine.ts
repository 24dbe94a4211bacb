// Pairing lifecycle (PRODUCT.md, "Lifecycles"). Pure.
import type { PairingStatus } from "@/lib/generated/prisma/enums";

export type PairingActorKind = "volunteer" | "org" | "coordinator" | "system";

const TRANSITIONS: Record<PairingStatus, Partial<Record<PairingStatus, readonly PairingActorKind[]>>> = {
  PROPOSED: {
    ACCEPTED: ["volunteer"],
    DECLINED: ["volunteer"],
    EXPIRED: ["system"],
    WITHDRAWN: ["coordinator"],
  },
  // Accepted becomes active once the weekly slot is agreed.
  ACCEPTED: { ACTIVE: ["volunteer", "org", "coordinator", "system"], ENDED_EARLY: ["volunteer", "org", "coordinator"] },
  ACTIVE: { PAUSED: ["coordinator"], COMPLETED: ["volunteer", "org", "coordinator"], ENDED_EARLY: ["volunteer", "org", "coordinator"] },
  PAUSED: { ACTIVE: ["coordinator"], COMPLETED: ["coordinator"], ENDED_EARLY: ["volunteer", "org", "coordinator"] },
  DECLINED: {},
  EXPIRED: {},
  WITHDRAWN: {},
  COMPLETED: {},
  ENDED_EARLY: {},
};

export function canTransitionPairing(from: PairingStatus, to: PairingStatus, by: PairingActorKind): boolean {
  return TRANSITIONS[from][to]?.includes(by) ?? false;
}

/** Statuses that use one unit of the volunteer's capacity. */
export const CAPACITY_STATUSES: readonly PairingStatus[] = ["ACCEPTED", "ACTIVE", "PAUSED"];

/** Statuses in which a need is spoken for: at most one such pairing per need. */
export const LIVE_STATUSES: readonly PairingStatus[] = ["PROPOSED", "ACCEPTED", "ACTIVE", "PAUSED"];

export const isTerminalPairing = (status: PairingStatus) => Object.keys(TRANSITIONS[status]).length === 0;
