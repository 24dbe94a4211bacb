// A read-only rendering of one strategy section: for coordinators, the printable page and the
// two sides of a conflict. No hooks, so server and client components can both use it.
import type { ReactNode } from "react";
import {
  LIST_TITLE_FIELD,
  PRACTICE_CODES,
  SECTION_FIELDS,
  SECTION_SHAPES,
  contentStatusKey,
  fieldLabelKey,
  isFieldFilled,
  isItemFilled,
  isSectionFilled,
  platformNameKey,
  practiceNameKey,
  resourceLevelLabelKey,
  type ContentStatus,
  type FieldDescriptor,
  type Objective,
  type PlatformCode,
  type SectionKey,
  type StrategyContent,
} from "@/lib/strategy";
import type { Translate } from "@/lib/i18n/translate";

interface ViewProps {
  section: SectionKey;
  value: unknown;
  objectives: readonly Objective[];
  t: Translate;
  /** Formats an ISO calendar date for display. */
  formatIsoDate: (iso: string) => string;
  /** Paths ([itemId|practice, field] or [field]) to highlight, e.g. the fields of a conflict. */
  highlight?: readonly string[][];
  headingLevel?: 3 | 4;
}

const record = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export function fieldValueText(descriptor: FieldDescriptor, value: unknown, props: Pick<ViewProps, "t" | "objectives" | "formatIsoDate">): string | null {
  const { t } = props;
  if (descriptor.kind !== "status" && !isFieldFilled(descriptor, value)) return null;
  switch (descriptor.kind) {
    case "tags":
      return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v.trim() !== "").join(", ") : null;
    case "number":
      return typeof value === "number" ? String(value) : null;
    case "boolean":
      return t(value === true ? "strategy.export.yes" : "strategy.export.no");
    case "platform":
      return typeof value === "string" ? t(platformNameKey(value as PlatformCode)) : null;
    case "status":
      return typeof value === "string" ? t(contentStatusKey(value as ContentStatus)) : null;
    case "level":
      return typeof value === "number" ? t("strategy.export.levelValue", { level: value, label: t(resourceLevelLabelKey(value as 1 | 2 | 3 | 4 | 5)) }) : null;
    case "objectiveRef": {
      const index = props.objectives.findIndex((o) => o.id === value);
      return index < 0 ? t("strategy.export.missingObjective") : t("strategy.export.objectiveNumber", { number: index + 1 });
    }
    case "date":
      return typeof value === "string" ? props.formatIsoDate(value) : null;
    case "shortText":
    case "text":
      return typeof value === "string" ? value : null;
  }
}

function Fields({ section, data, props, skip = [], pathPrefix }: { section: SectionKey; data: Record<string, unknown>; props: ViewProps; skip?: string[]; pathPrefix: string[] }) {
  const rows = SECTION_FIELDS[section].flatMap((descriptor) => {
    if (skip.includes(descriptor.field)) return [];
    const text = fieldValueText(descriptor, data[descriptor.field], props);
    if (text === null) return [];
    const path = [...pathPrefix, descriptor.field].join("/");
    // A conflict point names a field, or a whole item (one side removed what the other edited).
    const marked = props.highlight?.some((p) => p.join("/") === path || (pathPrefix.length > 0 && p.join("/") === pathPrefix.join("/"))) ?? false;
    return [{ field: descriptor.field, text, marked }];
  });
  if (rows.length === 0) return null;
  return (
    <dl className="space-y-2">
      {rows.map((row) => (
        <div key={row.field} className={row.marked ? "rounded border-l-4 border-amber-600 bg-amber-50 py-1 pl-2" : ""}>
          <dt className="font-medium text-muted">{props.t(fieldLabelKey(section, row.field))}</dt>
          <dd className="whitespace-pre-line text-ink">{row.text}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SectionView(props: ViewProps) {
  const { section, value, t } = props;
  const Heading = props.headingLevel === 4 ? "h4" : "h3";
  if (!isSectionFilled(section, value as StrategyContent[typeof section])) {
    return <p className="italic text-muted">{t("strategy.export.notFilled")}</p>;
  }
  switch (SECTION_SHAPES[section]) {
    case "single":
      return <Fields section={section} data={record(value)} props={props} pathPrefix={[]} />;
    case "checklist": {
      const data = record(value);
      return (
        <ul className="space-y-1">
          {PRACTICE_CODES.map((code) => {
            const practice = record(data[code]);
            const done = practice.done === true;
            return (
              <li key={code} className="flex gap-2">
                <span aria-hidden="true">{done ? "☑" : "☐"}</span>
                <span>
                  <span className="font-medium">{t(practiceNameKey(code))}</span>
                  <span className="sr-only"> — {t(done ? "strategy.workspace.practiceDone" : "strategy.workspace.practiceNotDone")}</span>
                  {typeof practice.note === "string" && practice.note.trim() !== "" ? <span className="text-muted"> — {practice.note}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      );
    }
    case "list": {
      const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      const listSection = section as keyof typeof LIST_TITLE_FIELD;
      return (
        <ol className="space-y-4">
          {items.map((item, index): ReactNode => {
            if (!isItemFilled(section, item)) return null;
            const title = itemTitle(listSection, item, index, t);
            const skip = section === "platforms" ? ["platform"] : section === "objectives" ? [] : [LIST_TITLE_FIELD[listSection]];
            return (
              <li key={String(item.id)} className="rounded-md border border-gray-200 p-3">
                <Heading className="mb-2 font-semibold">{title}</Heading>
                <Fields section={section} data={item} props={props} skip={skip} pathPrefix={[String(item.id)]} />
              </li>
            );
          })}
        </ol>
      );
    }
  }
}

export function itemTitle(section: keyof typeof LIST_TITLE_FIELD, item: Record<string, unknown>, index: number, t: Translate): string {
  if (section === "objectives") return t("strategy.export.objectiveNumber", { number: index + 1 });
  if (section === "platforms") {
    const name = t(platformNameKey((item.platform as PlatformCode) ?? "other"));
    return item.platform === "other" && typeof item.otherName === "string" && item.otherName.trim() !== "" ? `${name} — ${item.otherName}` : name;
  }
  const title = item[LIST_TITLE_FIELD[section]];
  return typeof title === "string" && title.trim() !== "" ? title : t("strategy.export.untitledItem", { number: index + 1 });
}
