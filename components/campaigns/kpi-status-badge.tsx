import { Badge, type BadgeTone } from "@/components/ui/primitives";
import type { KpiStatus } from "@/lib/campaigns/progress";
import type { Translate } from "@/lib/i18n/translate";

const TONES: Record<KpiStatus, BadgeTone> = { notStarted: "gray", noData: "gray", achieved: "green", onTrack: "blue", behind: "amber", missed: "red" };

export function KpiStatusBadge({ status, t }: { status: KpiStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`campaigns.status.${status}`)}</Badge>;
}
