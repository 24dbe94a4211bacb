/** Time zones offered in forms: Canada's, then a few common elsewhere. Any valid IANA zone is accepted. */
export const COMMON_TIME_ZONES = [
  "America/St_Johns",
  "America/Halifax",
  "America/Moncton",
  "America/Toronto",
  "America/Winnipeg",
  "America/Regina",
  "America/Edmonton",
  "America/Vancouver",
  "America/Whitehorse",
  "America/Iqaluit",
  "America/New_York",
  "Europe/Paris",
  "Africa/Abidjan",
  "UTC",
] as const;

/** "heure de l’Est (Toronto)" / "Eastern Time (Toronto)" — a zone's name in the reader's language. */
export function timeZoneLabel(zone: string, intlLocale: string): string {
  const city = zone.split("/").pop()?.replace(/_/g, " ") ?? zone;
  try {
    const parts = new Intl.DateTimeFormat(intlLocale, { timeZone: zone, timeZoneName: "longGeneric" }).formatToParts(new Date());
    const name = parts.find((p) => p.type === "timeZoneName")?.value;
    return name && zone !== "UTC" ? `${name} (${city})` : zone;
  } catch {
    return zone;
  }
}

export function timeZoneOptions(intlLocale: string, include?: string): { value: string; label: string }[] {
  const zones: string[] = [...COMMON_TIME_ZONES];
  if (include && !zones.includes(include)) zones.unshift(include);
  return zones.map((z) => ({ value: z, label: timeZoneLabel(z, intlLocale) }));
}
