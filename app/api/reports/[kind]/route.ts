// CSV downloads for coordinators: /api/reports/<needs|pairings|sessions|surveys>?program=&from=&to=&locale=
// Streamed: the response starts with the first rows while later pages are still unread.
import { getCurrentActor } from "@/lib/auth/session";
import { toCsvStream } from "@/lib/csv/write";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";
import { csvResponse, errorResponse, notFoundResponse } from "@/lib/reporting/csv-response";
import { exportFileName, exportHeader, exportRows, isExportKind } from "@/lib/reporting/exports";
import { resolveReportFilter } from "@/lib/reporting/filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ kind: string }> }) {
  const { kind } = await context.params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const locale = isLocale(query.locale) ? query.locale : "fr";
  const t = getTranslator(locale);
  try {
    const actor = await getCurrentActor();
    if (!actor || !isExportKind(kind)) return notFoundResponse(t);
    const filter = await resolveReportFilter(actor, query);
    const stream = toCsvStream(exportRows(kind, filter, locale, t), csvOptions(locale, exportHeader(kind, t)));
    return csvResponse(stream, exportFileName(kind, filter));
  } catch (error) {
    return errorResponse(t, error);
  }
}

/** French Excel expects `;` between cells and a decimal comma. */
function csvOptions(locale: "fr" | "en", header: string[]) {
  return locale === "fr" ? { delimiter: ";" as const, decimalMark: "," as const, header } : { header };
}
