import type { NeedStatus, PairingStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";
import { Badge, type BadgeTone } from "./primitives";

const NEED_TONES: Record<NeedStatus, BadgeTone> = {
  DRAFT: "gray",
  SUBMITTED: "blue",
  RETURNED: "amber",
  APPROVED: "blue",
  MATCHING: "amber",
  MATCHED: "green",
  CLOSED: "gray",
  WITHDRAWN: "gray",
};

const PAIRING_TONES: Record<PairingStatus, BadgeTone> = {
  PROPOSED: "amber",
  DECLINED: "gray",
  EXPIRED: "gray",
  WITHDRAWN: "gray",
  ACCEPTED: "blue",
  ACTIVE: "green",
  PAUSED: "amber",
  COMPLETED: "green",
  ENDED_EARLY: "red",
};

export function NeedStatusBadge({ status, t }: { status: NeedStatus; t: Translate }) {
  return <Badge tone={NEED_TONES[status]}>{t(`needs.status.${status}`)}</Badge>;
}

export function PairingStatusBadge({ status, t }: { status: PairingStatus; t: Translate }) {
  return <Badge tone={PAIRING_TONES[status]}>{t(`pairing.status.${status}`)}</Badge>;
}
