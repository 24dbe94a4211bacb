// Form fields with their label, hint and errors wired for assistive technology:
// the error list has an id the control points to with aria-describedby, and the
// control is marked aria-invalid while it has errors.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base text-ink shadow-sm " +
  "focus:border-brand-600 aria-[invalid=true]:border-red-700";

interface FieldFrame {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  id?: string;
}

function describedBy(id: string, hint: unknown, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm font-medium text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

function Frame({ id, label, hint, errors, required, children }: FieldFrame & { id: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-ink">
        {label}
        {required ? <span aria-hidden="true" className="text-red-700"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField({ label, name, hint, errors, id, ...rest }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Frame id={fieldId} label={label} name={name} hint={hint} errors={errors} required={rest.required}>
      <input
        id={fieldId}
        name={name}
        className={control}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...rest}
      />
    </Frame>
  );
}

export function TextAreaField({ label, name, hint, errors, id, ...rest }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Frame id={fieldId} label={label} name={name} hint={hint} errors={errors} required={rest.required}>
      <textarea
        id={fieldId}
        name={name}
        rows={rest.rows ?? 4}
        className={control}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...rest}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  hint,
  errors,
  id,
  options,
  placeholder,
  ...rest
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Frame id={fieldId} label={label} name={name} hint={hint} errors={errors} required={rest.required}>
      <select
        id={fieldId}
        name={name}
        className={control}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A group of checkboxes (or radios) sharing one name, in a fieldset with a legend. */
export function ChoiceGroup({
  legend,
  name,
  hint,
  errors,
  options,
  defaultValue,
  type = "checkbox",
  columns = 2,
}: {
  legend: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  options: { value: string; label: string }[];
  defaultValue?: string[] | string;
  type?: "checkbox" | "radio";
  columns?: 1 | 2 | 3;
}) {
  const id = `group-${name}`;
  const selected = new Set(Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  const grid = columns === 1 ? "" : columns === 2 ? "sm:grid-cols-2" : "sm:grid-cols-3";
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend className="font-medium text-ink">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <div className={`grid gap-1 ${grid}`}>
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 rounded px-1 py-1 hover:bg-brand-50">
            <input type={type} name={name} value={o.value} defaultChecked={selected.has(o.value)} className="h-4 w-4 accent-brand-600" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

export function CheckboxField({ label, name, hint, errors, defaultChecked }: FieldFrame & { defaultChecked?: boolean }) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 h-4 w-4 accent-brand-600"
          aria-describedby={describedBy(id, hint, errors)}
          aria-invalid={errors?.length ? true : undefined}
        />
        <label htmlFor={id} className="text-ink">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="ml-6 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
