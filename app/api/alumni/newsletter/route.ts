// The newsletter audience of a program (alumni who opted in), as a streamed CSV for coordinators:
// /api/alumni/newsletter?program=&locale=
import { newsletterAudience } from "@/lib/alumni/queries";
import { getCurrentActor } from "@/lib/auth/session";
import { toCsvStream } from "@/lib/csv/write";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { csvResponse, errorResponse, notFoundResponse } from "@/lib/reporting/csv-response";
import { resolveReportFilter } from "@/lib/reporting/filters";

export const dynamic = "force-dynamic";

const COLUMNS = ["name", "email", "language", "program", "side", "ambassador"] as const;

export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const locale = isLocale(query.locale) ? query.locale : "fr";
  const t = getTranslator(locale);
  try {
    const actor = await getCurrentActor();
    if (!actor) return notFoundResponse(t);
    const filter = await resolveReportFilter(actor, query);
    const header = COLUMNS.map((c) => t(`alumni.newsletter.columns.${c}`));
    const stream = toCsvStream(newsletterAudience(actor, filter.programIds), locale === "fr" ? { delimiter: ";", decimalMark: ",", header } : { header });
    return csvResponse(stream, `tandem-newsletter-${filter.programId ?? "all"}.csv`);
  } catch (error) {
    return errorResponse(t, error);
  }
}
