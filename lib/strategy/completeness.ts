import { SECTION_FIELDS, SECTION_SHAPES, type FieldDescriptor } from "./fields";
import { isPlainObject } from "./json";
import { PRACTICE_CODES, SECTION_KEYS, type SectionKey, type StrategyContent } from "./schema";

/**
 * What counts as "filled", shared by the export (which marks unfilled sections) and the
 * editor's progress indicator. Whitespace-only text is empty; a content-plan item's default
 * status alone does not make it filled.
 */

/** Fields whose value is a default chosen for the person, not something they wrote. */
const DEFAULTED_FIELDS = new Set(["status"]);

export function isFieldFilled(descriptor: FieldDescriptor, value: unknown): boolean {
  if (DEFAULTED_FIELDS.has(descriptor.field)) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.some((entry) => typeof entry === "string" && entry.trim().length > 0);
  if (typeof value === "boolean") return value;
  return typeof value === "number";
}

function isRecordFilled(section: SectionKey, record: unknown): boolean {
  if (!isPlainObject(record)) return false;
  return SECTION_FIELDS[section].some((descriptor) => isFieldFilled(descriptor, record[descriptor.field]));
}

/** A list item is filled when any of its fields other than its defaults is. */
export function isItemFilled(section: SectionKey, item: unknown): boolean {
  return isRecordFilled(section, item);
}

export function isSectionFilled<K extends SectionKey>(section: K, sectionValue: StrategyContent[K]): boolean {
  // Walked generically through SECTION_FIELDS, so read as plain JSON.
  const value: unknown = sectionValue;
  switch (SECTION_SHAPES[section]) {
    case "single":
      return isRecordFilled(section, value);
    case "checklist":
      return isPlainObject(value) && PRACTICE_CODES.some((code) => isRecordFilled(section, value[code]));
    case "list":
      return Array.isArray(value) && value.some((item) => isRecordFilled(section, item));
  }
}

export interface StrategyCompletion {
  filled: SectionKey[];
  empty: SectionKey[];
  /** 0–100, whole sections only. */
  percent: number;
}

export function strategyCompletion(content: StrategyContent): StrategyCompletion {
  const filled = SECTION_KEYS.filter((section) => isSectionFilled(section, content[section]));
  const empty = SECTION_KEYS.filter((section) => !filled.includes(section));
  return { filled, empty, percent: Math.round((filled.length / SECTION_KEYS.length) * 100) };
}
