import { describe, expect, it } from "vitest";
import {
  campaignSchema,
  kpiSchema,
  measurementForCampaignSchema,
  measurementSchema,
  validationMessages,
} from "@/lib/campaigns/schemas";

const validCampaign = {
  name: "Campagne de dons de trois semaines",
  kind: "donation",
  objective: "Recueillir 12 000 $",
  audience: "Donateurs actuels",
  channels: ["facebook", "email"],
  startDate: "2025-03-01",
  endDate: "2025-03-21",
};

function keysOf(result: { success: boolean; error?: unknown }): string[] {
  if (result.success) return [];
  const messages = validationMessages(result.error as Parameters<typeof validationMessages>[0]);
  return messages.map((m) => `${m.path}:${m.key}`);
}

describe("campaignSchema", () => {
  it("accepts a valid campaign and trims texts", () => {
    const parsed = campaignSchema.parse({ ...validCampaign, name: "  Dons  ", strategyObjectiveIndex: 2 });
    expect(parsed.name).toBe("Dons");
    expect(parsed.strategyObjectiveIndex).toBe(2);
  });

  it("treats the strategy objective as optional (absent, empty form field or null)", () => {
    expect(campaignSchema.parse(validCampaign).strategyObjectiveIndex).toBeUndefined();
    expect(campaignSchema.parse({ ...validCampaign, strategyObjectiveIndex: "" }).strategyObjectiveIndex).toBeUndefined();
    expect(campaignSchema.parse({ ...validCampaign, strategyObjectiveIndex: null }).strategyObjectiveIndex).toBeNull();
    expect(campaignSchema.parse({ ...validCampaign, strategyObjectiveIndex: "1" }).strategyObjectiveIndex).toBe(1);
  });

  it.each([3, -1, 1.5, "deux"])("rejects strategy objective index %j", (index) => {
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, strategyObjectiveIndex: index }))).toEqual([
      "strategyObjectiveIndex:campaigns.validation.strategyObjectiveInvalid",
    ]);
  });

  it("rejects an end date before the start date, on the endDate field", () => {
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, endDate: "2025-02-28" }))).toEqual([
      "endDate:campaigns.validation.endBeforeStart",
    ]);
  });

  it("accepts a one-day campaign", () => {
    expect(campaignSchema.safeParse({ ...validCampaign, endDate: "2025-03-01" }).success).toBe(true);
  });

  it("reports the date order together with other field errors", () => {
    const keys = keysOf(campaignSchema.safeParse({ ...validCampaign, name: "", endDate: "2025-01-01" }));
    expect(keys).toEqual(["name:campaigns.validation.nameRequired", "endDate:campaigns.validation.endBeforeStart"]);
  });

  it("rejects impossible dates without a misleading order error", () => {
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, endDate: "2025-02-30" }))).toEqual([
      "endDate:campaigns.validation.dateInvalid",
    ]);
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, startDate: "01/03/2025" }))).toEqual([
      "startDate:campaigns.validation.dateInvalid",
    ]);
  });

  it("validates kind and channels against the catalogue", () => {
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, kind: "raffle" }))).toEqual([
      "kind:campaigns.validation.kindInvalid",
    ]);
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, channels: [] }))).toEqual([
      "channels:campaigns.validation.channelsRequired",
    ]);
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, channels: ["fax"] }))).toEqual([
      "channels.0:campaigns.validation.channelInvalid",
    ]);
    expect(keysOf(campaignSchema.safeParse({ ...validCampaign, channels: ["email", "email"] }))).toEqual([
      "channels:campaigns.validation.channelsDuplicate",
    ]);
  });

  it("gives the maximum length as a message parameter", () => {
    const result = campaignSchema.safeParse({ ...validCampaign, name: "x".repeat(121) });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(validationMessages(result.error)).toEqual([
        { path: "name", key: "campaigns.validation.nameTooLong", params: { max: 120 } },
      ]);
    }
  });

  it("reports every missing required field with its own key", () => {
    expect(keysOf(campaignSchema.safeParse({}))).toEqual([
      "name:campaigns.validation.nameRequired",
      "kind:campaigns.validation.kindInvalid",
      "objective:campaigns.validation.objectiveRequired",
      "audience:campaigns.validation.audienceRequired",
      "channels:campaigns.validation.channelsRequired",
      "startDate:campaigns.validation.dateInvalid",
      "endDate:campaigns.validation.dateInvalid",
    ]);
  });
});

describe("kpiSchema", () => {
  const kpi = { name: "Dons", metric: "donations_amount", unit: "currency_cad", baseline: 0, target: 12000 };

  it("defaults the direction to increase", () => {
    expect(kpiSchema.parse(kpi).direction).toBe("increase");
  });

  it("accepts numbers typed in French or English", () => {
    expect(kpiSchema.parse({ ...kpi, baseline: "1 250,5", target: "12,000.75" })).toMatchObject({
      baseline: 1250.5,
      target: 12000.75,
    });
  });

  it("requires the target above the baseline for an increasing KPI", () => {
    expect(keysOf(kpiSchema.safeParse({ ...kpi, baseline: 500, target: 500 }))).toEqual([
      "target:campaigns.validation.targetNotAboveBaseline",
    ]);
  });

  it("requires the target below the baseline for a decreasing KPI", () => {
    const cpc = { ...kpi, metric: "other", direction: "decrease", baseline: 1.85, target: 0.95 };
    expect(kpiSchema.safeParse(cpc).success).toBe(true);
    expect(keysOf(kpiSchema.safeParse({ ...cpc, target: 2 }))).toEqual([
      "target:campaigns.validation.targetNotBelowBaseline",
    ]);
  });

  it("rejects negative, missing and non-numeric values with distinct keys", () => {
    expect(keysOf(kpiSchema.safeParse({ ...kpi, baseline: -1 }))).toEqual([
      "baseline:campaigns.validation.baselineNegative",
    ]);
    expect(keysOf(kpiSchema.safeParse({ ...kpi, target: "" }))).toEqual(["target:campaigns.validation.targetRequired"]);
    expect(keysOf(kpiSchema.safeParse({ ...kpi, target: "beaucoup" }))).toEqual([
      "target:campaigns.validation.numberInvalid",
    ]);
  });

  it("keeps percentages within 100", () => {
    const rateKpi = { ...kpi, metric: "other", unit: "percent", baseline: 2, target: 150 };
    expect(keysOf(kpiSchema.safeParse(rateKpi))).toEqual(["target:campaigns.validation.percentAbove100"]);
    expect(kpiSchema.safeParse({ ...rateKpi, target: 4.5 }).success).toBe(true);
  });

  it("validates metric and unit against the catalogue", () => {
    expect(keysOf(kpiSchema.safeParse({ ...kpi, metric: "likes", unit: "usd" }))).toEqual([
      "metric:campaigns.validation.metricInvalid",
      "unit:campaigns.validation.unitInvalid",
    ]);
  });
});

describe("measurementSchema", () => {
  it("accepts a measurement with an optional note", () => {
    expect(measurementSchema.parse({ date: "2025-03-05", value: "4 420", note: "  " })).toEqual({
      date: "2025-03-05",
      value: 4420,
      note: undefined,
    });
  });

  it("rejects a negative value and an over-long note", () => {
    expect(keysOf(measurementSchema.safeParse({ date: "2025-03-05", value: -3, note: "x".repeat(501) }))).toEqual([
      "value:campaigns.validation.valueNegative",
      "note:campaigns.validation.noteTooLong",
    ]);
  });

  it("in campaign context, checks the date range, the future and percentages", () => {
    const schema = measurementForCampaignSchema({
      startDate: "2025-03-01",
      endDate: "2025-03-21",
      unit: "percent",
      today: "2025-03-10",
    });
    expect(schema.safeParse({ date: "2025-03-01", value: 10 }).success).toBe(true);
    expect(keysOf(schema.safeParse({ date: "2025-02-28", value: 10 }))).toEqual([
      "date:campaigns.validation.dateOutsideCampaign",
    ]);
    expect(keysOf(schema.safeParse({ date: "2025-03-11", value: 10 }))).toEqual([
      "date:campaigns.validation.dateInFuture",
    ]);
    expect(keysOf(schema.safeParse({ date: "2025-03-05", value: 101 }))).toEqual([
      "value:campaigns.validation.percentAbove100",
    ]);
  });
});
