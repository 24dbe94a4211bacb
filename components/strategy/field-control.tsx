"use client";

// One editable field of a strategy section, chosen by the field's kind (see SECTION_FIELDS).
// Every control has a visible label, its help text and example tied with aria-describedby, and
// its server-side error (if any) announced the same way as the app's other forms.
import { useState } from "react";
import { FieldErrors } from "@/components/ui/fields";
import { useI18n } from "@/lib/i18n/client";
import {
  CONTENT_STATUSES,
  PLATFORM_CODES,
  RESOURCE_LEVELS,
  contentStatusKey,
  fieldExampleKey,
  fieldHelpKey,
  fieldLabelKey,
  platformNameKey,
  resourceLevelLabelKey,
  type FieldDescriptor,
  type Objective,
  type SectionKey,
} from "@/lib/strategy";

const control =
  "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

interface Props {
  section: SectionKey;
  descriptor: FieldDescriptor;
  /** Unique per page: section, item and field. */
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  errors?: string[];
  objectives: readonly Objective[];
  disabled?: boolean;
}

const splitTags = (raw: string) =>
  raw
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");

export function FieldControl({ section, descriptor, id, value, onChange, errors, objectives, disabled }: Props) {
  const { t } = useI18n();
  const label = t(fieldLabelKey(section, descriptor.field));
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [helpId, errors?.length ? errorId : null].filter(Boolean).join(" ");
  const common = { id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined, disabled } as const;
  const help = (
    <div id={helpId} className="text-sm text-muted">
      <p>{t(fieldHelpKey(section, descriptor.field))}</p>
      {descriptor.hasExample ? (
        <p>
          <span className="font-medium">{t("strategy.workspace.example")}</span> {t(fieldExampleKey(section, descriptor.field))}
        </p>
      ) : null}
    </div>
  );

  if (descriptor.kind === "boolean") {
    return (
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input type="checkbox" className="mt-1 h-4 w-4 accent-brand-600" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...common} />
          <label htmlFor={id} className="font-medium">
            {label}
          </label>
        </div>
        {help}
        <FieldErrors id={errorId} errors={errors} />
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-ink">
        {label}
      </label>
      {help}
      <Control section={section} descriptor={descriptor} value={value} onChange={onChange} common={common} objectives={objectives} />
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

function Control({
  section,
  descriptor,
  value,
  onChange,
  common,
  objectives,
}: {
  section: SectionKey;
  descriptor: FieldDescriptor;
  value: unknown;
  onChange: (value: unknown) => void;
  common: { id: string; "aria-describedby": string; "aria-invalid": true | undefined; disabled?: boolean };
  objectives: readonly Objective[];
}) {
  const { t } = useI18n();
  const text = typeof value === "string" ? value : "";
  switch (descriptor.kind) {
    case "shortText":
      return <input type="text" className={control} value={text} maxLength={descriptor.maxLength} onChange={(e) => onChange(e.target.value)} {...common} />;
    case "text":
      return <textarea className={control} rows={3} value={text} maxLength={descriptor.maxLength} onChange={(e) => onChange(e.target.value)} {...common} />;
    case "tags":
      return <TagsInput value={Array.isArray(value) ? (value as string[]) : []} onChange={onChange} common={common} />;
    case "number":
      return (
        <input
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          className={`${control} max-w-40`}
          value={typeof value === "number" ? value : ""}
          onChange={(e) => onChange(e.target.value === "" || Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
          {...common}
        />
      );
    case "date":
      return <input type="date" className={`${control} max-w-52`} value={text} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)} {...common} />;
    case "platform":
      return (
        <select className={control} value={text} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)} {...common}>
          {/* A platform choice always names its platform; a content-plan item may not have one yet. */}
          {section === "platforms" ? null : <option value="">{t("strategy.workspace.choose")}</option>}
          {PLATFORM_CODES.map((code) => (
            <option key={code} value={code}>
              {t(platformNameKey(code))}
            </option>
          ))}
        </select>
      );
    case "status":
      return (
        <select className={control} value={text} onChange={(e) => onChange(e.target.value)} {...common}>
          {CONTENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(contentStatusKey(status))}
            </option>
          ))}
        </select>
      );
    case "level":
      return (
        <select className={control} value={typeof value === "number" ? String(value) : ""} onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))} {...common}>
          <option value="">{t("strategy.workspace.notPlaced")}</option>
          {RESOURCE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t("strategy.export.levelValue", { level, label: t(resourceLevelLabelKey(level)) })}
            </option>
          ))}
        </select>
      );
    case "objectiveRef":
      return (
        <select className={control} value={text} onChange={(e) => onChange(e.target.value === "" ? null : e.target.value)} {...common}>
          <option value="">{t("strategy.workspace.noObjective")}</option>
          {objectives.map((objective, index) => (
            <option key={objective.id} value={objective.id}>
              {t("strategy.export.objectiveNumber", { number: index + 1 })}
              {objective.objective ? ` — ${objective.objective.slice(0, 60)}` : ""}
            </option>
          ))}
        </select>
      );
    case "boolean":
      return null;
  }
}

/** Tone adjectives typed as one comma-separated line; what is stored is the list. */
function TagsInput({ value, onChange, common }: { value: string[]; onChange: (value: unknown) => void; common: { id: string; "aria-describedby": string; "aria-invalid": true | undefined; disabled?: boolean } }) {
  const [raw, setRaw] = useState(value.join(", "));
  const [shown, setShown] = useState(value);
  // Keep the text in step when the list changes from outside (a merge, a conflict choice),
  // adjusting state during render as React recommends rather than in an effect.
  if (shown !== value) {
    setShown(value);
    if (splitTags(raw).join("\u0000") !== value.join("\u0000")) setRaw(value.join(", "));
  }
  return (
    <input
      type="text"
      className={control}
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(splitTags(e.target.value));
      }}
      {...common}
    />
  );
}
