// "Who comes next?" after a proposal is declined or expires. Ranks volunteers
// for a need with the matching engine (lib/matching) from a deliberately small
// loader, excluding everyone already asked for this need. Kept in one place so
// the matching data layer of the suggestions screen can replace `loadPool`
// without touching the cascade itself.
import type { DbTx } from "@/lib/db";
import type { CriterionWeights, NeedInput, RequiredPreference, SkillLevel, VolunteerInput } from "@/lib/matching";
import { CRITERIA, prepareVolunteerPool, rankCandidates } from "@/lib/matching";
import { DEFAULT_WEIGHTS } from "@/lib/matching/generators/matching-instances";
import { CAPACITY_STATUSES } from "./state-machine";

export interface NextCandidate {
  volunteerId: string;
  name: string;
  score: number;
  rank: number;
}

/** Engine weekdays are 0–6 from Monday; the database stores ISO 1–7. */
const toEngineSlot = (slot: { weekday: number; startMinute: number; endMinute: number }) => ({
  weekday: slot.weekday - 1,
  startMinute: slot.startMinute,
  endMinute: slot.endMinute,
});

function programWeights(raw: unknown): CriterionWeights {
  const weights: CriterionWeights = { ...DEFAULT_WEIGHTS };
  if (raw && typeof raw === "object") {
    for (const criterion of CRITERIA) {
      const value = (raw as Record<string, unknown>)[criterion];
      if (typeof value === "number" && Number.isFinite(value) && value >= 0) weights[criterion] = value;
    }
  }
  return weights;
}

function requiredPreferences(raw: unknown): RequiredPreference[] {
  if (!raw || typeof raw !== "object") return [];
  const prefs = raw as { minSeniorityYears?: unknown; sectorExperience?: unknown };
  const out: RequiredPreference[] = [];
  if (typeof prefs.minSeniorityYears === "number") out.push({ kind: "minSeniority", years: prefs.minSeniorityYears });
  if (prefs.sectorExperience === true) out.push({ kind: "sectorExperience" });
  return out;
}

async function loadNeed(tx: DbTx, needId: string) {
  return tx.need.findUnique({
    where: { id: needId },
    select: {
      id: true,
      organisationId: true,
      languages: true,
      timeZone: true,
      requiredPreferences: true,
      livedExperienceAsked: true,
      livedExperienceTags: true,
      desiredStartOn: true,
      needType: { select: { code: true, skills: { select: { skill: { select: { code: true } } } } } },
      organisation: { select: { sector: { select: { code: true } } } },
      availability: { select: { weekday: true, startMinute: true, endMinute: true } },
      program: { select: { matchingWeights: true, minimumMatchScore: true } },
      pairings: { select: { volunteerId: true } },
    },
  });
}

/** Volunteers who could still be asked: complete, open to proposals, sharing a language, never asked for this need. */
async function loadPool(tx: DbTx, need: NonNullable<Awaited<ReturnType<typeof loadNeed>>>): Promise<{ inputs: VolunteerInput[]; names: Map<string, string> }> {
  const alreadyAsked = need.pairings.map((p) => p.volunteerId);
  const profiles = await tx.volunteerProfile.findMany({
    where: {
      completedAt: { not: null },
      acceptingProposals: true,
      languages: { hasSome: need.languages },
      userId: { notIn: alreadyAsked },
      user: { deletedAt: null, roles: { some: { role: "VOLUNTEER" } } },
    },
    select: {
      userId: true,
      languages: true,
      seniorityYears: true,
      timeZone: true,
      capacity: true,
      user: {
        select: {
          name: true,
          selfIdentification: { select: { tags: true } },
          interests: { where: { withdrawnAt: null }, select: { needId: true } },
          _count: { select: { pairingsAsVolunteer: { where: { status: { in: [...CAPACITY_STATUSES] } } } } },
        },
      },
      skills: { select: { level: true, skill: { select: { code: true } } } },
      sectors: { select: { sector: { select: { code: true } } } },
      availability: { select: { weekday: true, startMinute: true, endMinute: true } },
      optOuts: { select: { kind: true, value: true } },
      conflicts: { select: { organisationId: true } },
    },
  });
  const names = new Map<string, string>();
  const inputs = profiles.map((p): VolunteerInput => {
    names.set(p.userId, p.user.name);
    return {
      id: p.userId,
      languages: p.languages,
      skills: p.skills.map((s) => ({ code: s.skill.code, level: Math.min(3, Math.max(1, s.level)) as SkillLevel })),
      sectors: p.sectors.map((s) => s.sector.code),
      seniorityYears: p.seniorityYears,
      availability: p.availability.map(toEngineSlot),
      timeZone: p.timeZone,
      capacity: p.capacity,
      activePairings: p.user._count.pairingsAsVolunteer,
      optOuts: {
        needTypes: p.optOuts.filter((o) => o.kind === "NEED_TYPE").map((o) => o.value),
        sectors: p.optOuts.filter((o) => o.kind === "SECTOR").map((o) => o.value),
        organisationIds: p.optOuts.filter((o) => o.kind === "ORGANISATION").map((o) => o.value),
      },
      conflictOrganisationIds: p.conflicts.map((c) => c.organisationId),
      selfIdentification: p.user.selfIdentification ? { consented: true, tags: p.user.selfIdentification.tags } : null,
      interestedNeedIds: p.user.interests.map((i) => i.needId),
      pastOutcomes: null,
    };
  });
  return { inputs, names };
}

/**
 * The best-ranked volunteer not yet asked for the need, at or above the
 * program's minimum score; null when nobody fits (the coordinator is told).
 */
export async function nextCandidateFor(tx: DbTx, needId: string): Promise<NextCandidate | null> {
  const need = await loadNeed(tx, needId);
  if (!need) return null;
  const { inputs, names } = await loadPool(tx, need);
  if (inputs.length === 0) return null;
  const needInput: NeedInput = {
    id: need.id,
    organisationId: need.organisationId,
    needType: need.needType.code,
    organisationSector: need.organisation.sector?.code ?? "",
    languages: need.languages,
    availability: need.availability.map(toEngineSlot),
    timeZone: need.timeZone,
    requiredPreferences: requiredPreferences(need.requiredPreferences),
    livedExperiencePreference: need.livedExperienceAsked ? { tags: need.livedExperienceTags } : null,
  };
  const pool = prepareVolunteerPool({ volunteers: inputs, referenceDate: need.desiredStartOn.toISOString().slice(0, 10) });
  const result = rankCandidates({
    need: needInput,
    pool,
    context: {
      weights: programWeights(need.program?.matchingWeights),
      minimumScore: need.program?.minimumMatchScore ?? 0,
      needTypeSkills: { [need.needType.code]: need.needType.skills.map((s) => s.skill.code) },
    },
    limit: 1,
    includeExcluded: false,
  });
  const best = result.candidates[0];
  if (!best) return null;
  return { volunteerId: best.volunteerId, name: names.get(best.volunteerId) ?? "", score: best.score, rank: best.rank };
}
