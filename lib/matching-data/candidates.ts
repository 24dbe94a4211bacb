// The coordinator's view of one need's candidates, in a fixed number of queries
// whatever the size of the pool:
//   1. the need, who was already asked, the volunteers' time zones and the need types' skills
//      (side by side);
//   2. the screen (./screen), one statement: PostgreSQL applies the hard filters to every
//      volunteer, counts and lists those certainly excluded, and returns the others' data (only
//      the skills and sectors this need's score reads) for the engine to score and explain;
//      beside it, the program's settings and, optionally, one volunteer to compare with the need,
//      loaded whole.
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ExcludedCandidate, HardFilterId, MatchingContext, NeedInput, PairEvaluation, RankResult, RankedCandidate, VolunteerInput } from "@/lib/matching";
import { compareIds, evaluateInPool, HARD_FILTERS, prepareVolunteerPool, rankCandidates, referenceWeekStartMs } from "@/lib/matching";
import { coordinatorNeedScope } from "@/lib/needs/scope";
import { loadNeedTypeSkills, loadProgramSettings, loadVolunteerInputs, NEED_MATCHING_SELECT } from "./load";
import { referenceDateOf, toNeedInput } from "./map";
import { loadVolunteerTimeZones, phase, screenVolunteersForNeed, type PhaseProbe } from "./screen";

export interface ExclusionSummary {
  /** How many volunteers open to proposals fail at least one hard filter. */
  total: number;
  /** For each filter, how many volunteers fail it (one volunteer can fail several). */
  counts: Record<HardFilterId, number>;
  /** A few of them with every filter they fail: those who offered to help first, then by id. */
  listed: ExcludedCandidate[];
}

export interface NeedCandidates {
  need: NeedInput;
  context: MatchingContext;
  /** Volunteers open to proposals, before any filter. */
  poolSize: number;
  /** How many of them the engine evaluated; the screen ruled out the others. */
  evaluatedCount: number;
  /** The engine's ranking, minus volunteers who already declined or let a proposal for this need expire. */
  ranking: Omit<RankResult, "excluded">;
  exclusions: ExclusionSummary;
  /** Those volunteers: they cannot be proposed the same need again. */
  alreadyAsked: RankedCandidate[];
  /** The volunteer asked for with `compareId`, side by side with the need; null when not open to proposals. */
  compared: { volunteer: VolunteerInput; evaluation: PairEvaluation } | null;
}

/** How many candidates are explained in full; the page shows a part of them, filters work on all. */
export const EXPLAINED_CANDIDATES = 200;
/** How many excluded volunteers are named, with their reasons. */
export const LISTED_EXCLUSIONS = 20;

export async function loadNeedCandidates(options: {
  actor: Actor;
  needId: string;
  now?: Date;
  limit?: number;
  compareId?: string | null;
  /** Optional timing probe (the benchmark's `--profile`). */
  profile?: PhaseProbe;
}): Promise<NeedCandidates> {
  if (!isCoordinator(options.actor)) throw notFound();
  const now = options.now ?? new Date();
  const probe = options.profile;
  let mark = performance.now();
  // Everything that does not depend on the need's row is asked for beside it: who was already asked
  // (only used once the need is known to be visible), the zones in use, the need types' skills.
  const [row, asked, volunteerTimeZones, needTypeSkills] = await Promise.all([
    db.need.findFirst({ where: { id: options.needId, ...coordinatorNeedScope(options.actor) }, select: NEED_MATCHING_SELECT }),
    db.pairing.findMany({ where: { needId: options.needId, status: { in: ["DECLINED", "EXPIRED"] } }, select: { volunteerId: true } }),
    loadVolunteerTimeZones(db),
    loadNeedTypeSkills(db),
  ]);
  if (!row) throw notFound();
  const need = toNeedInput(row);
  const referenceDate = referenceDateOf(now);
  const loadOptions = { interestNeedIds: [row.id], includeIdentity: row.livedExperienceAsked, now };
  mark = phase(probe, "need, asked, zones, type skills (queries)", mark);
  // Only the skills and sectors this need's score reads; the compared volunteer is loaded whole, for display.
  const onlyFor = {
    skillCodes: [...(needTypeSkills[need.needType] ?? []), ...(need.requiredPreferences ?? []).flatMap((p) => (p.kind === "skill" ? [p.skill] : []))],
    sectorCodes: [need.organisationSector],
  };
  const [settings, screen, comparedInput] = await Promise.all([
    loadProgramSettings(db, row.programId),
    screenVolunteersForNeed(db, { need, weekStartMs: referenceWeekStartMs(referenceDate), now, listLimit: LISTED_EXCLUSIONS, volunteerTimeZones, load: { ...loadOptions, onlyFor }, profile: probe }),
    options.compareId ? loadVolunteerInputs(db, { ...loadOptions, volunteerIds: [options.compareId] }).then((found) => found[0] ?? null) : null,
  ]);
  const context: MatchingContext = { ...settings, needTypeSkills };
  mark = performance.now();
  const volunteerInputs = screen.toEvaluate;
  const pool = prepareVolunteerPool({ volunteers: volunteerInputs, referenceDate });
  mark = phase(probe, "prepareVolunteerPool", mark);
  const { excluded, ...ranking } = rankCandidates({ need, pool, context, limit: options.limit ?? EXPLAINED_CANDIDATES });
  mark = phase(probe, "rankCandidates", mark);
  const askedIds = new Set(asked.map((p) => p.volunteerId));
  const alreadyAsked = ranking.candidates.filter((c) => askedIds.has(c.volunteerId));
  const candidates = ranking.candidates.filter((c) => !askedIds.has(c.volunteerId)).map((c, i) => ({ ...c, rank: i + 1 }));

  const volunteers = new Map(volunteerInputs.map((v) => [v.id, v]));
  const interested = (id: string) => volunteers.get(id)?.interestedNeedIds?.includes(need.id) ?? false;
  const counts = { ...screen.ruledOut.counts };
  for (const e of excluded) for (const f of e.filters) counts[f] += 1;
  const listed = [...screen.ruledOut.first, ...excluded.map((e) => ({ ...e, interested: interested(e.volunteerId) }))]
    .sort((a, b) => Number(b.interested) - Number(a.interested) || compareIds(a.volunteerId, b.volunteerId))
    .slice(0, LISTED_EXCLUSIONS)
    .map(({ volunteerId, filters }) => ({ volunteerId, filters: HARD_FILTERS.filter((f) => filters.includes(f)) }));

  let compared: NeedCandidates["compared"] = null;
  if (comparedInput) {
    const evaluation = evaluateInPool({ need, pool: prepareVolunteerPool({ volunteers: [comparedInput], referenceDate }), volunteerId: comparedInput.id, context });
    if (evaluation) compared = { volunteer: comparedInput, evaluation };
  }

  phase(probe, "exclusion list and comparison", mark);
  return {
    need,
    context,
    poolSize: screen.poolSize,
    evaluatedCount: pool.size,
    ranking: { ...ranking, candidates, candidateCount: ranking.candidateCount - alreadyAsked.length },
    exclusions: { total: screen.ruledOut.count + excluded.length, counts, listed },
    alreadyAsked,
    compared,
  };
}

export interface VolunteerSummary {
  id: string;
  name: string;
  headline: string;
}

/** Names and headlines of the volunteers a page actually shows (one query). */
export async function loadVolunteerSummaries(ids: readonly string[]): Promise<Map<string, VolunteerSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, volunteerProfile: { select: { headline: true } } },
  });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, headline: r.volunteerProfile?.headline ?? "" }]));
}
