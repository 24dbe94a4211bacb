// Filters a coordinator applies on top of the engine's ranking (from the page's query string).
import type { RankedCandidate } from "@/lib/matching";

export interface CandidateFilters {
  interestedOnly: boolean;
  sectorOnly: boolean;
  minScore: number;
  show: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseCandidateFilters(query: Record<string, string | string[] | undefined>): CandidateFilters {
  const min = Number(first(query.min));
  const show = Number(first(query.show));
  return {
    interestedOnly: first(query.interested) === "1",
    sectorOnly: first(query.sector) === "1",
    minScore: Number.isFinite(min) ? Math.max(0, Math.min(100, min)) : 0,
    show: [10, 20, 50, 100, 200].includes(show) ? show : 10,
  };
}

const valueOf = (candidate: RankedCandidate, criterion: string) => candidate.breakdown.find((line) => line.criterion === criterion)?.value ?? 0;

export function applyCandidateFilters(candidates: readonly RankedCandidate[], filters: CandidateFilters): RankedCandidate[] {
  return candidates.filter(
    (c) =>
      c.score >= filters.minScore &&
      (!filters.interestedOnly || valueOf(c, "expressedInterest") === 1) &&
      (!filters.sectorOnly || valueOf(c, "sectorExperience") === 1),
  );
}
