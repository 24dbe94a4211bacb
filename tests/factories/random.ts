// A small seeded generator so seeds, tests and benchmarks are reproducible.
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof mulberry32>;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
export function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as T);
  return out;
}

const FIRST = ["Amélie", "Jonathan", "Sofia", "Marc-André", "Leila", "Thomas", "Awa", "Gabriel", "Chloé", "Samuel", "Fatima", "Olivier", "Maya", "Louis", "Inès", "Noah", "Priya", "Étienne", "Zoé", "Daniel", "Mireille", "Hugo", "Yasmine", "Simon", "Naomi", "Raphaël", "Aisha", "Vincent", "Camille", "Idris"];
const LAST = ["Tremblay", "Nguyen", "Roy", "Okafor", "Gagnon", "Singh", "Côté", "Martin", "Haddad", "Bouchard", "Lee", "Morin", "Diallo", "Lavoie", "Chen", "Fortin", "Mensah", "Gauthier", "Patel", "Pelletier", "Kaur", "Bélanger", "Ahmed", "Leblanc", "Cohen", "Girard", "Santos", "Dubois", "Ibrahim", "Poirier"];
export const personName = (random: Random) => `${pick(random, FIRST)} ${pick(random, LAST)}`;
