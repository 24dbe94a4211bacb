import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const PAGE_SIZE = 25;

export async function listVolunteers(options: { actor: Actor; query?: string; page?: number }) {
  if (!isCoordinator(options.actor)) throw notFound();
  const q = options.query?.trim();
  const where: Prisma.VolunteerProfileWhereInput = {
    user: { deletedAt: null },
    ...(q
      ? {
          OR: [
            { user: { name: { contains: q, mode: "insensitive" } } },
            { headline: { contains: q, mode: "insensitive" } },
            { skills: { some: { skill: { OR: [{ nameFr: { contains: q, mode: "insensitive" } }, { nameEn: { contains: q, mode: "insensitive" } }] } } } },
          ],
        }
      : {}),
  };
  const page = Math.max(1, options.page ?? 1);
  const [rows, total] = await Promise.all([
    db.volunteerProfile.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        userId: true,
        headline: true,
        city: true,
        region: true,
        capacity: true,
        languages: true,
        completedAt: true,
        acceptingProposals: true,
        user: { select: { name: true } },
      },
    }),
    db.volunteerProfile.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** A volunteer as a coordinator sees them, including consented self-identification. */
export async function getVolunteerForCoordinator(options: { actor: Actor; volunteerId: string }) {
  if (!isCoordinator(options.actor)) throw notFound();
  const volunteer = await db.user.findFirst({
    where: { id: options.volunteerId, deletedAt: null, volunteerProfile: { isNot: null } },
    select: {
      id: true,
      name: true,
      email: true,
      volunteerProfile: {
        include: {
          skills: { include: { skill: true } },
          sectors: { include: { sector: true } },
          availability: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
        },
      },
      selfIdentification: { select: { tags: true, consentedAt: true } },
      pairingsAsVolunteer: {
        orderBy: { proposedAt: "desc" },
        take: 20,
        select: { id: true, status: true, need: { select: { title: true, organisation: { select: { name: true } } } } },
      },
    },
  });
  if (!volunteer?.volunteerProfile) throw notFound();
  return volunteer;
}
