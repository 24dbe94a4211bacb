// Need lifecycle (PRODUCT.md, "Lifecycles"). Pure: who may move a need where.
import type { NeedStatus } from "@/lib/generated/prisma/enums";

export type NeedActorKind = "org" | "coordinator" | "system";

const TRANSITIONS: Record<NeedStatus, Partial<Record<NeedStatus, readonly NeedActorKind[]>>> = {
  DRAFT: { SUBMITTED: ["org"], WITHDRAWN: ["org"] },
  SUBMITTED: { APPROVED: ["coordinator"], RETURNED: ["coordinator"], WITHDRAWN: ["org", "coordinator"] },
  RETURNED: { SUBMITTED: ["org"], WITHDRAWN: ["org", "coordinator"] },
  APPROVED: { MATCHING: ["coordinator", "system"], WITHDRAWN: ["org", "coordinator"], CLOSED: ["coordinator"] },
  // Back to APPROVED when a proposal is declined, expires or is withdrawn.
  MATCHING: { MATCHED: ["system"], APPROVED: ["system", "coordinator"], WITHDRAWN: ["org", "coordinator"] },
  // Back to APPROVED when a pairing ends early and the need is rematched.
  MATCHED: { CLOSED: ["system", "coordinator"], APPROVED: ["coordinator", "system"] },
  CLOSED: {},
  WITHDRAWN: {},
};

export function canTransitionNeed(from: NeedStatus, to: NeedStatus, by: NeedActorKind): boolean {
  return TRANSITIONS[from][to]?.includes(by) ?? false;
}

export function nextNeedStatuses(from: NeedStatus, by: NeedActorKind): NeedStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [NeedStatus, readonly NeedActorKind[]][])
    .filter(([, actors]) => actors.includes(by))
    .map(([to]) => to);
}

/** The organisation may still edit the need's content. */
export const isNeedEditable = (status: NeedStatus) => status === "DRAFT" || status === "RETURNED";

/** Coordinators can look for volunteers. */
export const isNeedOpenForMatching = (status: NeedStatus) => status === "APPROVED";
