import { z } from "zod";

/**
 * The content of one shared strategy document, stored as JSON with one key per section.
 *
 * The structure follows the nonprofit social-media workbook: mission, up to three objectives,
 * the pitch, culture and tone, audience personas, platform choice, the eight content
 * practices, resources on a passive-to-active scale, and a content plan.
 *
 * Every validation message is a message key of the `strategy` catalogue (never prose), so the
 * app can show it in the reader's language. Schemas are strict about shape (every field is
 * required) because saves are per section: a client that forgot a field must be rejected,
 * not have that field silently replaced by a blank.
 */

/** Message keys used as zod issue messages. All exist in messages/{en,fr}/strategy.json. */
export const VALIDATION_KEYS = {
  invalid: "strategy.validation.invalid",
  tooLong: "strategy.validation.tooLong",
  tooMany: "strategy.validation.tooMany",
  tooLow: "strategy.validation.tooLow",
  tooHigh: "strategy.validation.tooHigh",
  notWholeNumber: "strategy.validation.notWholeNumber",
  invalidDate: "strategy.validation.invalidDate",
  invalidChoice: "strategy.validation.invalidChoice",
  invalidId: "strategy.validation.invalidId",
  duplicateId: "strategy.validation.duplicateId",
  duplicatePlatform: "strategy.validation.duplicatePlatform",
  duplicateAdjective: "strategy.validation.duplicateAdjective",
  emptyAdjective: "strategy.validation.emptyAdjective",
} as const;

/** Length and count limits. Generous for real use, small enough to keep a document a few hundred KB at most. */
export const LIMITS = {
  /** Names, roles, ages, owners, platform names: one line. */
  shortText: 200,
  /** Most answers: a paragraph or two. */
  text: 2000,
  /** The few answers that may run longer (mission statement approach, successes, notes). */
  longText: 5000,
  adjectives: 12,
  adjectiveLength: 60,
  objectives: 3,
  personas: 12,
  platforms: 12,
  resources: 20,
  contentPlanItems: 200,
  itemIdLength: 64,
  weeklyHoursMax: 80,
  postsPerWeekMax: 200,
} as const;

/** Platform codes offered in the platform-choice and content-plan sections, in display order. */
export const PLATFORM_CODES = [
  "facebook",
  "x",
  "linkedin",
  "instagram",
  "pinterest",
  "snapchat",
  "tiktok",
  "youtube",
  "other",
] as const;
export type PlatformCode = (typeof PLATFORM_CODES)[number];

/** The workbook's eight content practices, in the workbook's order. */
export const PRACTICE_CODES = [
  "usePhotos",
  "collaborate",
  "shortAndPersonal",
  "stayPositive",
  "audienceFirst",
  "encourageEngagement",
  "useTheNews",
  "borrowNetworks",
] as const;
export type PracticeCode = (typeof PRACTICE_CODES)[number];

export const CONTENT_STATUSES = ["planned", "in_progress", "published"] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** The passive-to-active scale: 1 = curating others' content, 5 = producing original content. */
export const RESOURCE_LEVELS = [1, 2, 3, 4, 5] as const;
export type ResourceLevel = (typeof RESOURCE_LEVELS)[number];

/** Sections in display order (the workbook's order). */
export const SECTION_KEYS = [
  "mission",
  "objectives",
  "pitch",
  "culture",
  "personas",
  "platforms",
  "practices",
  "resources",
  "contentPlan",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

// ---------- building blocks ----------

function text(max: number) {
  return z.string({ error: VALIDATION_KEYS.invalid }).max(max, { error: VALIDATION_KEYS.tooLong });
}

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: VALIDATION_KEYS.invalidChoice });
}

/**
 * List items carry a stable id chosen by the client (e.g. crypto.randomUUID()). Ids let the
 * history page say "persona Lina changed" instead of "item 2 changed" after a reorder, and
 * let the content plan point at an objective that keeps its identity when others are removed.
 */
const itemId = z
  .string({ error: VALIDATION_KEYS.invalidId })
  .min(1, { error: VALIDATION_KEYS.invalidId })
  .max(LIMITS.itemIdLength, { error: VALIDATION_KEYS.invalidId })
  .regex(/^[A-Za-z0-9_-]+$/, { error: VALIDATION_KEYS.invalidId });

function list<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  return z
    .array(item, { error: VALIDATION_KEYS.invalid })
    .max(max, { error: VALIDATION_KEYS.tooMany })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({ code: "custom", message: VALIDATION_KEYS.duplicateId, path: [index, "id"] });
        }
        seen.add(entry.id);
      });
    });
}

/** A nullable number with range checks; null means "not decided yet". */
function optionalNumber(options: { max: number; integer: boolean }) {
  let schema = z
    .number({ error: VALIDATION_KEYS.invalid })
    .min(0, { error: VALIDATION_KEYS.tooLow })
    .max(options.max, { error: VALIDATION_KEYS.tooHigh });
  if (options.integer) schema = schema.int({ error: VALIDATION_KEYS.notWholeNumber });
  return schema.nullable();
}

function objectOf<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object(shape, { error: VALIDATION_KEYS.invalid });
}

// ---------- sections ----------

export const missionSchema = objectOf({
  /** "The mission of our organisation is to…" */
  statement: text(LIMITS.text),
  /** "We do this through…" */
  approach: text(LIMITS.longText),
  /** "Our social-media strategy will support this by…" — the workbook's bridge to the objectives. */
  socialMediaRole: text(LIMITS.text),
});

export const objectiveSchema = objectOf({
  id: itemId,
  objective: text(LIMITS.text),
  missionLink: text(LIMITS.text),
  pitfalls: text(LIMITS.text),
});

export const objectivesSchema = list(objectiveSchema, LIMITS.objectives);

export const pitchSchema = objectOf({
  whatWeDo: text(LIMITS.text),
  problem: text(LIMITS.text),
  solution: text(LIMITS.text),
  credibility: text(LIMITS.text),
  unique: text(LIMITS.text),
  whoWeAre: text(LIMITS.longText),
  successes: text(LIMITS.longText),
  values: text(LIMITS.text),
});

export const cultureSchema = objectOf({
  adjectives: z
    .array(
      text(LIMITS.adjectiveLength).refine((value) => value.trim().length > 0, {
        error: VALIDATION_KEYS.emptyAdjective,
      }),
      { error: VALIDATION_KEYS.invalid },
    )
    .max(LIMITS.adjectives, { error: VALIDATION_KEYS.tooMany })
    .superRefine((adjectives, ctx) => {
      const seen = new Set<string>();
      adjectives.forEach((adjective, index) => {
        const normalised = adjective.trim().toLocaleLowerCase();
        if (seen.has(normalised)) {
          ctx.addIssue({ code: "custom", message: VALIDATION_KEYS.duplicateAdjective, path: [index] });
        }
        seen.add(normalised);
      });
    }),
  notes: text(LIMITS.longText),
});

export const personaSchema = objectOf({
  id: itemId,
  name: text(LIMITS.shortText),
  role: text(LIMITS.shortText),
  /** Free text: personas are imaginary and often an age range ("30–45"). */
  age: text(LIMITS.shortText),
  languages: text(LIMITS.shortText),
  /** Free text: personas also use e-mail, text messages, the radio… not only our platform codes. */
  platforms: text(LIMITS.text),
  concerns: text(LIMITS.text),
  vocabulary: text(LIMITS.text),
  other: text(LIMITS.text),
});

export const personasSchema = list(personaSchema, LIMITS.personas);

export const platformChoiceSchema = objectOf({
  id: itemId,
  platform: choice(PLATFORM_CODES),
  /** The platform's name when `platform` is "other"; ignored otherwise. */
  otherName: text(LIMITS.shortText),
  why: text(LIMITS.text),
  weeklyHours: optionalNumber({ max: LIMITS.weeklyHoursMax, integer: false }),
  postsPerWeek: optionalNumber({ max: LIMITS.postsPerWeekMax, integer: true }),
  audience: text(LIMITS.text),
  cost: text(LIMITS.text),
});

export const platformsSchema = list(platformChoiceSchema, LIMITS.platforms).superRefine((choices, ctx) => {
  // Choosing the same platform twice is always a slip; "other" may repeat (two different tools).
  const seen = new Set<PlatformCode>();
  choices.forEach((entry, index) => {
    if (entry.platform !== "other" && seen.has(entry.platform)) {
      ctx.addIssue({ code: "custom", message: VALIDATION_KEYS.duplicatePlatform, path: [index, "platform"] });
    }
    seen.add(entry.platform);
  });
});

export const practiceSchema = objectOf({
  done: z.boolean({ error: VALIDATION_KEYS.invalid }),
  note: text(LIMITS.text),
});

// Built from PRACTICE_CODES so a ninth practice cannot be added in one place and forgotten in the other.
const practiceShape = Object.fromEntries(PRACTICE_CODES.map((code) => [code, practiceSchema])) as {
  [K in PracticeCode]: typeof practiceSchema;
};
export const practicesSchema = objectOf(practiceShape);

export const resourceSchema = objectOf({
  id: itemId,
  /** What the resource or activity is: a person's hours, a budget, a curation routine, a blog… */
  name: text(LIMITS.shortText),
  /** Where it sits on the passive (1) to active (5) scale; null until placed. */
  level: z.literal(RESOURCE_LEVELS, { error: VALIDATION_KEYS.invalidChoice }).nullable(),
  notes: text(LIMITS.text),
});

export const resourcesSchema = list(resourceSchema, LIMITS.resources);

export const contentPlanItemSchema = objectOf({
  id: itemId,
  /** What will be published (a post, a short campaign, a video…). */
  item: text(LIMITS.text),
  platform: choice(PLATFORM_CODES).nullable(),
  audience: text(LIMITS.shortText),
  /** The id of an item of the objectives section, or null. An id rather than an index so that
   *  removing objective 1 does not silently re-point plan items at what used to be objective 2. */
  objectiveId: itemId.nullable(),
  /** Calendar date, ISO "YYYY-MM-DD", or null when not scheduled yet. */
  date: z.iso.date({ error: VALIDATION_KEYS.invalidDate }).nullable(),
  owner: text(LIMITS.shortText),
  status: choice(CONTENT_STATUSES),
});

export const contentPlanSchema = list(contentPlanItemSchema, LIMITS.contentPlanItems);

/** One schema per section, for validating a per-section save. */
export const sectionSchemas = {
  mission: missionSchema,
  objectives: objectivesSchema,
  pitch: pitchSchema,
  culture: cultureSchema,
  personas: personasSchema,
  platforms: platformsSchema,
  practices: practicesSchema,
  resources: resourcesSchema,
  contentPlan: contentPlanSchema,
} as const;

export const strategyContentSchema = objectOf(sectionSchemas);

export type Mission = z.infer<typeof missionSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Pitch = z.infer<typeof pitchSchema>;
export type Culture = z.infer<typeof cultureSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type PlatformChoice = z.infer<typeof platformChoiceSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type Practices = z.infer<typeof practicesSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type ContentPlanItem = z.infer<typeof contentPlanItemSchema>;
export type StrategyContent = z.infer<typeof strategyContentSchema>;
export type SectionValue<K extends SectionKey> = StrategyContent[K];

export type SectionParseResult<K extends SectionKey> =
  | { ok: true; section: K; value: SectionValue<K> }
  | { ok: false; section: K; issues: readonly z.core.$ZodIssue[] };

/** Validate the value of one section, e.g. the body of a per-section save. */
export function parseSection<K extends SectionKey>(section: K, value: unknown): SectionParseResult<K> {
  const schema: z.ZodType<SectionValue<K>> = sectionSchemas[section] as unknown as z.ZodType<SectionValue<K>>;
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, section, value: result.data };
  return { ok: false, section, issues: result.error.issues };
}

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === "string" && (SECTION_KEYS as readonly string[]).includes(value);
}
