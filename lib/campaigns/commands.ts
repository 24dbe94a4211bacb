// Mutations of a pairing's campaigns, KPIs and measurements. Either side of the pairing may
// write while it is under way (coordinators read). A measurement is one value per KPI and day:
// entering a date again replaces that day's value, and the import reports which rows did.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db, type DbTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { requireEditAccess } from "@/lib/pairings/workspace-access";
import { campaignKindToDb, kpiDirectionToDb, kpiMetricFromDb, kpiMetricToDb, kpiUnitFromDb, kpiUnitToDb } from "./db-codes";
import { dbToIsoDate, isoDateToDb, todayIn } from "./dates";
import { parseMeasurementsCsv, type MeasurementImportResult } from "./measurement-import";
import { campaignSchema, kpiSchema, measurementForCampaignSchema } from "./schemas";

const KPI_CODE_MAX = 40;
/** A CSV larger than this is refused before parsing (about 10,000 rows of measurements). */
export const IMPORT_MAX_BYTES = 1_000_000;

export const KpiFormSchema = kpiSchema.and(
  z.object({
    code: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().max(KPI_CODE_MAX, { error: "campaigns.workspace.errors.codeTooLong" }).optional(),
    ),
  }),
);

export async function createCampaign(options: { actor: Actor; pairingId: string; input: unknown }) {
  const { actor } = options;
  const input = campaignSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const access = await requireEditAccess(tx, actor, options.pairingId);
    const id = newId();
    await tx.campaign.create({
      data: {
        id,
        pairingId: access.pairingId,
        kind: campaignKindToDb(input.kind),
        name: input.name,
        objective: input.objective,
        objectiveIndex: input.strategyObjectiveIndex ?? null,
        audience: input.audience,
        channels: input.channels,
        startsOn: isoDateToDb(input.startDate),
        endsOn: isoDateToDb(input.endDate),
        createdById: actor.id,
      },
    });
    await audit(tx, { actorId: actor.id, action: "campaign.create", entityType: "Campaign", entityId: id, data: { pairingId: access.pairingId } });
    return { id };
  });
}

/** The campaign, checked to belong to a pairing the actor may edit. */
async function editableCampaign(tx: DbTx, actor: Actor, pairingId: string, campaignId: string) {
  const access = await requireEditAccess(tx, actor, pairingId);
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, pairingId: access.pairingId }, select: { id: true, startsOn: true, endsOn: true } });
  if (!campaign) throw notFound();
  return campaign;
}

export async function addKpi(options: { actor: Actor; pairingId: string; campaignId: string; input: unknown }) {
  const { actor } = options;
  const input = KpiFormSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const campaign = await editableCampaign(tx, actor, options.pairingId, options.campaignId);
    const count = await tx.kpi.count({ where: { campaignId: campaign.id } });
    const id = newId();
    await tx.kpi.create({
      data: {
        id,
        campaignId: campaign.id,
        name: input.name,
        metric: kpiMetricToDb(input.metric),
        unit: kpiUnitToDb(input.unit),
        direction: kpiDirectionToDb(input.direction),
        code: input.code ?? null,
        baseline: input.baseline,
        target: input.target,
        sortOrder: count,
      },
    });
    await audit(tx, { actorId: actor.id, action: "campaign.kpi.add", entityType: "Kpi", entityId: id, data: { campaignId: campaign.id } });
    return { id };
  });
}

/** Records (or corrects) the value of a KPI on a date, within the campaign and not in the future. */
export async function recordMeasurement(options: { actor: Actor; pairingId: string; kpiId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const access = await requireEditAccess(tx, actor, options.pairingId);
    const kpi = await tx.kpi.findFirst({
      where: { id: options.kpiId, campaign: { pairingId: access.pairingId } },
      select: { id: true, unit: true, campaign: { select: { startsOn: true, endsOn: true } } },
    });
    if (!kpi) throw notFound();
    const input = measurementForCampaignSchema({
      startDate: dbToIsoDate(kpi.campaign.startsOn),
      endDate: dbToIsoDate(kpi.campaign.endsOn),
      unit: kpiUnitFromDb(kpi.unit),
      today: todayIn(actor.timeZone, options.now ?? new Date()),
    }).parse(options.input);
    const measuredOn = isoDateToDb(input.date);
    const saved = await tx.kpiMeasurement.upsert({
      where: { kpiId_measuredOn: { kpiId: kpi.id, measuredOn } },
      create: { id: newId(), kpiId: kpi.id, measuredOn, value: input.value, note: input.note ?? "", source: "MANUAL", enteredById: actor.id },
      update: { value: input.value, note: input.note ?? "", source: "MANUAL", enteredById: actor.id },
      select: { id: true },
    });
    return { id: saved.id };
  });
}

export async function deleteMeasurement(options: { actor: Actor; pairingId: string; measurementId: string }) {
  const { actor } = options;
  return db.$transaction(async (tx) => {
    const access = await requireEditAccess(tx, actor, options.pairingId);
    const measurement = await tx.kpiMeasurement.findFirst({
      where: { id: options.measurementId, kpi: { campaign: { pairingId: access.pairingId } } },
      select: { id: true, kpiId: true, measuredOn: true, value: true },
    });
    if (!measurement) throw notFound();
    await tx.kpiMeasurement.delete({ where: { id: measurement.id } });
    await audit(tx, {
      actorId: actor.id,
      action: "campaign.measurement.delete",
      entityType: "KpiMeasurement",
      entityId: measurement.id,
      data: { kpiId: measurement.kpiId, date: dbToIsoDate(measurement.measuredOn), value: measurement.value },
    });
  });
}

export interface ImportOutcome {
  report: MeasurementImportResult;
  created: number;
  updated: number;
}

export const ImportSchema = z.object({
  text: z.string({ error: "campaigns.workspace.errors.fileMissing" }).max(IMPORT_MAX_BYTES, { error: "campaigns.workspace.errors.fileTooLarge" }),
});

/**
 * Imports the rows of a CSV that pass every check (one transaction) and reports, per rejected
 * line, why it was left out. A file-level error imports nothing.
 */
export async function importMeasurements(options: { actor: Actor; pairingId: string; campaignId: string; input: unknown; now?: Date }): Promise<ImportOutcome> {
  const { actor } = options;
  const input = ImportSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    const campaign = await editableCampaign(tx, actor, options.pairingId, options.campaignId);
    const kpis = await tx.kpi.findMany({ where: { campaignId: campaign.id }, select: { id: true, name: true, metric: true, unit: true, code: true } });
    const report = parseMeasurementsCsv({
      text: input.text,
      kpis: kpis.map((k) => ({ id: k.id, name: k.name, metric: kpiMetricFromDb(k.metric), unit: kpiUnitFromDb(k.unit), code: k.code })),
      startDate: dbToIsoDate(campaign.startsOn),
      endDate: dbToIsoDate(campaign.endsOn),
      today: todayIn(actor.timeZone, options.now ?? new Date()),
      slashDateOrder: actor.locale === "en" ? "mdy" : "dmy",
    });
    if (report.fileErrors.length > 0 || report.accepted.length === 0) return { report, created: 0, updated: 0 };
    const existing = await tx.kpiMeasurement.findMany({
      where: { kpiId: { in: kpis.map((k) => k.id) }, measuredOn: { in: [...new Set(report.accepted.map((a) => a.date))].map(isoDateToDb) } },
      select: { kpiId: true, measuredOn: true },
    });
    const known = new Set(existing.map((e) => `${e.kpiId}|${dbToIsoDate(e.measuredOn)}`));
    let created = 0;
    for (const row of report.accepted) {
      const measuredOn = isoDateToDb(row.date);
      await tx.kpiMeasurement.upsert({
        where: { kpiId_measuredOn: { kpiId: row.kpiId, measuredOn } },
        create: { id: newId(), kpiId: row.kpiId, measuredOn, value: row.value, note: row.note ?? "", source: "CSV", enteredById: actor.id },
        update: { value: row.value, note: row.note ?? "", source: "CSV", enteredById: actor.id },
      });
      if (!known.has(`${row.kpiId}|${row.date}`)) created++;
    }
    await audit(tx, {
      actorId: actor.id,
      action: "campaign.measurements.import",
      entityType: "Campaign",
      entityId: campaign.id,
      data: { accepted: report.accepted.length, rejected: report.rejected.length },
    });
    return { report, created, updated: report.accepted.length - created };
  });
}

