import type { AppLocale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { describeInstant, describeRange } from "@/lib/scheduling";
import type { Participant } from "@/lib/sessions/queries";

/** One session's time as each person of the pairing sees it, in their own time zone. */
export function ZoneTimes({ start, end, participants, viewerId, locale, t }: { start: Date; end: Date; participants: Participant[]; viewerId: string; locale: AppLocale; t: Translate }) {
  return (
    <table className="w-full text-left text-sm sm:text-base">
      <caption className="sr-only">{t("sessions.next.caption")}</caption>
      <thead>
        <tr className="border-b border-gray-200">
          <th scope="col" className="py-1 pr-4 font-medium text-muted">
            {t("sessions.next.person")}
          </th>
          <th scope="col" className="py-1 font-medium text-muted">
            {t("sessions.next.localTime")}
          </th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => {
          const zone = describeInstant({ instant: start, timeZone: p.timeZone, locale });
          return (
            <tr key={p.id} className="border-b border-gray-100 last:border-0">
              <th scope="row" className="py-1 pr-4 font-medium">
                {p.id === viewerId ? t("sessions.next.you", { name: p.name }) : p.name}
              </th>
              <td className="py-1">
                <time dateTime={start.toISOString()}>{describeRange({ start, end, timeZone: p.timeZone, locale })}</time>{" "}
                <span className="text-muted">({zone.timeZoneShortName})</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
