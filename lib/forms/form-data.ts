// Turns FormData into a plain object for zod. Repeated names become arrays only
// for the fields the caller lists, so a single checkbox still parses as a list.
export type FormValues = Record<string, string | string[]>;

export function formDataToObject(formData: FormData, arrayFields: readonly string[] = []): FormValues {
  const out: FormValues = {};
  for (const name of arrayFields) out[name] = [];
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION")) continue; // React's own hidden fields
    if (typeof value !== "string") continue;
    if (arrayFields.includes(name)) (out[name] as string[]).push(value);
    else out[name] = value;
  }
  return out;
}
