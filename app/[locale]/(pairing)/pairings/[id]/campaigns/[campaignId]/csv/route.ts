// CSV export of a campaign's measurements, one row per indicator and date, in the reader's
// language (headers) with French Excel's separators for French readers.
import { getCurrentActor } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/queries";
import { toCsvStream, type CsvCell } from "@/lib/csv/write";
import { mapError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/server";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string; campaignId: string }> }) {
  const { locale, id, campaignId } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getTranslator(locale);
  const actor = await getCurrentActor();
  if (!actor) return new Response(t("errors.unauthenticated"), { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  try {
    const { campaign } = await getCampaign({ actor, pairingId: id, campaignId });
    const rows: CsvCell[][] = campaign.kpis.flatMap((kpi) =>
      kpi.measurements.map((m) => [campaign.name, kpi.name, kpi.code ?? "", t(`campaigns.metrics.${kpi.metric}`), t(`campaigns.units.${kpi.unit}`), kpi.baseline, kpi.target, m.date, m.value, m.note, m.source === "CSV" ? t("campaigns.workspace.csv.imported") : t("campaigns.workspace.csv.manual")]),
    );
    const header = ["campaign", "kpi", "code", "metric", "unit", "baseline", "target", "date", "value", "note", "source"].map((column) => t(`campaigns.workspace.csv.columns.${column}`));
    const french = locale === "fr";
    const stream = toCsvStream(rows, { header, delimiter: french ? ";" : ",", decimalMark: french ? "," : "." });
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="campaign-${campaignId}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const mapped = mapError(error);
    if (!mapped) throw error;
    return new Response(t(mapped.messageKey), { status: mapped.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
