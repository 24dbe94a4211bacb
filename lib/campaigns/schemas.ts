// Validation for campaigns, their KPIs and dated measurements.
//
// Every error message is a catalogue key under `campaigns.validation.*`; `validationMessages`
// turns a ZodError into `{ path, key, params }` so a form can show each message beside its field
// in the user's language.
//
// Inputs may come straight from a form: numbers are accepted as numbers or as typed text in
// French or English ("1 234,5", "1,234.5"), and an empty optional field is treated as absent.
//
// KPI rule (kept deliberately simple): baseline ≥ 0 and target ≥ 0; an "increase" KPI (the
// default) needs target > baseline, a "decrease" KPI (e.g. cost per click) needs
// target < baseline; a percent KPI stays within 0–100. Counts are not forced to be whole numbers
// (reach and impressions are often estimates with decimals in exports).

import { z } from "zod";
import { parseLocaleNumber } from "@/lib/csv/number";
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_KINDS,
  KPI_DIRECTIONS,
  KPI_METRICS,
  KPI_UNITS,
  STRATEGY_OBJECTIVE_COUNT,
} from "./catalogue";
import { isIsoDate } from "./iso-date";

export const LIMITS = {
  nameMax: 120,
  objectiveMax: 2000,
  audienceMax: 1000,
  channelsMax: CAMPAIGN_CHANNELS.length,
  noteMax: 500,
} as const;

/** Every message code a campaign schema can produce; each is `campaigns.validation.<code>`. */
export const VALIDATION_CODES = [
  "audienceRequired",
  "audienceTooLong",
  "baselineNegative",
  "baselineRequired",
  "channelInvalid",
  "channelsDuplicate",
  "channelsRequired",
  "dateInFuture",
  "dateInvalid",
  "dateOutsideCampaign",
  "directionInvalid",
  "endBeforeStart",
  "invalid",
  "kindInvalid",
  "kpiNameRequired",
  "kpiNameTooLong",
  "metricInvalid",
  "nameRequired",
  "nameTooLong",
  "noteTooLong",
  "numberInvalid",
  "objectiveRequired",
  "objectiveTooLong",
  "percentAbove100",
  "strategyObjectiveInvalid",
  "targetNegative",
  "targetNotAboveBaseline",
  "targetNotBelowBaseline",
  "targetRequired",
  "unitInvalid",
  "valueNegative",
  "valueRequired",
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

const V = "campaigns.validation";
const msg = (code: ValidationCode): string => `${V}.${code}`;

/** "" and whitespace-only become undefined, so an untouched optional form field is "absent". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A number typed in a form (any locale) or already a number. */
function numberField(requiredKey: string, invalidKey: string) {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (typeof v !== "string") return v;
      return parseLocaleNumber(v) ?? v;
    },
    z.number({ error: (issue) => (issue.input === undefined ? requiredKey : invalidKey) }),
  );
}

function requiredText(prefix: "name" | "objective" | "audience" | "kpiName", max: number) {
  return z
    .string({ error: msg(`${prefix}Required`) })
    .trim()
    .min(1, { error: msg(`${prefix}Required`) })
    .max(max, { error: msg(`${prefix}TooLong`) });
}

export const isoDateSchema = z
  .string({ error: msg("dateInvalid") })
  .trim()
  .refine(isIsoDate, { error: msg("dateInvalid") });

/** True when none of `fields` already failed: lets cross-field rules run alongside field errors. */
function fieldsParsed(issues: readonly { path?: readonly PropertyKey[] }[], fields: readonly string[]): boolean {
  return !issues.some((issue) => {
    const head = issue.path?.[0];
    return typeof head === "string" && fields.includes(head);
  });
}

export const campaignSchema = z
  .object({
    name: requiredText("name", LIMITS.nameMax),
    kind: z.enum(CAMPAIGN_KINDS, { error: msg("kindInvalid") }),
    objective: requiredText("objective", LIMITS.objectiveMax),
    /** Which of the strategy document's (up to three) objectives this campaign serves, 0-based. */
    strategyObjectiveIndex: z.preprocess(
      (value) => {
        const v = blankToUndefined(value);
        return typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v;
      },
      z
        .number({ error: msg("strategyObjectiveInvalid") })
        .int({ error: msg("strategyObjectiveInvalid") })
        .min(0, { error: msg("strategyObjectiveInvalid") })
        .max(STRATEGY_OBJECTIVE_COUNT - 1, { error: msg("strategyObjectiveInvalid") })
        .nullable()
        .optional(),
    ),
    audience: requiredText("audience", LIMITS.audienceMax),
    channels: z
      .array(z.enum(CAMPAIGN_CHANNELS, { error: msg("channelInvalid") }), { error: msg("channelsRequired") })
      .min(1, { error: msg("channelsRequired") })
      .max(LIMITS.channelsMax, { error: msg("channelsDuplicate") })
      .refine((list) => new Set(list).size === list.length, { error: msg("channelsDuplicate") }),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
  })
  .refine((c) => c.endDate >= c.startDate, {
    error: msg("endBeforeStart"),
    path: ["endDate"],
    when: (payload) => fieldsParsed(payload.issues, ["startDate", "endDate"]),
  });

export type CampaignInput = z.input<typeof campaignSchema>;
export type Campaign = z.output<typeof campaignSchema>;

export const kpiSchema = z
  .object({
    name: requiredText("kpiName", LIMITS.nameMax),
    metric: z.enum(KPI_METRICS, { error: msg("metricInvalid") }),
    unit: z.enum(KPI_UNITS, { error: msg("unitInvalid") }),
    direction: z.enum(KPI_DIRECTIONS, { error: msg("directionInvalid") }).default("increase"),
    baseline: numberField(msg("baselineRequired"), msg("numberInvalid")).pipe(
      z.number().min(0, { error: msg("baselineNegative") }),
    ),
    target: numberField(msg("targetRequired"), msg("numberInvalid")).pipe(
      z.number().min(0, { error: msg("targetNegative") }),
    ),
  })
  .refine((k) => (k.direction === "increase" ? k.target > k.baseline : true), {
    error: msg("targetNotAboveBaseline"),
    path: ["target"],
    when: (payload) => fieldsParsed(payload.issues, ["baseline", "target", "direction"]),
  })
  .refine((k) => (k.direction === "decrease" ? k.target < k.baseline : true), {
    error: msg("targetNotBelowBaseline"),
    path: ["target"],
    when: (payload) => fieldsParsed(payload.issues, ["baseline", "target", "direction"]),
  })
  .refine((k) => k.unit !== "percent" || (k.baseline <= 100 && k.target <= 100), {
    error: msg("percentAbove100"),
    path: ["target"],
    when: (payload) => fieldsParsed(payload.issues, ["baseline", "target", "unit"]),
  });

export type KpiInput = z.input<typeof kpiSchema>;
export type Kpi = z.output<typeof kpiSchema>;

export const measurementSchema = z.object({
  date: isoDateSchema,
  value: numberField(msg("valueRequired"), msg("numberInvalid")).pipe(
    z.number().min(0, { error: msg("valueNegative") }),
  ),
  note: z.preprocess(
    blankToUndefined,
    z.string({ error: msg("noteTooLong") }).trim().max(LIMITS.noteMax, { error: msg("noteTooLong") }).optional(),
  ),
});

export type MeasurementInput = z.input<typeof measurementSchema>;
export type Measurement = z.output<typeof measurementSchema>;

/**
 * A measurement checked against its campaign and KPI: dated within the campaign (inclusive),
 * not in the future when `today` is given, and at most 100 for a percent KPI. The same rules
 * as the CSV import, for the one-measurement form.
 */
export function measurementForCampaignSchema(context: {
  startDate: string;
  endDate: string;
  unit: (typeof KPI_UNITS)[number];
  today?: string;
}) {
  return measurementSchema
    .refine((m) => m.date >= context.startDate && m.date <= context.endDate, {
      error: msg("dateOutsideCampaign"),
      path: ["date"],
      when: (payload) => fieldsParsed(payload.issues, ["date"]),
    })
    .refine((m) => context.today === undefined || m.date <= context.today, {
      error: msg("dateInFuture"),
      path: ["date"],
      when: (payload) => fieldsParsed(payload.issues, ["date"]),
    })
    .refine((m) => context.unit !== "percent" || m.value <= 100, {
      error: msg("percentAbove100"),
      path: ["value"],
      when: (payload) => fieldsParsed(payload.issues, ["value"]),
    });
}

export interface ValidationMessage {
  /** Dotted field path, e.g. "endDate" or "channels.1"; "" for the whole object. */
  path: string;
  /** Catalogue key, e.g. "campaigns.validation.endBeforeStart". */
  key: string;
  params: Record<string, string | number>;
}

/**
 * Flattens a ZodError into message keys with their interpolation params (`{max}` for too-long
 * texts, `{min}` for minimums, and the campaign dates where a context schema provides them).
 */
export function validationMessages(
  error: z.ZodError,
  extraParams: Record<string, string | number> = {},
): ValidationMessage[] {
  return error.issues.map((issue) => {
    const params: Record<string, string | number> = { ...extraParams };
    if (issue.code === "too_big") params.max = Number(issue.maximum);
    if (issue.code === "too_small") params.min = Number(issue.minimum);
    const key = issue.message.startsWith(`${V}.`) ? issue.message : msg("invalid");
    return { path: issue.path.map(String).join("."), key, params };
  });
}
