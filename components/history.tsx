import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

export interface HistoryEntry {
  id: string;
  toStatus: string;
  reason: string | null;
  createdAt: Date;
  actor: { name: string } | null;
}

/** Who moved something to which state, when and why, oldest first. */
export function History({ entries, statusKey, locale, t, timeZone }: { entries: HistoryEntry[]; statusKey: string; locale: AppLocale; t: Translate; timeZone: string }) {
  return (
    <ol className="space-y-2 border-l-2 border-brand-100 pl-4">
      {entries.map((e) => (
        <li key={e.id}>
          <p className="font-medium">{t(`${statusKey}.${e.toStatus}`)}</p>
          <p className="text-sm text-muted">
            {formatDateTime(locale, e.createdAt, timeZone)}
            {e.actor ? ` · ${e.actor.name}` : ""}
          </p>
          {e.reason ? <p className="text-sm">{t("common.reason", { reason: e.reason })}</p> : null}
        </li>
      ))}
    </ol>
  );
}
