// Catalogue rows (need types, skills, sectors, programs) as options in the reader's language.
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";

export type Option = { value: string; label: string };

export const localName = (row: { nameFr: string; nameEn: string }, locale: AppLocale) => (locale === "fr" ? row.nameFr : row.nameEn);

const byLabel = (locale: AppLocale) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);

export async function listSectors(locale: AppLocale): Promise<Option[]> {
  const rows = await db.sector.findMany({ select: { id: true, nameFr: true, nameEn: true } });
  return rows.map((r) => ({ value: r.id, label: localName(r, locale) })).sort(byLabel(locale));
}

export async function listNeedTypes(locale: AppLocale): Promise<(Option & { description: string })[]> {
  const rows = await db.needType.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
  return rows.map((r) => ({ value: r.id, label: localName(r, locale), description: locale === "fr" ? r.descriptionFr : r.descriptionEn }));
}

export async function listSkills(locale: AppLocale): Promise<Option[]> {
  const rows = await db.skill.findMany({ select: { id: true, nameFr: true, nameEn: true } });
  return rows.map((r) => ({ value: r.id, label: localName(r, locale) })).sort(byLabel(locale));
}

export async function listActivePrograms(locale: AppLocale): Promise<Option[]> {
  const rows = await db.program.findMany({ where: { active: true }, orderBy: { startsOn: "desc" }, select: { id: true, nameFr: true, nameEn: true } });
  return rows.map((r) => ({ value: r.id, label: localName(r, locale) }));
}

/** Active need types with their code as the value (what a volunteer's opt-out stores). */
export async function listNeedTypeCodes(locale: AppLocale): Promise<Option[]> {
  const rows = await db.needType.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { code: true, nameFr: true, nameEn: true } });
  return rows.map((r) => ({ value: r.code, label: localName(r, locale) }));
}

/** Sectors with their code as the value (what a volunteer's opt-out stores). */
export async function listSectorCodes(locale: AppLocale): Promise<Option[]> {
  const rows = await db.sector.findMany({ select: { code: true, nameFr: true, nameEn: true } });
  return rows.map((r) => ({ value: r.code, label: localName(r, locale) })).sort(byLabel(locale));
}
