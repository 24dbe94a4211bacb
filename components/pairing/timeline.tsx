import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { TimelineEntry } from "@/lib/pairings/timeline";

/** The pairing's whole history, oldest first: status changes and what people did, who and when. */
export function PairingTimeline({ entries, locale, t, timeZone }: { entries: TimelineEntry[]; locale: AppLocale; t: Translate; timeZone: string }) {
  return (
    <ol className="space-y-3 border-l-2 border-brand-100 pl-4">
      {entries.map((e) => (
        <li key={e.id}>
          <p className="font-medium">{e.toStatus ? t(`pairing.status.${e.toStatus}`) : t(e.messageKey ?? "sessions.timeline.system", e.params)}</p>
          <p className="text-sm text-muted">
            <time dateTime={e.at.toISOString()}>{formatDateTime(locale, e.at, timeZone)}</time> · {e.actorName ?? t("sessions.timeline.system")}
          </p>
          {e.reason ? <p className="text-sm">{t("common.reason", { reason: e.reason })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
