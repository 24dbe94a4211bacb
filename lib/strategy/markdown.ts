import { isFieldFilled, isItemFilled, isSectionFilled } from "./completeness";
import {
  LIST_TITLE_FIELD,
  SECTION_FIELDS,
  contentStatusKey,
  fieldLabelKey,
  platformNameKey,
  practiceNameKey,
  resourceLevelLabelKey,
  sectionTitleKey,
  type FieldDescriptor,
} from "./fields";
import {
  PRACTICE_CODES,
  SECTION_KEYS,
  type ContentPlanItem,
  type Objective,
  type PlatformChoice,
  type SectionKey,
  type StrategyContent,
} from "./schema";

/**
 * Markdown export of a strategy document, for sharing or printing. Every filled field of every
 * section appears; sections with nothing filled are marked "not filled" (or left out). Text the
 * people wrote is escaped so that a stray "#", "*", "|" or "1." cannot turn into a heading, a
 * list or a broken table.
 */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface StrategyToMarkdownOptions {
  content: StrategyContent;
  title: string;
  translate: Translate;
  /** BCP 47 locale for numbers and dates, e.g. "fr-CA" or "en". */
  locale: string;
  /** What to do with sections where nothing is filled: mark them (default) or leave them out. */
  emptySections?: "mark" | "omit";
}

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
// or end inline markup, links, HTML, entities, tables or strikethrough anywhere in a line.
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&!{}]/g;

/** Escape one line of text for use anywhere inline (heading, table cell, paragraph line). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIALS, "\\$&");
}

/**
 * Escape a possibly multi-line text as a block: each line is escaped, leading indentation is
 * dropped (four spaces would start a code block), line starts that Markdown reads as a list,
 * quote, heading or thematic break are neutralised, and line breaks are kept as hard breaks.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => escapeLineStart(escapeMarkdownInline(line.trim())))
    .filter((line, index, lines) => line !== "" || (index > 0 && lines[index - 1] !== ""))
    .join("  \n")
    .replace(/( {2}\n)+$/, "");
}

function escapeLineStart(line: string): string {
  // "- item", "+ item", "= " / "---" (setext heading or rule), "1. item" / "1) item".
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, "$1\\$2");
}

/** One line of text for a heading or a table cell: whitespace (including newlines) collapsed. */
function escapeOneLine(text: string): string {
  return escapeLineStart(escapeMarkdownInline(text.replace(/\s+/g, " ").trim()));
}

export function strategyToMarkdown({
  content,
  title,
  translate,
  locale,
  emptySections = "mark",
}: StrategyToMarkdownOptions): string {
  const t = (key: string, params?: Record<string, string | number>) => escapeOneLine(translate(key, params));
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

  /** A field's value as Markdown, or null when not filled. */
  const renderValue = (descriptor: FieldDescriptor, value: unknown): string | null => {
    if (!isFieldFilled(descriptor, value) && descriptor.kind !== "status") return null;
    switch (descriptor.kind) {
      case "tags":
        return Array.isArray(value)
          ? value
              .filter((tag): tag is string => typeof tag === "string" && tag.trim() !== "")
              .map(escapeOneLine)
              .join(", ")
          : null;
      case "number":
        return typeof value === "number" ? numberFormat.format(value) : null;
      case "level":
        return typeof value === "number" && value >= 1 && value <= 5
          ? t("strategy.export.levelValue", {
              level: value,
              label: translate(resourceLevelLabelKey(value as 1 | 2 | 3 | 4 | 5)),
            })
          : null;
      case "date":
        return typeof value === "string" ? escapeOneLine(formatDate(value)) : null;
      case "platform":
        return typeof value === "string" ? t(platformNameKey(value as PlatformChoice["platform"])) : null;
      case "status":
        return typeof value === "string" ? t(contentStatusKey(value as ContentPlanItem["status"])) : null;
      case "objectiveRef":
        return typeof value === "string" ? objectiveLabel(value) : null;
      case "boolean":
        return t(value === true ? "strategy.export.yes" : "strategy.export.no");
      case "shortText":
      case "text":
        return typeof value === "string" ? escapeMarkdownBlock(value) : null;
    }
  };

  const objectiveLabel = (id: string): string => {
    const index = content.objectives.findIndex((objective: Objective) => objective.id === id);
    const objective = content.objectives[index];
    // Only the number: the objectives section, just above, holds the text; repeating it would
    // make every content-plan row several lines long.
    if (objective === undefined) return t("strategy.export.missingObjective");
    return t("strategy.export.objectiveNumber", { number: index + 1 });
  };

  /** Label/value blocks for every filled field of one record. */
  const renderFields = (section: SectionKey, record: Record<string, unknown>, skip: readonly string[] = []): string[] =>
    SECTION_FIELDS[section].flatMap((descriptor) => {
      if (skip.includes(descriptor.field)) return [];
      const value = renderValue(descriptor, record[descriptor.field]);
      return value === null ? [] : [`**${t(fieldLabelKey(section, descriptor.field))}**  \n${value}`];
    });

  const listItemHeading = (section: keyof typeof LIST_TITLE_FIELD, item: Record<string, unknown>, index: number): string => {
    if (section === "platforms") {
      const choice = item as unknown as PlatformChoice;
      const name = t(platformNameKey(choice.platform));
      return choice.platform === "other" && choice.otherName.trim() !== ""
        ? `${name} — ${escapeOneLine(choice.otherName)}`
        : name;
    }
    if (section === "objectives") return t("strategy.export.objectiveNumber", { number: index + 1 });
    const title = item[LIST_TITLE_FIELD[section]];
    return typeof title === "string" && title.trim() !== ""
      ? escapeOneLine(title)
      : t("strategy.export.untitledItem", { number: index + 1 });
  };

  const renderSection = (section: SectionKey): string[] => {
    switch (section) {
      case "mission":
      case "pitch":
      case "culture":
        return renderFields(section, content[section]);
      case "practices":
        return [
          PRACTICE_CODES.map((code) => {
            const practice = content.practices[code];
            const box = practice.done ? "[x]" : "[ ]";
            const note = practice.note.trim() === "" ? "" : ` — ${escapeOneLine(practice.note)}`;
            return `- ${box} **${t(practiceNameKey(code))}**${note}`;
          }).join("\n"),
        ];
      case "contentPlan":
        return [renderContentPlan(content.contentPlan)];
      case "objectives":
      case "personas":
      case "platforms":
      case "resources": {
        const items = content[section] as unknown as Record<string, unknown>[];
        return items.flatMap((item, index) => {
          if (!isItemFilled(section, item)) return [];
          // The heading already names the platform or the persona; do not repeat it as a field.
          const skip = section === "objectives" ? [] : section === "platforms" ? ["platform", "otherName"] : [LIST_TITLE_FIELD[section]];
          return [`### ${listItemHeading(section, item, index)}`, ...renderFields(section, item, skip)];
        });
      }
    }
  };

  const renderContentPlan = (items: ContentPlanItem[]): string => {
    const descriptors = SECTION_FIELDS.contentPlan;
    const header = `| ${descriptors.map((descriptor) => t(fieldLabelKey("contentPlan", descriptor.field))).join(" | ")} |`;
    const rule = `| ${descriptors.map(() => "---").join(" | ")} |`;
    const rows = items
      .filter((item) => isItemFilled("contentPlan", item))
      .map((item) => {
        const record = item as unknown as Record<string, unknown>;
        const cells = descriptors.map((descriptor) => {
          const value = renderValue(descriptor, record[descriptor.field]);
          // Table cells cannot hold line breaks; block-escaped text is folded onto one line.
          return value === null ? "—" : value.replace(/ {2}\n/g, " ");
        });
        return `| ${cells.join(" | ")} |`;
      });
    return [header, rule, ...rows].join("\n");
  };

  const blocks: string[] = [`# ${escapeOneLine(title)}`];
  for (const section of SECTION_KEYS) {
    const filled = isSectionFilled(section, content[section]);
    if (!filled && emptySections === "omit") continue;
    blocks.push(`## ${t(sectionTitleKey(section))}`);
    blocks.push(...(filled ? renderSection(section) : [`_${t("strategy.export.notFilled")}_`]));
  }
  return `${blocks.join("\n\n")}\n`;
}
