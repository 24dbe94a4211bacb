// The closed lists a campaign is built from. Each code has a label in the message catalogue
// (`campaigns.kinds.<code>`, `campaigns.metrics.<code>`, `campaigns.units.<code>`,
// `campaigns.channels.<code>`, `campaigns.directions.<code>`), so the codes are what the
// database stores and what an import file may contain.

export const CAMPAIGN_KINDS = [
  "donation",
  "petition",
  "partnership",
  "awareness",
  "recruitment",
  "other",
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Channels follow the strategy workbook's platform list plus the non-social channels campaigns use. */
export const CAMPAIGN_CHANNELS = [
  "facebook",
  "instagram",
  "x",
  "linkedin",
  "pinterest",
  "snapchat",
  "tiktok",
  "youtube",
  "paid_ads",
  "email",
  "website",
  "events",
  "press",
  "partners",
  "other",
] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const KPI_METRICS = [
  "community_size",
  "donations_amount",
  "donors",
  "signatures",
  "emails_collected",
  "comments",
  "reach",
  "impressions",
  "clicks",
  "other",
] as const;
export type KpiMetric = (typeof KPI_METRICS)[number];

/** Only Canadian dollars: the programs Tandem serves report to Canadian funders. */
export const KPI_UNITS = ["count", "currency_cad", "percent"] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/**
 * Most KPIs should go up. A few (cost per click, unsubscribe rate, days to answer a donor) should
 * go down; the direction says which way the target lies from the baseline.
 */
export const KPI_DIRECTIONS = ["increase", "decrease"] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** The unit a new KPI of each metric should start with, so forms can preselect it. */
export const DEFAULT_UNIT_BY_METRIC: Readonly<Record<KpiMetric, KpiUnit>> = {
  community_size: "count",
  donations_amount: "currency_cad",
  donors: "count",
  signatures: "count",
  emails_collected: "count",
  comments: "count",
  reach: "count",
  impressions: "count",
  clicks: "count",
  other: "count",
};

/** How many strategy objectives a campaign can point to (the workbook caps objectives at three). */
export const STRATEGY_OBJECTIVE_COUNT = 3;
