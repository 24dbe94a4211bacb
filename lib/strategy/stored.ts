// Reading strategy sections back from the database. Sections are stored as JSON; what comes back
// is validated again so that a row written by an older version of the schema can never crash a
// page — it reads as the empty section instead (and the history still holds the original).
import { emptyStrategy } from "./empty";
import { parseSection, SECTION_KEYS, type SectionKey, type SectionValue, type StrategyContent } from "./schema";

export function readStoredSection<K extends SectionKey>(section: K, json: unknown): SectionValue<K> {
  const parsed = parseSection(section, json);
  return parsed.ok ? parsed.value : emptyStrategy()[section];
}

/** A whole document from its stored sections (missing sections read as empty). */
export function readStoredDocument(sections: readonly { key: string; content: unknown }[]): StrategyContent {
  const content = emptyStrategy();
  const byKey = new Map(sections.map((s) => [s.key, s.content]));
  for (const key of SECTION_KEYS) {
    if (byKey.has(key)) Object.assign(content, { [key]: readStoredSection(key, byKey.get(key)) });
  }
  return content;
}

export interface RevisionPoint {
  id: string;
  sectionKey: string;
  content: unknown;
}

/**
 * The document as it stood right after each revision, for the history's diff. `revisions` must be
 * oldest first; each revision replaces its section. Returns one state per revision id.
 */
export function documentStatesAfter(revisions: readonly RevisionPoint[]): Map<string, StrategyContent> {
  const states = new Map<string, StrategyContent>();
  let current = emptyStrategy();
  for (const revision of revisions) {
    if (!(SECTION_KEYS as readonly string[]).includes(revision.sectionKey)) continue;
    const key = revision.sectionKey as SectionKey;
    current = { ...current, [key]: readStoredSection(key, revision.content) };
    states.set(revision.id, current);
  }
  return states;
}
