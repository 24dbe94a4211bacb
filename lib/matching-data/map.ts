// Pure mapping between the database's shapes and the matching engine's types.
// Kept apart from the queries so that it can be unit-tested without a database.
import { z } from "zod";
import type { CriterionWeights, NeedInput, RequiredPreference, SkillLevel, VolunteerInput, WeeklySlot } from "@/lib/matching";
import { CRITERIA } from "@/lib/matching";
import { IDENTITY_TAGS } from "@/lib/volunteers/schema";

/**
 * The database stores ISO weekdays (1 = Monday … 7 = Sunday, see `VolunteerAvailability` and
 * `NeedAvailability`); the engine counts 0 = Monday … 6 = Sunday. Anything else is dropped
 * rather than guessed.
 */
export function isoToEngineWeekday(isoWeekday: number): number | null {
  return Number.isInteger(isoWeekday) && isoWeekday >= 1 && isoWeekday <= 7 ? isoWeekday - 1 : null;
}

export function toWeeklySlots(rows: readonly { weekday: number; startMinute: number; endMinute: number }[]): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  for (const row of rows) {
    const weekday = isoToEngineWeekday(row.weekday);
    if (weekday === null || row.startMinute < 0 || row.endMinute > 1440 || row.startMinute >= row.endMinute) continue;
    slots.push({ weekday, startMinute: row.startMinute, endMinute: row.endMinute });
  }
  return slots;
}

/** `Need.requiredPreferences` as the need form writes it (see lib/needs/commands.ts `needData`). */
const StoredRequiredPreferences = z
  .object({
    minSeniorityYears: z.number().int().min(0).optional(),
    sectorExperience: z.boolean().optional(),
  })
  .catch({});

export function toRequiredPreferences(stored: unknown): RequiredPreference[] {
  const parsed = StoredRequiredPreferences.parse(stored ?? {});
  const result: RequiredPreference[] = [];
  if (parsed.minSeniorityYears !== undefined && parsed.minSeniorityYears > 0) result.push({ kind: "minSeniority", years: parsed.minSeniorityYears });
  if (parsed.sectorExperience) result.push({ kind: "sectorExperience" });
  return result;
}

/**
 * The organisation's lived-experience preference. Decision: when it asked without naming
 * particular experiences (the need form only has the checkbox, so `livedExperienceTags` is empty),
 * any lived experience a volunteer consented to declare counts as a match. Volunteers who did not
 * consent never match, and no tag ever leaves the engine.
 */
export function toLivedExperiencePreference(asked: boolean, tags: readonly string[]): NeedInput["livedExperiencePreference"] {
  if (!asked) return null;
  return { tags: tags.length > 0 ? [...tags] : [...IDENTITY_TAGS] };
}

export interface NeedRow {
  id: string;
  organisationId: string;
  timeZone: string;
  languages: string[];
  requiredPreferences: unknown;
  livedExperienceAsked: boolean;
  livedExperienceTags: string[];
  needType: { code: string };
  organisation: { sector: { code: string } | null };
  availability: { weekday: number; startMinute: number; endMinute: number }[];
}

export function toNeedInput(row: NeedRow): NeedInput {
  return {
    id: row.id,
    organisationId: row.organisationId,
    needType: row.needType.code,
    organisationSector: row.organisation.sector?.code ?? "",
    languages: row.languages,
    availability: toWeeklySlots(row.availability),
    timeZone: row.timeZone,
    requiredPreferences: toRequiredPreferences(row.requiredPreferences),
    livedExperiencePreference: toLivedExperiencePreference(row.livedExperienceAsked, row.livedExperienceTags),
  };
}

/** One volunteer as the pool query returns it: list entries are `a:b:c` strings. */
export interface VolunteerRow {
  id: string;
  languages: string[];
  seniorityYears: number;
  capacity: number;
  timeZone: string;
  load: number;
  completed: number;
  satisfaction: number | null;
  skills: string[] | null;
  sectors: string[] | null;
  slots: string[] | null;
  optOuts: string[] | null;
  conflicts: string[] | null;
  interests: string[] | null;
  identityTags: string[] | null;
}

/**
 * The pool queries' payloads: records separated by U+001E, fields by U+001F (ids, codes and time
 * zones never contain them). `profiles` has one record per volunteer who can be matched (id,
 * languages joined by commas, seniority, capacity, time zone, load, completed pairings, mean
 * satisfaction or empty); the others have one record per list entry (volunteer id, entry), and
 * `lists` also names the list (optOut, conflict, interest, identity). Entries of volunteers absent
 * from `profiles` are ignored.
 */
export interface VolunteerPayloads {
  profiles: string;
  skills: string;
  sectors: string;
  slots: string;
  lists: string;
}

const RECORD = "\u001e";
const FIELD = "\u001f";

export function assembleVolunteerRows(payloads: VolunteerPayloads): VolunteerRow[] {
  if (!payloads.profiles) return [];
  const rows = new Map<string, VolunteerRow>();
  for (const record of payloads.profiles.split(RECORD)) {
    const f = record.split(FIELD);
    const id = f[0] ?? "";
    const satisfaction = f[7] ? Number(f[7]) : null;
    rows.set(id, {
      id,
      languages: f[1] ? f[1].split(",") : [],
      seniorityYears: Number(f[2] ?? 0),
      capacity: Number(f[3] ?? 0),
      timeZone: f[4] ?? "UTC",
      load: Number(f[5] ?? 0),
      completed: Number(f[6] ?? 0),
      satisfaction: satisfaction !== null && Number.isFinite(satisfaction) ? satisfaction : null,
      skills: [],
      sectors: [],
      slots: [],
      optOuts: [],
      conflicts: [],
      interests: [],
      identityTags: [],
    });
  }
  const collect = (payload: string, push: (row: VolunteerRow, fields: string[]) => void) => {
    if (!payload) return;
    for (const record of payload.split(RECORD)) {
      const fields = record.split(FIELD);
      const row = rows.get(fields[0] ?? "");
      if (row) push(row, fields);
    }
  };
  collect(payloads.skills, (row, f) => row.skills?.push(f[1] ?? ""));
  collect(payloads.sectors, (row, f) => row.sectors?.push(f[1] ?? ""));
  collect(payloads.slots, (row, f) => row.slots?.push(f[1] ?? ""));
  collect(payloads.lists, (row, f) => {
    const value = f[2] ?? "";
    if (f[1] === "optOut") row.optOuts?.push(value);
    else if (f[1] === "conflict") row.conflicts?.push(value);
    else if (f[1] === "interest") row.interests?.push(value);
    else if (f[1] === "identity") row.identityTags?.push(value);
  });
  return [...rows.values()];
}

function skillLevel(value: number): SkillLevel {
  return value >= 3 ? 3 : value <= 1 ? 1 : 2;
}

export function toVolunteerInput(row: VolunteerRow): VolunteerInput {
  const skills = (row.skills ?? []).map((entry) => {
    const at = entry.lastIndexOf(":");
    return { code: entry.slice(0, at), level: skillLevel(Number(entry.slice(at + 1))) };
  });
  const slots = (row.slots ?? []).map((entry) => {
    const [weekday, startMinute, endMinute] = entry.split(":").map(Number);
    return { weekday: weekday ?? 0, startMinute: startMinute ?? 0, endMinute: endMinute ?? 0 };
  });
  const optOuts = { needTypes: [] as string[], sectors: [] as string[], organisationIds: [] as string[] };
  for (const entry of row.optOuts ?? []) {
    const at = entry.indexOf(":");
    const kind = entry.slice(0, at);
    const value = entry.slice(at + 1);
    if (kind === "NEED_TYPE") optOuts.needTypes.push(value);
    else if (kind === "SECTOR") optOuts.sectors.push(value);
    else if (kind === "ORGANISATION") optOuts.organisationIds.push(value);
  }
  return {
    id: row.id,
    languages: row.languages,
    skills,
    sectors: row.sectors ?? [],
    seniorityYears: row.seniorityYears,
    availability: toWeeklySlots(slots),
    timeZone: row.timeZone,
    capacity: row.capacity,
    activePairings: row.load,
    optOuts,
    conflictOrganisationIds: row.conflicts ?? [],
    selfIdentification: row.identityTags && row.identityTags.length > 0 ? { consented: true, tags: row.identityTags } : null,
    interestedNeedIds: row.interests ?? [],
    pastOutcomes: { completedPairings: row.completed, meanSatisfaction: row.satisfaction },
  };
}

/**
 * Default weights of a program, used for every criterion its `matchingWeights` leaves out. Skills
 * and availability weigh most because they decide whether the weekly work can happen at all.
 */
export const DEFAULT_PROGRAM_WEIGHTS: CriterionWeights = {
  skillFit: 3,
  sectorExperience: 2,
  seniority: 1,
  availabilityOverlap: 2,
  extraLanguages: 1,
  timeZoneDistance: 1,
  livedExperience: 2,
  loadSpreading: 1,
  expressedInterest: 1.5,
  pastOutcomes: 1,
};

export const MAX_WEIGHT = 10;

/** `Program.matchingWeights` (JSON, possibly partial or stale) merged over the defaults. */
export function toCriterionWeights(stored: unknown): CriterionWeights {
  const weights: CriterionWeights = { ...DEFAULT_PROGRAM_WEIGHTS };
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const criterion of CRITERIA) {
      const value = (stored as Record<string, unknown>)[criterion];
      if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_WEIGHT) weights[criterion] = value;
    }
  }
  return weights;
}

/** Calendar date (UTC) of `now`: availability is compared over the week containing it. */
export function referenceDateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
