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

/**
 * The pool queries' payloads: records separated by U+001E, fields by U+001F (ids, codes and time
 * zones never contain them).
 * - `profiles`: one record per volunteer who can be matched: id, languages joined by commas,
 *   seniority, capacity, time zone, load, completed pairings, mean satisfaction or empty;
 * - `skills`: volunteer id, skill code, stored level;
 * - `sectors`: volunteer id, sector code;
 * - `slots`: volunteer id, ISO weekday, start minute, end minute;
 * - `lists`: volunteer id, list name (optOut, conflict, interest, identity), entry (an opt-out is
 *   `KIND:value`).
 * Entries of volunteers absent from `profiles` are ignored. The candidate page's screen names the
 * volunteer of `skills`, `sectors`, `slots` and `lists` records by position in `profiles` (0-based)
 * instead of by id (`parseVolunteerPayloads`' `keys: "position"`).
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

/**
 * Calls `visit` with the start of each record and the position of each of its first `fields`
 * separators (−1 when missing), without splitting the payload into arrays: with tens of thousands
 * of volunteers, the garbage of `split` cost more than the queries.
 */
function scanRecords(payload: string, fields: number, visit: (start: number, end: number, cuts: Int32Array) => void): void {
  const cuts = new Int32Array(fields);
  let start = 0;
  const length = payload.length;
  while (start < length) {
    let end = payload.indexOf(RECORD, start);
    if (end < 0) end = length;
    let at = start;
    for (let f = 0; f < fields; f++) {
      const cut = at <= end ? payload.indexOf(FIELD, at) : -1;
      cuts[f] = cut >= 0 && cut < end ? cut : -1;
      at = cuts[f]! >= 0 ? cuts[f]! + 1 : end + 1;
    }
    visit(start, end, cuts);
    start = end + 1;
  }
}

/** Text of field `k` of a record (0-based), given its separators. */
function field(payload: string, start: number, end: number, cuts: Int32Array, k: number): string {
  const from = k === 0 ? start : (cuts[k - 1] ?? -1) + 1;
  if (k > 0 && (cuts[k - 1] ?? -1) < 0) return "";
  const to = k < cuts.length && (cuts[k] ?? -1) >= 0 ? cuts[k]! : end;
  return payload.slice(from, to);
}

/**
 * `Number(field(...))` without the substring when the field is plain decimal digits (what the
 * queries send for ids' positions, weekdays, minutes and levels); anything else goes through
 * `Number` so the result is the same.
 */
function numberField(payload: string, start: number, end: number, cuts: Int32Array, k: number): number {
  if (k > 0 && (cuts[k - 1] ?? -1) < 0) return 0;
  const from = k === 0 ? start : (cuts[k - 1] ?? -1) + 1;
  const to = k < cuts.length && (cuts[k] ?? -1) >= 0 ? cuts[k]! : end;
  if (to - from > 9 || to === from) return Number(payload.slice(from, to));
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = payload.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number(payload.slice(from, to));
    value = value * 10 + digit;
  }
  return value;
}

interface MutableVolunteer {
  id: string;
  languages: string[];
  skills: { code: string; level: SkillLevel }[];
  sectors: string[];
  seniorityYears: number;
  availability: WeeklySlot[];
  timeZone: string;
  capacity: number;
  activePairings: number;
  optOuts: { needTypes: string[]; sectors: string[]; organisationIds: string[] };
  conflictOrganisationIds: string[];
  selfIdentification: { consented: true; tags: string[] } | null;
  interestedNeedIds: string[];
  pastOutcomes: { completedPairings: number; meanSatisfaction: number | null };
}

function skillLevel(value: number): SkillLevel {
  return value >= 3 ? 3 : value <= 1 ? 1 : 2;
}

export interface ParsePayloadsOptions {
  /**
   * How records other than profiles name their volunteer: by id (the default), or by position in
   * `profiles` (0-based), which the candidate page's screen sends to save bytes and lookups.
   */
  keys?: "id" | "position";
}

/** The engine's inputs from the pool queries' payloads, in the order of `profiles`. */
export function parseVolunteerPayloads(payloads: VolunteerPayloads, options: ParsePayloadsOptions = {}): VolunteerInput[] {
  const byId = new Map<string, MutableVolunteer>();
  const result: MutableVolunteer[] = [];
  const byPosition = options.keys === "position";
  /** The volunteer a record belongs to (field 0), or undefined when it is not in `profiles`. */
  const owner = (payload: string, start: number, end: number, cuts: Int32Array): MutableVolunteer | undefined => {
    if (!byPosition) return byId.get(field(payload, start, end, cuts, 0));
    const position = numberField(payload, start, end, cuts, 0);
    return Number.isInteger(position) && position >= 0 && position < result.length ? result[position] : undefined;
  };
  const p = payloads.profiles;
  scanRecords(p, 7, (start, end, cuts) => {
    const satisfactionText = field(p, start, end, cuts, 7);
    const satisfaction = satisfactionText ? Number(satisfactionText) : Number.NaN;
    const languages = field(p, start, end, cuts, 1);
    const volunteer: MutableVolunteer = {
      id: field(p, start, end, cuts, 0),
      languages: languages ? languages.split(",") : [],
      skills: [],
      sectors: [],
      seniorityYears: numberField(p, start, end, cuts, 2) || 0,
      availability: [],
      timeZone: field(p, start, end, cuts, 4) || "UTC",
      capacity: numberField(p, start, end, cuts, 3) || 0,
      activePairings: numberField(p, start, end, cuts, 5) || 0,
      optOuts: { needTypes: [], sectors: [], organisationIds: [] },
      conflictOrganisationIds: [],
      selfIdentification: null,
      interestedNeedIds: [],
      pastOutcomes: { completedPairings: numberField(p, start, end, cuts, 6) || 0, meanSatisfaction: Number.isFinite(satisfaction) ? satisfaction : null },
    };
    if (!byPosition) byId.set(volunteer.id, volunteer);
    result.push(volunteer);
  });

  const s = payloads.skills;
  scanRecords(s, 2, (start, end, cuts) => {
    owner(s, start, end, cuts)?.skills.push({ code: field(s, start, end, cuts, 1), level: skillLevel(numberField(s, start, end, cuts, 2)) });
  });
  const c = payloads.sectors;
  scanRecords(c, 1, (start, end, cuts) => {
    owner(c, start, end, cuts)?.sectors.push(field(c, start, end, cuts, 1));
  });
  const a = payloads.slots;
  scanRecords(a, 3, (start, end, cuts) => {
    const volunteer = owner(a, start, end, cuts);
    if (!volunteer) return;
    const weekday = isoToEngineWeekday(numberField(a, start, end, cuts, 1));
    const startMinute = numberField(a, start, end, cuts, 2);
    const endMinute = numberField(a, start, end, cuts, 3);
    if (weekday === null || !(startMinute >= 0) || !(endMinute <= 1440) || !(startMinute < endMinute)) return;
    volunteer.availability.push({ weekday, startMinute, endMinute });
  });
  const l = payloads.lists;
  scanRecords(l, 2, (start, end, cuts) => {
    const volunteer = owner(l, start, end, cuts);
    if (!volunteer) return;
    const list = field(l, start, end, cuts, 1);
    const value = field(l, start, end, cuts, 2);
    if (list === "optOut") {
      const at = value.indexOf(":");
      const kind = value.slice(0, at);
      const target = value.slice(at + 1);
      if (kind === "NEED_TYPE") volunteer.optOuts.needTypes.push(target);
      else if (kind === "SECTOR") volunteer.optOuts.sectors.push(target);
      else if (kind === "ORGANISATION") volunteer.optOuts.organisationIds.push(target);
    } else if (list === "conflict") volunteer.conflictOrganisationIds.push(value);
    else if (list === "interest") volunteer.interestedNeedIds.push(value);
    else if (list === "identity") (volunteer.selfIdentification ??= { consented: true, tags: [] }).tags.push(value);
  });
  return result;
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
