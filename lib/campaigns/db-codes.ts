// The one place where the campaign module's lowercase codes meet the database's enums
// (`currency_cad` ↔ `CURRENCY_CAD`). The maps are total in the app → database direction, so the
// compiler flags a code added to the catalogue without its enum value.
import type { CampaignKind as DbCampaignKind, KpiDirection as DbKpiDirection, KpiMetric as DbKpiMetric, KpiUnit as DbKpiUnit } from "@/lib/generated/prisma/enums";
import type { CampaignKind, KpiDirection, KpiMetric, KpiUnit } from "./catalogue";

const KIND_TO_DB: Record<CampaignKind, DbCampaignKind> = {
  donation: "DONATION",
  petition: "PETITION",
  partnership: "PARTNERSHIP",
  awareness: "AWARENESS",
  recruitment: "RECRUITMENT",
  other: "OTHER",
};
const METRIC_TO_DB: Record<KpiMetric, DbKpiMetric> = {
  community_size: "COMMUNITY_SIZE",
  donations_amount: "DONATIONS_AMOUNT",
  donors: "DONORS",
  signatures: "SIGNATURES",
  emails_collected: "EMAILS_COLLECTED",
  comments: "COMMENTS",
  reach: "REACH",
  impressions: "IMPRESSIONS",
  clicks: "CLICKS",
  other: "OTHER",
};
const UNIT_TO_DB: Record<KpiUnit, DbKpiUnit> = { count: "COUNT", currency_cad: "CURRENCY_CAD", percent: "PERCENT" };
const DIRECTION_TO_DB: Record<KpiDirection, DbKpiDirection> = { increase: "INCREASE", decrease: "DECREASE" };

function invert<A extends string, B extends string>(map: Record<A, B>): Partial<Record<B, A>> {
  return Object.fromEntries(Object.entries(map).map(([a, b]) => [b, a])) as Partial<Record<B, A>>;
}
const KIND_FROM_DB = invert(KIND_TO_DB);
const METRIC_FROM_DB = invert(METRIC_TO_DB);
const UNIT_FROM_DB = invert(UNIT_TO_DB);
const DIRECTION_FROM_DB = invert(DIRECTION_TO_DB);

export const campaignKindToDb = (code: CampaignKind) => KIND_TO_DB[code];
export const kpiMetricToDb = (code: KpiMetric) => METRIC_TO_DB[code];
export const kpiUnitToDb = (code: KpiUnit) => UNIT_TO_DB[code];
export const kpiDirectionToDb = (code: KpiDirection) => DIRECTION_TO_DB[code];

/** The database also knows ADS, which the app does not offer: it reads as "other". */
export const campaignKindFromDb = (value: DbCampaignKind): CampaignKind => KIND_FROM_DB[value] ?? "other";
export const kpiMetricFromDb = (value: DbKpiMetric): KpiMetric => METRIC_FROM_DB[value] ?? "other";
export const kpiUnitFromDb = (value: DbKpiUnit): KpiUnit => UNIT_FROM_DB[value] ?? "count";
export const kpiDirectionFromDb = (value: DbKpiDirection): KpiDirection => DIRECTION_FROM_DB[value] ?? "increase";
