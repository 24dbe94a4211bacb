// Volunteers a coordinator may propose for a need, after the must-have filters:
// a profile that is complete and open to proposals, a shared working language,
// capacity left, no conflict of interest, not already asked for this need.
// Ranked simply by skills that fit the need type, then by current load; the
// explained matching engine (lib/matching) builds on the same filters.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { coordinatorNeedScope } from "./scope";

export interface SimpleCandidate {
  id: string;
  name: string;
  headline: string;
  seniorityYears: number;
  capacity: number;
  holding: number;
  skillMatches: number;
  languages: string[];
}

export async function listSimpleCandidates(options: { actor: Actor; needId: string; limit?: number }): Promise<SimpleCandidate[]> {
  if (!isCoordinator(options.actor)) throw notFound();
  const need = await db.need.findFirst({
    where: { id: options.needId, ...coordinatorNeedScope(options.actor) },
    select: { id: true, organisationId: true, needTypeId: true, languages: true },
  });
  if (!need) throw notFound();
  return db.$queryRaw<SimpleCandidate[]>`
    SELECT * FROM (
      SELECT u.id, u.name, vp.headline, vp."seniorityYears", vp.capacity, vp.languages,
        (SELECT count(*) FROM "Pairing" p WHERE p."volunteerId" = u.id AND p.status IN ('ACCEPTED', 'ACTIVE', 'PAUSED'))::int AS holding,
        (SELECT count(*) FROM "VolunteerSkill" vs JOIN "NeedTypeSkill" nts ON nts."skillId" = vs."skillId" AND nts."needTypeId" = ${need.needTypeId}
          WHERE vs."volunteerId" = u.id)::int AS "skillMatches"
      FROM "User" u JOIN "VolunteerProfile" vp ON vp."userId" = u.id
      WHERE u."deletedAt" IS NULL AND vp."completedAt" IS NOT NULL AND vp."acceptingProposals"
        AND vp.languages && ${need.languages}::text[]
        AND NOT EXISTS (SELECT 1 FROM "ConflictOfInterest" c WHERE c."volunteerId" = u.id AND c."organisationId" = ${need.organisationId})
        AND NOT EXISTS (SELECT 1 FROM "Pairing" p WHERE p."needId" = ${need.id} AND p."volunteerId" = u.id)
    ) c
    WHERE c.holding < c.capacity
    ORDER BY c."skillMatches" DESC, c.holding ASC, c."seniorityYears" DESC, c.id ASC
    LIMIT ${options.limit ?? 20}`;
}
