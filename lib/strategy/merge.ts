import { isIdentifiedList, isPlainObject, jsonEqual } from "./json";
import { parseSection, type SectionKey } from "./schema";

/**
 * Conflict-safe saving, the pure part. Each save sends one section together with the version of
 * the section it was edited from (`base`). The server reads the section as it is now (`theirs`)
 * and asks this function what to do. Nothing is ever silently overwritten: when both sides
 * changed the section differently, the caller gets both versions to show side by side.
 */

export interface ConflictPoint {
  /**
   * Where inside the section the two edits collide. For mission/pitch/culture: [field]; for the
   * practices checklist: [practiceCode, field]; for list sections: [itemId, field], [itemId]
   * when one side deleted an item the other edited, or ["#order"] when both reordered the list.
   */
  path: string[];
  reason: "bothChanged" | "removedAndChanged" | "bothReordered";
}

export type SectionMergeResult<T> =
  /** Nobody else saved since `base`: store `value` (= mine). */
  | { outcome: "saveMine"; value: T }
  /** Mine is identical to `base`: nothing to store; `value` is the current stored version. */
  | { outcome: "nothingToSave"; value: T }
  /** Someone else already saved exactly what I saved: nothing to store. */
  | { outcome: "alreadySaved"; value: T }
  /**
   * Both changed the section since `base`, differently. Show `mine` and `theirs` side by side.
   * `points` says where they collide. `combined` is a merge of both edits when they touch
   * different fields or items (a suggestion the person can accept with one click), or null when
   * they collide or when the combination would not be a valid section.
   */
  | { outcome: "conflict"; base: T; mine: T; theirs: T; points: ConflictPoint[]; combined: T | null };

export interface MergeSectionSaveOptions<T> {
  base: T;
  mine: T;
  theirs: T;
  /** When given, `combined` is validated against this section's schema and dropped if invalid
   *  (e.g. both sides added an objective and there would now be four). */
  section?: SectionKey;
}

export function mergeSectionSave<T>({ base, mine, theirs, section }: MergeSectionSaveOptions<T>): SectionMergeResult<T> {
  if (jsonEqual(mine, base)) return { outcome: "nothingToSave", value: theirs };
  if (jsonEqual(theirs, base)) return { outcome: "saveMine", value: mine };
  if (jsonEqual(mine, theirs)) return { outcome: "alreadySaved", value: theirs };

  const points: ConflictPoint[] = [];
  const merged = mergeValue(base, mine, theirs, [], points);
  let combined: T | null = points.length === 0 ? (merged as T) : null;
  if (combined !== null && section !== undefined && !parseSection(section, combined).ok) combined = null;
  return { outcome: "conflict", base, mine, theirs, points, combined };
}

/** Three-way merge of one value; records collisions in `points` and returns a best effort value. */
function mergeValue(base: unknown, mine: unknown, theirs: unknown, path: string[], points: ConflictPoint[]): unknown {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base)) return mine;
  if (jsonEqual(mine, theirs)) return mine;
  if (isIdentifiedList(base) && isIdentifiedList(mine) && isIdentifiedList(theirs)) {
    return mergeLists(base, mine, theirs, path, points);
  }
  if (isPlainObject(base) && isPlainObject(mine) && isPlainObject(theirs)) {
    const result: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
    for (const key of keys) {
      result[key] = mergeValue(base[key], mine[key], theirs[key], [...path, key], points);
    }
    return result;
  }
  points.push({ path, reason: "bothChanged" });
  return mine;
}

type Item = Record<string, unknown> & { id: string };

function mergeLists(base: Item[], mine: Item[], theirs: Item[], path: string[], points: ConflictPoint[]): Item[] {
  const byId = (items: Item[]) => new Map(items.map((item) => [item.id, item]));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);

  // Items present in base: keep, drop, or merge field by field.
  const kept = new Map<string, Item>();
  for (const baseItem of base) {
    const mineItem = mineById.get(baseItem.id);
    const theirsItem = theirsById.get(baseItem.id);
    if (mineItem === undefined && theirsItem === undefined) continue;
    if (mineItem === undefined || theirsItem === undefined) {
      // One side deleted the item. Fine unless the other side edited it meanwhile.
      const survivor = mineItem ?? theirsItem;
      if (!jsonEqual(survivor, baseItem)) {
        points.push({ path: [...path, baseItem.id], reason: "removedAndChanged" });
        if (survivor !== undefined) kept.set(baseItem.id, survivor);
      }
      continue;
    }
    kept.set(baseItem.id, mergeValue(baseItem, mineItem, theirsItem, [...path, baseItem.id], points) as Item);
  }

  // Order of the surviving base items: whoever reordered wins; both reordering differently collides.
  const keptIds = (items: Item[]) => items.map((item) => item.id).filter((id) => kept.has(id));
  const baseOrder = keptIds(base);
  const mineOrder = keptIds(mine);
  const theirsOrder = keptIds(theirs);
  const mineReordered = !jsonEqual(mineOrder, baseOrder);
  const theirsReordered = !jsonEqual(theirsOrder, baseOrder);
  if (mineReordered && theirsReordered && !jsonEqual(mineOrder, theirsOrder)) {
    points.push({ path: [...path, "#order"], reason: "bothReordered" });
  }
  const order = mineReordered ? mineOrder : theirsOrder;

  // New items: theirs first (already stored), then mine.
  const result: Item[] = order.flatMap((id) => {
    const item = kept.get(id);
    return item === undefined ? [] : [item];
  });
  for (const item of theirs) {
    if (!baseById.has(item.id)) result.push(item);
  }
  for (const item of mine) {
    if (baseById.has(item.id)) continue;
    const theirsItem = theirsById.get(item.id);
    if (theirsItem === undefined) result.push(item);
    else if (!jsonEqual(theirsItem, item)) points.push({ path: [...path, item.id], reason: "bothChanged" });
  }
  return result;
}
