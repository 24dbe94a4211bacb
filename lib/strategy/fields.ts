import {
  CONTENT_STATUSES,
  LIMITS,
  PLATFORM_CODES,
  PRACTICE_CODES,
  type ContentStatus,
  type PlatformCode,
  type PracticeCode,
  type ResourceLevel,
  type SectionKey,
} from "./schema";

/**
 * A description of every editable field, so the editor, the Markdown export, the history diff
 * and the completeness meter all walk the same list in the same order, and so a test can check
 * that every label, help text and example exists in both catalogues.
 */

export type FieldKind =
  /** One line of free text. */
  | "shortText"
  /** A paragraph or more of free text. */
  | "text"
  /** A list of short words (tone adjectives). */
  | "tags"
  /** A number or null. */
  | "number"
  | "boolean"
  /** One of PLATFORM_CODES (label: strategy.platforms.<code>). */
  | "platform"
  /** One of CONTENT_STATUSES (label: strategy.contentStatus.<status>). */
  | "status"
  /** 1–5 on the passive-to-active scale (label: strategy.resourceLevels.<n>.label). */
  | "level"
  /** The id of an objective of the same document. */
  | "objectiveRef"
  /** ISO calendar date "YYYY-MM-DD". */
  | "date";

export interface FieldDescriptor {
  field: string;
  kind: FieldKind;
  /** Maximum length for text kinds (characters; per tag for "tags"). */
  maxLength?: number;
  /** Whether strategy.fields.<section>.<field>.example exists (free-text fields only). */
  hasExample: boolean;
}

/** How a section stores its value: one object, a list of items with ids, or the practice checklist. */
export type SectionShape = "single" | "list" | "checklist";

export const SECTION_SHAPES: { readonly [K in SectionKey]: SectionShape } = {
  mission: "single",
  objectives: "list",
  pitch: "single",
  culture: "single",
  personas: "list",
  platforms: "list",
  practices: "checklist",
  resources: "list",
  contentPlan: "list",
};

const short = (field: string): FieldDescriptor => ({ field, kind: "shortText", maxLength: LIMITS.shortText, hasExample: true });
const para = (field: string, maxLength: number = LIMITS.text): FieldDescriptor => ({ field, kind: "text", maxLength, hasExample: true });
const pick = (field: string, kind: FieldKind): FieldDescriptor => ({ field, kind, hasExample: false });

/** Editable fields per section, in display order. List items' `id` is not a field. For practices,
 *  the fields are those of each of the eight practice entries. */
export const SECTION_FIELDS: { readonly [K in SectionKey]: readonly FieldDescriptor[] } = {
  mission: [para("statement"), para("approach", LIMITS.longText), para("socialMediaRole")],
  objectives: [para("objective"), para("missionLink"), para("pitfalls")],
  pitch: [
    para("whatWeDo"),
    para("problem"),
    para("solution"),
    para("credibility"),
    para("unique"),
    para("whoWeAre", LIMITS.longText),
    para("successes", LIMITS.longText),
    para("values"),
  ],
  culture: [
    { field: "adjectives", kind: "tags", maxLength: LIMITS.adjectiveLength, hasExample: true },
    para("notes", LIMITS.longText),
  ],
  personas: [
    short("name"),
    short("role"),
    short("age"),
    short("languages"),
    para("platforms"),
    para("concerns"),
    para("vocabulary"),
    para("other"),
  ],
  platforms: [
    pick("platform", "platform"),
    short("otherName"),
    para("why"),
    { field: "weeklyHours", kind: "number", hasExample: true },
    { field: "postsPerWeek", kind: "number", hasExample: true },
    para("audience"),
    para("cost"),
  ],
  practices: [pick("done", "boolean"), para("note")],
  resources: [short("name"), pick("level", "level"), para("notes")],
  contentPlan: [
    para("item"),
    pick("platform", "platform"),
    short("audience"),
    pick("objectiveId", "objectiveRef"),
    pick("date", "date"),
    short("owner"),
    pick("status", "status"),
  ],
};

/** The field whose value names a list item (in headings, history entries, pickers). */
export const LIST_TITLE_FIELD = {
  objectives: "objective",
  personas: "name",
  platforms: "platform",
  resources: "name",
  contentPlan: "item",
} as const satisfies Partial<Record<SectionKey, string>>;

// ---------- message keys ----------

export const sectionTitleKey = (section: SectionKey) => `strategy.sections.${section}.title`;
export const sectionGuidanceKey = (section: SectionKey) => `strategy.sections.${section}.guidance`;
export const sectionExampleKey = (section: SectionKey) => `strategy.sections.${section}.example`;

export const fieldLabelKey = (section: SectionKey, field: string) => `strategy.fields.${section}.${field}.label`;
export const fieldHelpKey = (section: SectionKey, field: string) => `strategy.fields.${section}.${field}.help`;
export const fieldExampleKey = (section: SectionKey, field: string) => `strategy.fields.${section}.${field}.example`;

export const platformNameKey = (platform: PlatformCode) => `strategy.platforms.${platform}`;
export const contentStatusKey = (status: ContentStatus) => `strategy.contentStatus.${status}`;
export const practiceNameKey = (practice: PracticeCode) => `strategy.practices.${practice}.name`;
export const practiceDescriptionKey = (practice: PracticeCode) => `strategy.practices.${practice}.description`;
export const resourceLevelLabelKey = (level: ResourceLevel) => `strategy.resourceLevels.${level}.label`;
export const resourceLevelDescriptionKey = (level: ResourceLevel) => `strategy.resourceLevels.${level}.description`;

/** The workbook's common pitfalls, offered as suggestions next to each objective. */
export const PITFALL_CODES = [
  "allAboutDonations",
  "tooBroad",
  "silverBullet",
  "treatedLikeAds",
  "personalAccountHabits",
] as const;
export const pitfallKey = (code: (typeof PITFALL_CODES)[number]) => `strategy.pitfalls.${code}`;

/** The workbook's list of objective ideas, offered as inspiration in the objectives section. */
export const OBJECTIVE_IDEA_CODES = [
  "raiseDonations",
  "recruitVolunteers",
  "explainIssues",
  "buildCommunityTies",
  "showActivities",
  "showImpact",
  "reachSpecificGroups",
  "joinNetworks",
  "testIdeas",
  "evaluateActivities",
  "recruitStaff",
  "documentProjects",
  "replaceWebsite",
  "sellProducts",
  "promoteEvents",
  "mobiliseCitizens",
] as const;
export const objectiveIdeaKey = (code: (typeof OBJECTIVE_IDEA_CODES)[number]) => `strategy.objectiveIdeas.${code}`;

/** Audience groups the workbook suggests thinking about before writing personas. */
export const AUDIENCE_GROUP_CODES = ["donors", "partners", "members", "volunteers", "media"] as const;
export const audienceGroupKey = (code: (typeof AUDIENCE_GROUP_CODES)[number]) => `strategy.audienceGroups.${code}`;

/** The workbook's general advice on choosing platforms. */
export const PLATFORM_TIP_CODES = ["fewerDoneWell", "consistentName", "differentContent", "platformsYouEnjoy"] as const;
export const platformTipKey = (code: (typeof PLATFORM_TIP_CODES)[number]) => `strategy.platformTips.${code}`;

/** Every key this module's code can produce or point to, for the catalogue completeness test. */
export function allReferencedKeys(): string[] {
  const keys: string[] = [];
  for (const section of Object.keys(SECTION_FIELDS) as SectionKey[]) {
    keys.push(sectionTitleKey(section), sectionGuidanceKey(section), sectionExampleKey(section));
    for (const descriptor of SECTION_FIELDS[section]) {
      keys.push(fieldLabelKey(section, descriptor.field), fieldHelpKey(section, descriptor.field));
      if (descriptor.hasExample) keys.push(fieldExampleKey(section, descriptor.field));
    }
  }
  for (const platform of PLATFORM_CODES) keys.push(platformNameKey(platform));
  for (const status of CONTENT_STATUSES) keys.push(contentStatusKey(status));
  for (const practice of PRACTICE_CODES) keys.push(practiceNameKey(practice), practiceDescriptionKey(practice));
  for (const level of [1, 2, 3, 4, 5] as const) keys.push(resourceLevelLabelKey(level), resourceLevelDescriptionKey(level));
  keys.push(...PITFALL_CODES.map(pitfallKey));
  keys.push(...OBJECTIVE_IDEA_CODES.map(objectiveIdeaKey));
  keys.push(...AUDIENCE_GROUP_CODES.map(audienceGroupKey));
  keys.push(...PLATFORM_TIP_CODES.map(platformTipKey));
  return keys;
}
