import { describe, expect, it } from "vitest";
import { demoCampaigns, localizeDemoCampaign, type DemoCampaign, type DemoKpi } from "@/lib/campaigns/demo-data";
import { addDays, daysBetween } from "@/lib/campaigns/iso-date";
import { kpiProgress } from "@/lib/campaigns/progress";
import { campaignSchema, kpiSchema, measurementForCampaignSchema } from "@/lib/campaigns/schemas";

const REFERENCE = "2026-05-20";
const demo = demoCampaigns({ referenceDate: REFERENCE });
const all: DemoCampaign[] = [...demo.referencePairing, demo.caseStudy];

function kpi(campaign: DemoCampaign, key: string): DemoKpi {
  const found = campaign.kpis.find((k) => k.key === key);
  if (!found) throw new Error(`missing KPI ${key}`);
  return found;
}

function campaign(key: string): DemoCampaign {
  const found = all.find((c) => c.key === key);
  if (!found) throw new Error(`missing campaign ${key}`);
  return found;
}

function progressOf(c: DemoCampaign, key: string) {
  const k = kpi(c, key);
  return kpiProgress({ ...k, startDate: c.startDate, endDate: c.endDate, today: REFERENCE });
}

describe("demo campaigns", () => {
  it("validate against the schemas in both languages", () => {
    for (const c of all) {
      for (const locale of ["fr", "en"] as const) {
        const localized = localizeDemoCampaign(c, locale);
        expect(campaignSchema.safeParse(localized.campaign).error?.issues ?? []).toEqual([]);
        for (const { kpi: k, measurements } of localized.kpis) {
          expect(kpiSchema.safeParse(k).error?.issues ?? []).toEqual([]);
          const schema = measurementForCampaignSchema({
            startDate: c.startDate,
            endDate: c.endDate,
            unit: k.unit as "count" | "currency_cad" | "percent",
            today: REFERENCE,
          });
          for (const m of measurements) expect(schema.safeParse(m).error?.issues ?? []).toEqual([]);
        }
      }
    }
  });

  it("have distinct French and English texts and unique keys", () => {
    for (const c of all) {
      expect(c.name.fr).not.toBe(c.name.en);
      expect(c.objective.fr).not.toBe(c.objective.en);
      expect(c.audience.fr).not.toBe(c.audience.en);
      expect(new Set(c.kpis.map((k) => k.key)).size).toBe(c.kpis.length);
    }
    expect(new Set(all.map((c) => c.key)).size).toBe(all.length);
  });

  it("never date a measurement after the reference date, and keep dates in order", () => {
    for (const c of all) {
      for (const k of c.kpis) {
        const dates = k.measurements.map((m) => m.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates.every((d) => d <= REFERENCE)).toBe(true);
      }
    }
  });

  it("move with the reference date so the demo always looks current", () => {
    const later = demoCampaigns({ referenceDate: addDays(REFERENCE, 100) });
    const donation = later.referencePairing.find((c) => c.key === "three-week-donation");
    expect(donation?.startDate).toBe(addDays(campaign("three-week-donation").startDate, 100));
    expect(() => demoCampaigns({ referenceDate: "20/05/2026" })).toThrow(RangeError);
  });
});

describe("the reference pairing", () => {
  it("has a partnership with Riverside College, a three-week donation campaign and supporting ads", () => {
    expect(demo.referencePairing.map((c) => c.kind)).toEqual(["partnership", "awareness", "donation"]);
    const partnership = campaign("riverside-partnership");
    expect(partnership.name.fr).toContain("Collège Riverside");
    expect(partnership.name.en).toContain("Riverside College");
    const donation = campaign("three-week-donation");
    expect(daysBetween(donation.startDate, donation.endDate) + 1).toBe(21);
    expect(donation.kpis.map((k) => [k.metric, k.unit])).toEqual([
      ["donations_amount", "currency_cad"],
      ["donors", "count"],
      ["reach", "count"],
    ]);
    // The ads run across both the partnership and the donation campaign.
    const ads = campaign("support-ads");
    expect(ads.channels).toContain("paid_ads");
    expect(ads.startDate > partnership.startDate && ads.startDate < partnership.endDate).toBe(true);
    expect(ads.endDate).toBe(donation.endDate);
  });

  it("measures the donation campaign daily, with cumulative totals that never go down", () => {
    const donation = campaign("three-week-donation");
    const amounts = kpi(donation, "donations-amount").measurements;
    expect(amounts).toHaveLength(15);
    for (let i = 1; i < amounts.length; i += 1) {
      expect(daysBetween(amounts[i - 1]!.date, amounts[i]!.date)).toBe(1);
      expect(amounts[i]!.value).toBeGreaterThanOrEqual(amounts[i - 1]!.value);
    }
    // Donors never outnumber dollars, and the average gift is plausible for a small charity.
    const donors = kpi(donation, "donors").measurements.at(-1)!.value;
    const average = amounts.at(-1)!.value / donors;
    expect(average).toBeGreaterThan(40);
    expect(average).toBeLessThan(150);
  });

  it("shows a mix of statuses today: some on track, some behind, one achieved, one missed", () => {
    const donation = campaign("three-week-donation");
    expect(progressOf(donation, "donations-amount").status).toBe("onTrack");
    expect(progressOf(donation, "donors").status).toBe("behind");
    expect(progressOf(donation, "ads-reach").status).toBe("onTrack");
    const partnership = campaign("riverside-partnership");
    expect(progressOf(partnership, "students-reached").status).toBe("achieved");
    expect(progressOf(partnership, "student-volunteers").status).toBe("missed");
    const ads = campaign("support-ads");
    expect(ads.kpis.find((k) => k.direction === "decrease")?.key).toBe("ads-cost-per-click");
    expect(progressOf(ads, "ads-cost-per-click").status).toBe("onTrack");
    expect(progressOf(ads, "ads-clicks").status).toBe("behind");
  });
});

describe("the case-study campaign", () => {
  const c = demo.caseStudy;

  it("ran for about four months and is over", () => {
    const days = daysBetween(c.startDate, c.endDate);
    expect(days).toBeGreaterThanOrEqual(118);
    expect(days).toBeLessThanOrEqual(124);
    expect(c.endDate < REFERENCE).toBe(true);
    expect(c.kind).toBe("petition");
  });

  it("reaches the case study's figures", () => {
    const community = kpi(c, "community-size").measurements;
    expect(community[0]?.value).toBe(3000);
    expect(community.at(-1)?.value).toBe(85_000);
    expect(community.at(-1)?.date).toBe(c.endDate);
    expect(kpi(c, "signatures").measurements.at(-1)!.value).toBeGreaterThan(230_000);
    const emails = kpi(c, "supporter-emails").measurements.at(-1)!.value;
    expect(Math.abs(emails - 200_000)).toBeLessThan(2_000);
    const comments = kpi(c, "comments").measurements.at(-1)!.value;
    expect(Math.abs(comments - 15_000)).toBeLessThan(500);
    for (const key of ["community-size", "signatures", "supporter-emails", "comments"]) {
      expect(progressOf(c, key).status).toBe("achieved");
    }
  });

  it("has measurement curves that are cumulative but not straight lines", () => {
    for (const k of c.kpis) {
      const points = k.measurements;
      expect(points.length).toBeGreaterThanOrEqual(15);
      const first = points[0]!;
      const last = points.at(-1)!;
      const length = daysBetween(first.date, last.date);
      let maxDeviation = 0;
      for (let i = 1; i < points.length; i += 1) {
        expect(points[i]!.value).toBeGreaterThanOrEqual(points[i - 1]!.value);
        const straight = first.value + ((last.value - first.value) * daysBetween(first.date, points[i]!.date)) / length;
        maxDeviation = Math.max(maxDeviation, Math.abs(points[i]!.value - straight));
      }
      // At some point the curve is at least 10 % of its whole rise away from a ruler line.
      expect(maxDeviation / (last.value - first.value)).toBeGreaterThan(0.1);
      // And weekly gains vary: not a constant increment.
      const gains = points.slice(1).map((p, i) => p.value - points[i]!.value);
      expect(Math.max(...gains)).toBeGreaterThan(2 * (gains.reduce((a, b) => a + b, 0) / gains.length));
    }
  });

  it("has fewer emails than signatures at every reading (emails come from signers)", () => {
    const signatures = kpi(c, "signatures").measurements;
    kpi(c, "supporter-emails").measurements.forEach((m, i) => {
      expect(m.date).toBe(signatures[i]?.date);
      expect(m.value).toBeLessThanOrEqual(signatures[i]!.value);
    });
  });
});
