// Reads of a pairing's campaigns with each KPI's progress against its target.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { pairingAccess, type PairingAccess } from "@/lib/pairings/workspace-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readStoredSection } from "@/lib/strategy/stored";
import type { CampaignChannel, CampaignKind, KpiDirection, KpiMetric, KpiUnit } from "./catalogue";
import { CAMPAIGN_CHANNELS } from "./catalogue";
import { campaignKindFromDb, kpiDirectionFromDb, kpiMetricFromDb, kpiUnitFromDb } from "./db-codes";
import { dbToIsoDate, todayIn } from "./dates";
import { kpiProgress, type KpiProgress } from "./progress";

const CAMPAIGN_SELECT = {
  id: true,
  name: true,
  kind: true,
  objective: true,
  objectiveIndex: true,
  audience: true,
  channels: true,
  startsOn: true,
  endsOn: true,
  kpis: {
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      metric: true,
      unit: true,
      direction: true,
      code: true,
      baseline: true,
      target: true,
      measurements: {
        orderBy: { measuredOn: "asc" },
        select: { id: true, measuredOn: true, value: true, note: true, source: true, enteredBy: { select: { name: true } } },
      },
    },
  },
} satisfies Prisma.CampaignSelect;

type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof CAMPAIGN_SELECT }>;

export interface MeasurementView {
  id: string;
  date: string;
  value: number;
  note: string;
  source: "MANUAL" | "CSV";
  enteredBy: string | null;
}

export interface KpiView {
  id: string;
  name: string;
  metric: KpiMetric;
  unit: KpiUnit;
  direction: KpiDirection;
  code: string | null;
  baseline: number;
  target: number;
  measurements: MeasurementView[];
  progress: KpiProgress;
}

export interface CampaignView {
  id: string;
  name: string;
  kind: CampaignKind;
  objective: string;
  /** The strategy objective the campaign serves (number from 1, and its text), when linked. */
  strategyObjective: { number: number; text: string } | null;
  audience: string;
  channels: CampaignChannel[];
  startDate: string;
  endDate: string;
  kpis: KpiView[];
}

function toView(row: CampaignRow, today: string, objectives: readonly { objective: string }[]): CampaignView {
  const startDate = dbToIsoDate(row.startsOn);
  const endDate = dbToIsoDate(row.endsOn);
  const linked = row.objectiveIndex === null ? undefined : objectives[row.objectiveIndex];
  return {
    id: row.id,
    name: row.name,
    kind: campaignKindFromDb(row.kind),
    objective: row.objective,
    strategyObjective: row.objectiveIndex === null ? null : { number: row.objectiveIndex + 1, text: linked?.objective ?? "" },
    audience: row.audience,
    channels: row.channels.filter((c): c is CampaignChannel => (CAMPAIGN_CHANNELS as readonly string[]).includes(c)),
    startDate,
    endDate,
    kpis: row.kpis.map((kpi) => {
      const measurements = kpi.measurements.map((m) => ({
        id: m.id,
        date: dbToIsoDate(m.measuredOn),
        value: m.value,
        note: m.note,
        source: m.source,
        enteredBy: m.enteredBy?.name ?? null,
      }));
      return {
        id: kpi.id,
        name: kpi.name,
        metric: kpiMetricFromDb(kpi.metric),
        unit: kpiUnitFromDb(kpi.unit),
        direction: kpiDirectionFromDb(kpi.direction),
        code: kpi.code,
        baseline: kpi.baseline,
        target: kpi.target,
        measurements,
        progress: kpiProgress({ baseline: kpi.baseline, target: kpi.target, measurements, startDate, endDate, today }),
      };
    }),
  };
}

async function strategyObjectives(pairingId: string) {
  const section = await db.strategySection.findFirst({ where: { key: "objectives", document: { pairingId } }, select: { content: true } });
  return readStoredSection("objectives", section?.content);
}

export async function listCampaigns(options: { actor: Actor; pairingId: string; now?: Date }): Promise<{ access: PairingAccess; campaigns: CampaignView[]; objectives: { objective: string }[] }> {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  const today = todayIn(options.actor.timeZone, options.now ?? new Date());
  const [rows, objectives] = await Promise.all([
    db.campaign.findMany({ where: { pairingId: access.pairingId }, orderBy: [{ startsOn: "asc" }, { id: "asc" }], select: CAMPAIGN_SELECT }),
    strategyObjectives(access.pairingId),
  ]);
  return { access, campaigns: rows.map((row) => toView(row, today, objectives)), objectives };
}

export async function getCampaign(options: { actor: Actor; pairingId: string; campaignId: string; now?: Date }): Promise<{ access: PairingAccess; campaign: CampaignView; today: string }> {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  const today = todayIn(options.actor.timeZone, options.now ?? new Date());
  const row = await db.campaign.findFirst({ where: { id: options.campaignId, pairingId: access.pairingId }, select: CAMPAIGN_SELECT });
  if (!row) throw notFound();
  return { access, campaign: toView(row, today, await strategyObjectives(access.pairingId)), today };
}
