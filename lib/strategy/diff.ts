import { diffWords } from "diff";

import { LIST_TITLE_FIELD, SECTION_FIELDS, SECTION_SHAPES, type FieldDescriptor } from "./fields";
import { isPlainObject, jsonEqual } from "./json";
import { PRACTICE_CODES, SECTION_KEYS, type PracticeCode, type SectionKey, type StrategyContent } from "./schema";

/**
 * Readable differences between two revisions of a strategy document, for the history page:
 * per section, per item (matched by id, so a reorder is not mistaken for edits), per field,
 * with a word-level diff for text that was edited rather than added or cleared.
 */

export type FieldValue = string | number | boolean | null | string[];

/** One run of a word diff; render removed runs struck through and added runs highlighted. */
export interface TextPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface FieldChange {
  field: string;
  /** added: was empty, now filled; removed: was filled, now empty; changed: otherwise. */
  kind: "added" | "removed" | "changed";
  before: FieldValue;
  after: FieldValue;
  /** Word-level diff, for text fields filled on both sides; null otherwise. When the text was
   *  rewritten almost entirely, a single removed part followed by a single added part. */
  words: TextPart[] | null;
  /** For the tone adjectives list: which words came and went; null for other fields. */
  tags: { added: string[]; removed: string[] } | null;
}

/** Identifies a list item in a change. `title` is the item's own text (a persona's name, an
 *  objective…), or a platform code when `titleIsPlatformCode` (render strategy.platforms.<code>). */
export interface ItemRef {
  id: string;
  /** Position in the newer revision (older one for a removed item), from 0. */
  index: number;
  title: string;
  titleIsPlatformCode: boolean;
}

export interface SectionChange {
  /** added/removed: a whole list item; changed: fields of the section, an item or a practice;
   *  reordered: the same items in a different order (no item or fields). */
  kind: "added" | "removed" | "changed" | "reordered";
  item: ItemRef | null;
  practice: PracticeCode | null;
  /** For an added (removed) item: its filled fields, as "added" ("removed"). */
  fields: FieldChange[];
}

export interface SectionDiff {
  section: SectionKey;
  changes: SectionChange[];
}

/** Differences from revision `a` (older) to revision `b` (newer); only sections that changed, in display order. */
export function diffRevisions(a: StrategyContent, b: StrategyContent): SectionDiff[] {
  const result: SectionDiff[] = [];
  for (const section of SECTION_KEYS) {
    const changes = diffSection(section, a[section], b[section]);
    if (changes.length > 0) result.push({ section, changes });
  }
  return result;
}

function diffSection(section: SectionKey, before: unknown, after: unknown): SectionChange[] {
  if (jsonEqual(before, after)) return [];
  const descriptors = SECTION_FIELDS[section];
  switch (SECTION_SHAPES[section]) {
    case "single": {
      const fields = diffFields(descriptors, asRecord(before), asRecord(after));
      return fields.length > 0 ? [{ kind: "changed", item: null, practice: null, fields }] : [];
    }
    case "checklist": {
      const changes: SectionChange[] = [];
      for (const practice of PRACTICE_CODES) {
        const fields = diffFields(descriptors, asRecord(asRecord(before)[practice]), asRecord(asRecord(after)[practice]));
        if (fields.length > 0) changes.push({ kind: "changed", item: null, practice, fields });
      }
      return changes;
    }
    case "list":
      return diffList(section as keyof typeof LIST_TITLE_FIELD, descriptors, asItems(before), asItems(after));
  }
}

type Item = Record<string, unknown> & { id: string };

function diffList(
  section: keyof typeof LIST_TITLE_FIELD,
  descriptors: readonly FieldDescriptor[],
  before: Item[],
  after: Item[],
): SectionChange[] {
  const titleField = LIST_TITLE_FIELD[section];
  const ref = (item: Item, index: number): ItemRef => ({
    id: item.id,
    index,
    title: typeof item[titleField] === "string" ? (item[titleField] as string) : "",
    titleIsPlatformCode: titleField === "platform",
  });
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changes: SectionChange[] = [];

  before.forEach((item, index) => {
    if (afterIds.has(item.id)) return;
    const fields = diffFields(descriptors, item, {}).map((change) => ({ ...change, kind: "removed" as const }));
    changes.push({ kind: "removed", item: ref(item, index), practice: null, fields });
  });
  after.forEach((item, index) => {
    const old = beforeById.get(item.id);
    if (old === undefined) {
      const fields = diffFields(descriptors, {}, item).map((change) => ({ ...change, kind: "added" as const }));
      changes.push({ kind: "added", item: ref(item, index), practice: null, fields });
      return;
    }
    const fields = diffFields(descriptors, old, item);
    if (fields.length > 0) changes.push({ kind: "changed", item: ref(item, index), practice: null, fields });
  });

  const commonBefore = before.map((item) => item.id).filter((id) => afterIds.has(id));
  const commonAfter = after.map((item) => item.id).filter((id) => beforeById.has(id));
  if (!jsonEqual(commonBefore, commonAfter)) changes.push({ kind: "reordered", item: null, practice: null, fields: [] });
  return changes;
}

function diffFields(descriptors: readonly FieldDescriptor[], before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const descriptor of descriptors) {
    const oldValue = toFieldValue(before[descriptor.field], descriptor);
    const newValue = toFieldValue(after[descriptor.field], descriptor);
    if (jsonEqual(oldValue, newValue)) continue;
    const wasEmpty = isEmptyValue(oldValue, descriptor);
    const isEmpty = isEmptyValue(newValue, descriptor);
    // A ticked or unticked box is a change of state, not content appearing or disappearing.
    const kind: FieldChange["kind"] =
      descriptor.kind === "boolean" ? "changed" : wasEmpty && !isEmpty ? "added" : !wasEmpty && isEmpty ? "removed" : "changed";
    const words =
      kind === "changed" && typeof oldValue === "string" && typeof newValue === "string" && isTextKind(descriptor)
        ? wordDiff(oldValue, newValue)
        : null;
    const tags =
      descriptor.kind === "tags" && Array.isArray(oldValue) && Array.isArray(newValue)
        ? { added: newValue.filter((tag) => !oldValue.includes(tag)), removed: oldValue.filter((tag) => !newValue.includes(tag)) }
        : null;
    changes.push({ field: descriptor.field, kind, before: oldValue, after: newValue, words, tags });
  }
  return changes;
}

/**
 * Past this many token edits a word diff stops being readable and gets expensive (Myers' diff
 * grows with the edit distance), so a text rewritten from scratch is shown as a plain
 * replacement. Keeps a 200-row content plan rewritten in full well under a second.
 */
const MAX_WORD_EDITS = 200;

function wordDiff(before: string, after: string): TextPart[] {
  const parts = diffWords(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (parts === undefined) {
    return [
      { value: before, added: false, removed: true },
      { value: after, added: true, removed: false },
    ];
  }
  return parts.map(({ value, added, removed }) => ({ value, added, removed }));
}

function isTextKind(descriptor: FieldDescriptor): boolean {
  return descriptor.kind === "text" || descriptor.kind === "shortText";
}

/** Missing values (a field absent from an added or removed item's other side) read as empty. */
function toFieldValue(value: unknown, descriptor: FieldDescriptor): FieldValue {
  if (descriptor.kind === "tags") return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string") : [];
  if (descriptor.kind === "boolean") return value === true;
  if (typeof value === "string" || typeof value === "number") return value;
  if (isTextKind(descriptor)) return "";
  return null;
}

function isEmptyValue(value: FieldValue, descriptor: FieldDescriptor): boolean {
  if (descriptor.kind === "boolean") return value === false;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "string") return value.trim().length === 0;
  return value === null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return isPlainObject(value) ? value : {};
}

function asItems(value: unknown): Item[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Item => isPlainObject(item) && typeof item.id === "string");
}
