import type { Actor } from "@/lib/auth/actor";
import { isAdmin, isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Organisations see a pairing once a volunteer was proposed, but never a decline or its reason. */
const ORG_VISIBLE: Prisma.PairingWhereInput["status"] = { in: ["PROPOSED", "ACCEPTED", "ACTIVE", "PAUSED", "COMPLETED", "ENDED_EARLY"] };

export function pairingScope(actor: Actor): Prisma.PairingWhereInput {
  if (isAdmin(actor)) return {};
  const visible: Prisma.PairingWhereInput[] = [{ volunteerId: actor.id }];
  if (actor.organisationIds.length) visible.push({ need: { organisationId: { in: actor.organisationIds } }, status: ORG_VISIBLE });
  if (isCoordinator(actor)) visible.push({ programId: { in: actor.coordinatedProgramIds } }, { programId: null });
  return { OR: visible };
}

export async function getPairingForActor(options: { actor: Actor; pairingId: string }) {
  const pairing = await db.pairing.findFirst({
    where: { id: options.pairingId, ...pairingScope(options.actor) },
    select: {
      id: true,
      status: true,
      proposedAt: true,
      respondBy: true,
      respondedAt: true,
      activatedAt: true,
      endedAt: true,
      volunteerId: true,
      need: {
        select: {
          id: true,
          title: true,
          goals: true,
          durationWeeks: true,
          desiredStartOn: true,
          languages: true,
          organisationId: true,
          needType: { select: { nameFr: true, nameEn: true } },
          organisation: { select: { id: true, name: true, city: true, region: true, members: { select: { user: { select: { id: true, name: true } }, title: true } } } },
        },
      },
      volunteer: { select: { id: true, name: true, volunteerProfile: { select: { headline: true, timeZone: true, city: true, region: true } } } },
      program: { select: { nameFr: true, nameEn: true } },
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!pairing) throw notFound();
  // Decline reasons are the volunteer's and the coordinators' business only.
  const seesReasons = isCoordinator(options.actor) || pairing.volunteerId === options.actor.id;
  return { ...pairing, events: pairing.events.map((e) => (seesReasons ? e : { ...e, reason: null })) };
}

export async function listPairingsForVolunteer(actor: Actor) {
  return db.pairing.findMany({
    where: { volunteerId: actor.id },
    orderBy: { proposedAt: "desc" },
    select: {
      id: true,
      status: true,
      respondBy: true,
      proposedAt: true,
      need: {
        select: {
          title: true,
          goals: true,
          durationWeeks: true,
          desiredStartOn: true,
          languages: true,
          needType: { select: { nameFr: true, nameEn: true } },
          organisation: { select: { name: true, city: true, region: true } },
        },
      },
    },
  });
}
