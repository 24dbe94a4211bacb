import { db } from "@/lib/db";
import { localName } from "@/lib/catalogue/queries";
import type { AppLocale } from "@/lib/i18n/config";

/** Skill and sector names by code, in the reader's language (for the engine's explanations). */
export async function loadTaxonomyLabels(locale: AppLocale) {
  const [skills, sectors] = await Promise.all([
    db.skill.findMany({ select: { code: true, nameFr: true, nameEn: true } }),
    db.sector.findMany({ select: { code: true, nameFr: true, nameEn: true } }),
  ]);
  return {
    skills: new Map(skills.map((s) => [s.code, localName(s, locale)])),
    sectors: new Map(sectors.map((s) => [s.code, localName(s, locale)])),
  };
}
