// Campaigns, KPIs and measurements against a real PostgreSQL: who may write, validation in the
// user's terms, one value per KPI and day, the CSV import's per-line report, and the demo data.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { addKpi, createCampaign, deleteMeasurement, importMeasurements, recordMeasurement } from "@/lib/campaigns/commands";
import { getCampaign, listCampaigns } from "@/lib/campaigns/queries";
import { getStrategyForExport } from "@/lib/strategy/queries";
import { SECTION_KEYS, strategyCompletion } from "@/lib/strategy";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_ACCOUNTS, DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));
const NOW = new Date("2026-05-06T15:00:00Z");

async function world() {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const memberUser = await createUser(db, { timeZone: "America/Winnipeg" });
  const org = await createOrganisation(db, { memberIds: [memberUser.id] });
  const outsiderUser = await createUser(db);
  const volunteerUser = await createVolunteer(db, { capacity: 3 });
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "MATCHED" });
  const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteerUser.id, programId: program.id, status: "ACTIVE" });
  return {
    pairingId: pairing.id,
    member: await actorFor(db, memberUser.id),
    volunteer: await actorFor(db, volunteerUser.id),
    coordinator: await actorFor(db, coordinatorUser.id),
    outsider: await actorFor(db, outsiderUser.id),
  };
}

const donationCampaign = {
  name: "Campagne de dons",
  kind: "donation",
  objective: "Recueillir 12 000 $ en trois semaines.",
  strategyObjectiveIndex: "1",
  audience: "Donateurs actuels",
  channels: ["facebook", "email"],
  startDate: "2026-04-20",
  endDate: "2026-05-10",
};

async function withKpi() {
  const w = await world();
  const { id: campaignId } = await createCampaign({ actor: w.member, pairingId: w.pairingId, input: donationCampaign });
  const { id: kpiId } = await addKpi({ actor: w.volunteer, pairingId: w.pairingId, campaignId, input: { name: "Montant des dons", code: "dons", metric: "donations_amount", unit: "currency_cad", baseline: "0", target: "12 000" } });
  return { ...w, campaignId, kpiId };
}

describe("campaigns", () => {
  it("either side creates campaigns and KPIs; coordinators read; outsiders see nothing", async () => {
    const w = await withKpi();
    const kpi = await db.kpi.findUniqueOrThrow({ where: { id: w.kpiId } });
    expect(kpi).toMatchObject({ metric: "DONATIONS_AMOUNT", unit: "CURRENCY_CAD", direction: "INCREASE", target: 12000, code: "dons" });
    expect(await code(createCampaign({ actor: w.coordinator, pairingId: w.pairingId, input: donationCampaign }))).toBe("forbidden");
    expect(await code(createCampaign({ actor: w.outsider, pairingId: w.pairingId, input: donationCampaign }))).toBe("not_found");
    expect(await code(listCampaigns({ actor: w.outsider, pairingId: w.pairingId }))).toBe("not_found");
    const { campaigns } = await listCampaigns({ actor: w.coordinator, pairingId: w.pairingId, now: NOW });
    expect(campaigns[0]).toMatchObject({ name: "Campagne de dons", kind: "donation", strategyObjective: { number: 2 }, startDate: "2026-04-20", endDate: "2026-05-10" });
  });

  it("rejects bad input with catalogue messages and writes nothing", async () => {
    const w = await world();
    const error = await createCampaign({ actor: w.member, pairingId: w.pairingId, input: { ...donationCampaign, endDate: "2026-04-01", channels: [] } }).catch((e: unknown) => e);
    expect(mapError(error)?.status).toBe(422);
    expect(mapError(error)?.issues?.map((i) => i.message).sort()).toEqual(["campaigns.validation.channelsRequired", "campaigns.validation.endBeforeStart"]);
    expect(await db.campaign.count({ where: { pairingId: w.pairingId } })).toBe(0);
  });

  it("records one value per KPI and day, within the campaign and not in the future", async () => {
    const w = await withKpi();
    await recordMeasurement({ actor: w.member, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-04-21", value: "1 150" }, now: NOW });
    await recordMeasurement({ actor: w.volunteer, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-04-21", value: "1200,50", note: "corrigé" }, now: NOW });
    const rows = await db.kpiMeasurement.findMany({ where: { kpiId: w.kpiId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 1200.5, note: "corrigé", enteredById: w.volunteer.id });
    const future = await recordMeasurement({ actor: w.member, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-05-08", value: "1" }, now: NOW }).catch((e: unknown) => e);
    expect(mapError(future)?.issues?.[0]?.message).toBe("campaigns.validation.dateInFuture");
    const outside = await recordMeasurement({ actor: w.member, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-03-01", value: "1" }, now: NOW }).catch((e: unknown) => e);
    expect(mapError(outside)?.issues?.[0]?.message).toBe("campaigns.validation.dateOutsideCampaign");
    expect(await code(recordMeasurement({ actor: w.coordinator, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-04-22", value: "1" }, now: NOW }))).toBe("forbidden");

    const { campaign } = await getCampaign({ actor: w.coordinator, pairingId: w.pairingId, campaignId: w.campaignId, now: NOW });
    expect(campaign.kpis[0]!.progress.latest).toEqual({ date: "2026-04-21", value: 1200.5 });
    expect(await code(deleteMeasurement({ actor: w.outsider, pairingId: w.pairingId, measurementId: rows[0]!.id }))).toBe("not_found");
    await deleteMeasurement({ actor: w.member, pairingId: w.pairingId, measurementId: rows[0]!.id });
    expect(await db.kpiMeasurement.count({ where: { kpiId: w.kpiId } })).toBe(0);
  });

  it("imports the good rows of a CSV and reports each rejected line with its reasons", async () => {
    const w = await withKpi();
    await recordMeasurement({ actor: w.member, pairingId: w.pairingId, kpiId: w.kpiId, input: { date: "2026-04-21", value: "100" }, now: NOW });
    const text = ["date;indicateur;valeur;note", "2026-04-21;dons;1150;courriel", "2026-04-22;dons;1980", "2026-04-23;inconnu;5", "2026-06-01;dons;abc"].join("\n");
    const { report, created, updated } = await importMeasurements({ actor: w.volunteer, pairingId: w.pairingId, campaignId: w.campaignId, input: { text }, now: NOW });
    expect({ created, updated, accepted: report.accepted.length }).toEqual({ created: 1, updated: 1, accepted: 2 });
    expect(report.rejected.map((r) => [r.line, r.reasons.map((x) => x.key)])).toEqual([
      [4, ["campaigns.import.reasons.kpiUnknown"]],
      [5, ["campaigns.import.reasons.dateOutsideCampaign", "campaigns.import.reasons.valueInvalid"]],
    ]);
    const stored = await db.kpiMeasurement.findMany({ where: { kpiId: w.kpiId }, orderBy: { measuredOn: "asc" } });
    expect(stored.map((m) => [m.value, m.source])).toEqual([[1150, "CSV"], [1980, "CSV"]]);

    const broken = await importMeasurements({ actor: w.member, pairingId: w.pairingId, campaignId: w.campaignId, input: { text: "a;b\n1;2" }, now: NOW });
    expect(broken.report.fileErrors.length).toBeGreaterThan(0);
    expect(await code(importMeasurements({ actor: w.coordinator, pairingId: w.pairingId, campaignId: w.campaignId, input: { text } }))).toBe("forbidden");
  });
});

describe("demo data", () => {
  it("gives the reference pairing a filled strategy with history and comments, three campaigns, and the case-study alumni campaign", async () => {
    await seedDemo(db, { now: NOW });
    const nadia = await actorFor(db, (await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.orgMember.email } })).id);
    const kemi = await actorFor(db, (await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.volunteer.email } })).id);
    const strategy = await getStrategyForExport({ actor: nadia, pairingId: DEMO_IDS.pairing });
    expect(strategyCompletion(strategy.content).filled).toEqual([...SECTION_KEYS]);
    expect(strategy.content.mission.statement).toMatch(/mères/);
    const { campaigns } = await listCampaigns({ actor: nadia, pairingId: DEMO_IDS.pairing, now: NOW });
    expect(campaigns.map((c) => c.kind).sort()).toEqual(["awareness", "donation", "partnership"]);
    const donation = campaigns.find((c) => c.kind === "donation")!;
    expect(donation.kpis.every((k) => k.measurements.length > 0 && k.progress.status !== "noData")).toBe(true);
    expect(donation.kpis.flatMap((k) => k.measurements).every((m) => m.date <= "2026-05-06")).toBe(true);

    const alumni = await db.pairing.findFirstOrThrow({ where: { volunteerId: kemi.id, status: "COMPLETED" }, select: { id: true } });
    const caseStudy = await listCampaigns({ actor: kemi, pairingId: alumni.id, now: NOW });
    const community = caseStudy.campaigns[0]!.kpis.find((k) => k.metric === "community_size")!;
    expect(community.baseline).toBe(3000);
    expect(community.measurements.at(-1)!.value).toBe(85000);
  });
});
