import type { Actor } from "@/lib/auth/actor";
import { coordinatesProgram } from "@/lib/cohorts/access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MatchingContext } from "@/lib/matching";
import { prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import { loadMatchingContext, loadNeedInputs, loadVolunteerInputs } from "@/lib/matching-data/load";
import { referenceDateOf } from "@/lib/matching-data/map";
import { MatchingSettingsSchema, PreviewSchema } from "./schema";

export async function getMatchingSettings(options: { actor: Actor; programId: string }) {
  if (!coordinatesProgram(options.actor, options.programId)) throw notFound();
  const program = await db.program.findUnique({ where: { id: options.programId }, select: { id: true, nameFr: true, nameEn: true } });
  if (!program) throw notFound();
  const [context, sampleNeeds] = await Promise.all([
    loadMatchingContext(db, program.id),
    db.need.findMany({
      where: { programId: program.id, status: { in: ["APPROVED", "MATCHING", "MATCHED", "SUBMITTED"] } },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: 50,
      select: { id: true, title: true, organisation: { select: { name: true } } },
    }),
  ]);
  return { program, weights: context.weights, minimumScore: context.minimumScore, sampleNeeds };
}

export interface PreviewRow {
  volunteerId: string;
  name: string;
  before: { rank: number; score: number } | null;
  after: { rank: number; score: number } | null;
}

const PREVIEW_TOP = 10;
const PREVIEW_DEPTH = 100;

/**
 * How the ranking of one sample need would change under the proposed settings, before saving:
 * the top ten under the new settings and the top ten under the current ones, each with its rank
 * and score on both sides (null when outside the first hundred or under the minimum).
 */
export async function previewMatchingSettings(options: { actor: Actor; programId: string; input: unknown; now?: Date }): Promise<PreviewRow[]> {
  if (!coordinatesProgram(options.actor, options.programId)) throw notFound();
  const settings = MatchingSettingsSchema.parse(options.input);
  const { sampleNeedId } = PreviewSchema.parse(options.input);
  const now = options.now ?? new Date();
  const [need] = await loadNeedInputs(db, { id: sampleNeedId, programId: options.programId });
  if (!need) throw notFound();
  const current = await loadMatchingContext(db, options.programId);
  const volunteers = await loadVolunteerInputs(db, { interestNeedIds: [need.id], includeIdentity: Boolean(need.livedExperiencePreference), now });
  const pool = prepareVolunteerPool({ volunteers, referenceDate: referenceDateOf(now) });
  const proposed: MatchingContext = { ...current, weights: settings.weights, minimumScore: settings.minimumScore };
  const rank = (context: MatchingContext) => rankCandidates({ need, pool, context, limit: PREVIEW_DEPTH, includeExcluded: false }).candidates;
  const before = rank(current);
  const after = rank(proposed);
  const ids = [...new Set([...after.slice(0, PREVIEW_TOP), ...before.slice(0, PREVIEW_TOP)].map((c) => c.volunteerId))];
  const names = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const position = (list: typeof before, id: string) => {
    const found = list.find((c) => c.volunteerId === id);
    return found ? { rank: found.rank, score: found.score } : null;
  };
  return ids.map((id) => ({ volunteerId: id, name: names.get(id) ?? "", before: position(before, id), after: position(after, id) }));
}
