"use client";

// The editor of one strategy section, with autosave and conflict resolution. Sections are saved
// independently, so two people working on different sections never get in each other's way.
import { useState } from "react";
import { SectionView, itemTitle } from "@/components/strategy/section-view";
import { useI18n } from "@/lib/i18n/client";
import { formatTime } from "@/lib/i18n/format-client";
import {
  LIMITS,
  LIST_TITLE_FIELD,
  PRACTICE_CODES,
  SECTION_FIELDS,
  SECTION_SHAPES,
  emptyContentPlanItem,
  emptyObjective,
  emptyPersona,
  emptyPlatformChoice,
  emptyResource,
  platformChoiceHints,
  practiceDescriptionKey,
  practiceNameKey,
  type Objective,
  type PlatformChoice,
  type SectionKey,
} from "@/lib/strategy";
import type { SaveSectionResult } from "@/app/[locale]/(pairing)/pairings/[id]/strategy/actions";
import { FieldControl } from "./field-control";
import { useSectionAutosave, type SaveStatus } from "./use-section-autosave";

type Item = Record<string, unknown> & { id: string };
type ListSection = keyof typeof LIST_TITLE_FIELD;

const LIST_LIMITS: Record<ListSection, number> = {
  objectives: LIMITS.objectives,
  personas: LIMITS.personas,
  platforms: LIMITS.platforms,
  resources: LIMITS.resources,
  contentPlan: LIMITS.contentPlanItems,
};

function newItem(section: ListSection): Item {
  const id = crypto.randomUUID();
  switch (section) {
    case "objectives":
      return { ...emptyObjective(id) };
    case "personas":
      return { ...emptyPersona(id) };
    case "platforms":
      return { ...emptyPlatformChoice(id, "facebook") };
    case "resources":
      return { ...emptyResource(id) };
    case "contentPlan":
      return { ...emptyContentPlanItem(id) };
  }
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export function SectionEditor(props: {
  section: SectionKey;
  initialContent: unknown;
  initialVersion: number;
  objectives: readonly Objective[];
  save: (payload: { section: SectionKey; baseVersion: number; base: unknown; content: unknown }) => Promise<SaveSectionResult>;
}) {
  const { section } = props;
  const { t, locale } = useI18n();
  const autosave = useSectionAutosave({ section, initial: { content: props.initialContent, version: props.initialVersion }, save: props.save });
  const { value, setValue, status, conflict, error } = autosave;
  const fieldErrors = error?.fields ?? {};
  const formatIsoDate = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  const objectives = section === "objectives" ? (value as Objective[]) : props.objectives;
  const idFor = (...parts: string[]) => ["strategy", section, ...parts].join("-");

  let body;
  switch (SECTION_SHAPES[section]) {
    case "single": {
      const data = asRecord(value);
      body = (
        <div className="space-y-4">
          {SECTION_FIELDS[section].map((descriptor) => (
            <FieldControl
              key={descriptor.field}
              section={section}
              descriptor={descriptor}
              id={idFor(descriptor.field)}
              value={data[descriptor.field]}
              onChange={(next) => setValue({ ...data, [descriptor.field]: next })}
              errors={fieldErrors[descriptor.field]}
              objectives={objectives}
            />
          ))}
        </div>
      );
      break;
    }
    case "checklist": {
      const data = asRecord(value);
      body = (
        <ul className="space-y-4">
          {PRACTICE_CODES.map((code) => {
            const practice = asRecord(data[code]);
            return (
              <li key={code}>
                <fieldset className="space-y-2 rounded-md border border-gray-200 p-3">
                  <legend className="px-1 font-semibold">{t(practiceNameKey(code))}</legend>
                  <p className="text-sm text-muted">{t(practiceDescriptionKey(code))}</p>
                  {SECTION_FIELDS.practices.map((descriptor) => (
                    <FieldControl
                      key={descriptor.field}
                      section="practices"
                      descriptor={descriptor}
                      id={idFor(code, descriptor.field)}
                      value={practice[descriptor.field]}
                      onChange={(next) => setValue({ ...data, [code]: { ...practice, [descriptor.field]: next } })}
                      errors={fieldErrors[`${code}.${descriptor.field}`]}
                      objectives={objectives}
                    />
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ul>
      );
      break;
    }
    case "list":
      body = (
        <ListEditor
          section={section as ListSection}
          items={Array.isArray(value) ? (value as Item[]) : []}
          onChange={setValue}
          fieldErrors={fieldErrors}
          objectives={objectives}
          idFor={idFor}
        />
      );
      break;
  }

  return (
    <div className="space-y-4">
      {conflict ? (
        <div role="alert" className="space-y-3 rounded-md border-2 border-amber-600 bg-amber-50 p-4">
          <h3 className="text-lg font-semibold">{t("strategy.conflict.title")}</h3>
          <p>{t("strategy.conflict.explain")}</p>
          {conflict.theirsBy ? <p className="text-sm">{t("strategy.workspace.conflictBy", { name: conflict.theirsBy })}</p> : null}
          <div className="grid gap-4 md:grid-cols-2">
            <section aria-label={t("strategy.conflict.mine")} className="rounded-md border border-gray-300 bg-white p-3">
              <h4 className="mb-2 font-semibold">{t("strategy.conflict.mine")}</h4>
              <SectionView section={section} value={conflict.mine} objectives={props.objectives} t={t} formatIsoDate={formatIsoDate} highlight={conflict.points.map((p) => p.path)} headingLevel={4} />
            </section>
            <section aria-label={t("strategy.conflict.theirs")} className="rounded-md border border-gray-300 bg-white p-3">
              <h4 className="mb-2 font-semibold">{t("strategy.conflict.theirs")}</h4>
              <SectionView section={section} value={conflict.theirs} objectives={props.objectives} t={t} formatIsoDate={formatIsoDate} highlight={conflict.points.map((p) => p.path)} headingLevel={4} />
            </section>
          </div>
          <p className="text-sm text-muted">{t("strategy.workspace.conflictHighlight")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700" onClick={() => autosave.resolveConflict("mine")}>
              {t("strategy.conflict.keepMine")}
            </button>
            <button type="button" className="rounded-md border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50" onClick={() => autosave.resolveConflict("theirs")}>
              {t("strategy.conflict.keepTheirs")}
            </button>
          </div>
        </div>
      ) : null}
      <fieldset disabled={conflict !== null} className="min-w-0 space-y-4">
        <legend className="sr-only">{t(`strategy.sections.${section}.title`)}</legend>
        {body}
      </fieldset>
      <SaveBar status={status} savedAt={autosave.savedAt} errorMessage={error?.message ?? ""} onSave={() => void autosave.flush()} sectionTitle={t(`strategy.sections.${section}.title`)} />
    </div>
  );
}

function SaveBar({ status, savedAt, errorMessage, onSave, sectionTitle }: { status: SaveStatus; savedAt: Date | null; errorMessage: string; onSave: () => void; sectionTitle: string }) {
  const { t, locale } = useI18n();
  const time = savedAt ? formatTime(locale, savedAt) : "";
  const text = {
    idle: "",
    pending: t("strategy.workspace.save.pending"),
    saving: t("strategy.workspace.save.saving"),
    saved: time ? t("strategy.workspace.save.saved", { time }) : "",
    merged: t("strategy.workspace.save.merged", { time }),
    conflict: t("strategy.workspace.save.conflict"),
    error: errorMessage || t("strategy.workspace.save.error"),
  }[status];
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={onSave}
        disabled={status === "saving" || status === "conflict"}
        className="rounded-md border border-gray-400 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-gray-50 disabled:opacity-60"
      >
        {status === "error" ? t("strategy.workspace.save.retry") : t("strategy.workspace.save.now")}
        <span className="sr-only"> — {sectionTitle}</span>
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${status === "error" ? "font-medium text-red-700" : "text-muted"}`} data-save-status={status}>
        {text}
      </p>
    </div>
  );
}

function ListEditor({
  section,
  items,
  onChange,
  fieldErrors,
  objectives,
  idFor,
}: {
  section: ListSection;
  items: Item[];
  onChange: (value: unknown) => void;
  fieldErrors: Record<string, string[]>;
  objectives: readonly Objective[];
  idFor: (...parts: string[]) => string;
}) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState("");
  const limit = LIST_LIMITS[section];
  const update = (index: number, field: string, next: unknown) => onChange(items.map((item, i) => (i === index ? { ...item, [field]: next } : item)));
  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target] as Item, next[index] as Item];
    onChange(next);
    setAnnouncement(t("strategy.workspace.list.moved", { item: itemTitle(section, items[index] as Item, target, t), position: target + 1 }));
    requestAnimationFrame(() => document.getElementById(idFor((items[index] as Item).id, delta < 0 ? "up" : "down"))?.focus());
  };
  const remove = (index: number) => {
    const item = items[index] as Item;
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(t("strategy.workspace.list.removed", { item: itemTitle(section, item, index, t) }));
    requestAnimationFrame(() => document.getElementById(idFor("add"))?.focus());
  };
  const add = () => {
    const item = newItem(section);
    onChange([...items, item]);
    const first = SECTION_FIELDS[section][0];
    requestAnimationFrame(() => document.getElementById(idFor(item.id, first?.field ?? ""))?.focus());
  };

  return (
    <div className="space-y-4">
      {items.length === 0 ? <p className="text-muted">{t("strategy.workspace.list.empty")}</p> : null}
      <ol className="space-y-4">
        {items.map((item, index) => {
          const title = itemTitle(section, item, index, t);
          const hints = section === "platforms" ? platformChoiceHints(item as unknown as PlatformChoice) : [];
          return (
            <li key={item.id}>
              <fieldset className="space-y-3 rounded-md border border-gray-300 p-3">
                <legend className="px-1 font-semibold">{title}</legend>
                {SECTION_FIELDS[section].map((descriptor) =>
                  section === "platforms" && descriptor.field === "otherName" && item.platform !== "other" ? null : (
                    <FieldControl
                      key={descriptor.field}
                      section={section}
                      descriptor={descriptor}
                      id={idFor(item.id, descriptor.field)}
                      value={item[descriptor.field]}
                      onChange={(next) => update(index, descriptor.field, next)}
                      errors={fieldErrors[`${index}.${descriptor.field}`]}
                      objectives={objectives}
                    />
                  ),
                )}
                {hints.length > 0 ? (
                  <ul className="space-y-1 rounded-md bg-brand-50 p-2 text-sm">
                    {hints.map((hint) => (
                      <li key={hint.key}>{t(hint.key, hint.params)}</li>
                    ))}
                  </ul>
                ) : null}
                <div className="flex flex-wrap gap-2">
                  <button type="button" id={idFor(item.id, "up")} className="rounded border border-gray-400 bg-white px-2 py-1 text-sm disabled:opacity-50" disabled={index === 0} onClick={() => move(index, -1)}>
                    {t("strategy.workspace.list.moveUp")}
                    <span className="sr-only"> — {title}</span>
                  </button>
                  <button type="button" id={idFor(item.id, "down")} className="rounded border border-gray-400 bg-white px-2 py-1 text-sm disabled:opacity-50" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
                    {t("strategy.workspace.list.moveDown")}
                    <span className="sr-only"> — {title}</span>
                  </button>
                  <button type="button" className="rounded border border-red-700 bg-white px-2 py-1 text-sm text-red-800" onClick={() => remove(index)}>
                    {t("strategy.workspace.list.remove")}
                    <span className="sr-only"> — {title}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={idFor("add")}
        onClick={add}
        disabled={items.length >= limit}
        className="rounded-md border border-brand-600 bg-white px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {t(`strategy.workspace.list.add.${section}`)}
      </button>
      {items.length >= limit ? <p className="text-sm text-muted">{t("strategy.workspace.list.limit", { count: limit })}</p> : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
