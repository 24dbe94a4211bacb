// Reading the alumni network: the coordinators' list, the opt-in directory, an alumni's own
// records, the volunteer profile prefilled for an alumni mentee, events, newsletter audiences.
import type { Actor } from "@/lib/auth/actor";
import { isCoordinator } from "@/lib/auth/actor";
import type { CsvCell } from "@/lib/csv/write";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { programScope } from "@/lib/programs/queries";
import type { DirectorySearch } from "./schema";
import { coordinatorAlumniScope, directoryScope } from "./scope";

export const LIST_LIMIT = 200;

function searchWhere(s: DirectorySearch): Prisma.AlumniWhereInput {
  const and: Prisma.AlumniWhereInput[] = [];
  if (s.program) and.push({ programId: s.program });
  if (s.q) and.push({ user: { name: { contains: s.q, mode: "insensitive" } } });
  if (s.skill) and.push({ user: { volunteerProfile: { skills: { some: { skillId: s.skill } } } } });
  if (s.region) {
    const region = { equals: s.region, mode: "insensitive" as const };
    and.push({ OR: [{ user: { volunteerProfile: { region } } }, { pairing: { need: { organisation: { region } } } }] });
  }
  if (s.language) {
    and.push({ OR: [{ user: { volunteerProfile: { languages: { has: s.language } } } }, { pairing: { need: { languages: { has: s.language } } } }] });
  }
  return { AND: and };
}

const alumniSelect = {
  id: true,
  side: true,
  since: true,
  ambassador: true,
  directoryOptIn: true,
  newsletterOptIn: true,
  eventsOptIn: true,
  volunteerInvitedAt: true,
  program: { select: { id: true, nameFr: true, nameEn: true } },
  user: {
    select: {
      id: true,
      name: true,
      locale: true,
      roles: { select: { role: true } },
      volunteerProfile: { select: { region: true, city: true, languages: true, headline: true, skills: { select: { skill: { select: { nameFr: true, nameEn: true } } } } } },
    },
  },
  pairing: { select: { need: { select: { languages: true, organisation: { select: { name: true, region: true, city: true } } } } } },
  engagements: { select: { kind: true } },
} satisfies Prisma.AlumniSelect;

export type AlumniListItem = Prisma.AlumniGetPayload<{ select: typeof alumniSelect }>;

/** Where an alumni is, and in which languages they work: from their volunteer profile, else their organisation. */
export function alumniPlace(a: AlumniListItem) {
  const profile = a.user.volunteerProfile;
  // An organisation's place describes a mentee, never the volunteer who helped it.
  const org = a.side === "ORGANISATION" ? a.pairing?.need.organisation : undefined;
  return {
    region: profile?.region ?? org?.region ?? null,
    city: profile?.city ?? org?.city ?? null,
    languages: profile?.languages.length ? profile.languages : a.side === "ORGANISATION" && a.pairing ? a.pairing.need.languages : [a.user.locale],
    organisation: a.side === "ORGANISATION" ? (org?.name ?? null) : null,
  };
}

export async function listAlumniForCoordinator(actor: Actor, search: DirectorySearch) {
  if (!isCoordinator(actor)) throw notFound();
  const where = { AND: [coordinatorAlumniScope(actor), searchWhere(search)] };
  const [rows, total] = await Promise.all([
    db.alumni.findMany({ where, select: alumniSelect, orderBy: [{ ambassador: "desc" }, { since: "desc" }], take: LIST_LIMIT }),
    db.alumni.count({ where }),
  ]);
  return { rows, total };
}

/** The opt-in directory, for alumni (their programs) and coordinators (their programs). */
export async function searchDirectory(actor: Actor, search: DirectorySearch) {
  const where = { AND: [directoryScope(actor), searchWhere(search)] };
  const [rows, total] = await Promise.all([
    db.alumni.findMany({ where, select: alumniSelect, orderBy: [{ ambassador: "desc" }, { user: { name: "asc" } }], take: LIST_LIMIT }),
    db.alumni.count({ where }),
  ]);
  return { rows, total };
}

/** Programs an alumni may search the directory of. */
export async function directoryPrograms(actor: Actor) {
  const where: Prisma.ProgramWhereInput = isCoordinator(actor) ? programScope(actor) : { alumni: { some: { userId: actor.id } } };
  return db.program.findMany({ where, orderBy: { startsOn: "desc" }, select: { id: true, nameFr: true, nameEn: true } });
}

export async function isAlumni(userId: string): Promise<boolean> {
  return (await db.alumni.count({ where: { userId } })) > 0;
}

export async function listOwnAlumni(actor: Actor) {
  return db.alumni.findMany({
    where: { userId: actor.id },
    orderBy: { since: "desc" },
    select: {
      id: true,
      side: true,
      since: true,
      ambassador: true,
      directoryOptIn: true,
      newsletterOptIn: true,
      eventsOptIn: true,
      volunteerInvitedAt: true,
      program: { select: { nameFr: true, nameEn: true } },
      invitations: {
        where: { event: { startsAt: { gte: new Date(Date.now() - 86_400_000) } } },
        select: { event: { select: { id: true, title: true, startsAt: true, place: true } } },
        orderBy: { event: { startsAt: "asc" } },
      },
    },
  });
}

/**
 * A volunteer profile prefilled from what Tandem knows about an alumni mentee: their
 * organisation's place and sector, the languages and weekly slots of the need they were paired
 * on, and the skills that need type calls for. Null when the person is not an alumni mentee.
 */
export async function prefilledVolunteerProfile(actor: Actor) {
  const record = await db.alumni.findFirst({
    where: { userId: actor.id, side: "ORGANISATION" },
    orderBy: { since: "desc" },
    select: {
      program: { select: { nameFr: true, nameEn: true } },
      pairing: {
        select: {
          need: {
            select: {
              languages: true,
              timeZone: true,
              availability: { select: { weekday: true, startMinute: true, endMinute: true } },
              needType: { select: { skills: { select: { skillId: true } } } },
              organisation: { select: { name: true, region: true, city: true, sectorId: true, members: { where: { userId: actor.id }, select: { title: true } } } },
            },
          },
        },
      },
    },
  });
  if (!record) return null;
  const need = record.pairing?.need;
  const org = need?.organisation;
  const title = org?.members[0]?.title;
  return {
    program: record.program,
    organisationName: org?.name ?? null,
    defaults: {
      headline: title && org ? `${title}, ${org.name}` : (org?.name ?? ""),
      bio: "",
      employer: org?.name ?? "",
      capacity: 1,
      timeZone: need?.timeZone ?? actor.timeZone,
      languages: need?.languages.length ? need.languages : [actor.locale],
      region: org?.region ?? "",
      city: org?.city ?? "",
      skillIds: need?.needType.skills.map((s) => s.skillId) ?? [],
      sectorIds: org?.sectorId ? [org.sectorId] : [],
      availability: need?.availability ?? [],
      acceptingProposals: true,
      identityConsent: false,
      identityTags: [] as string[],
    },
  };
}

export async function listEventsForCoordinator(actor: Actor) {
  if (!isCoordinator(actor)) throw notFound();
  return db.programEvent.findMany({
    where: { program: programScope(actor) },
    orderBy: { startsAt: "desc" },
    take: 100,
    select: { id: true, title: true, startsAt: true, place: true, program: { select: { nameFr: true, nameEn: true } }, _count: { select: { invitations: true } } },
  });
}

export async function getEventForCoordinator(actor: Actor, eventId: string) {
  if (!isCoordinator(actor)) throw notFound();
  const event = await db.programEvent.findFirst({
    where: { id: eventId, program: programScope(actor) },
    select: {
      id: true,
      title: true,
      description: true,
      startsAt: true,
      place: true,
      programId: true,
      program: { select: { nameFr: true, nameEn: true } },
      invitations: { orderBy: { alumni: { user: { name: "asc" } } }, select: { alumniId: true, attended: true, alumni: { select: { side: true, user: { select: { name: true } } } } } },
    },
  });
  if (!event) throw notFound();
  const notYetInvited = await db.alumni.count({ where: { programId: event.programId, eventsOptIn: true, user: { deletedAt: null }, invitations: { none: { eventId: event.id } } } });
  return { ...event, notYetInvited };
}

/** The newsletter audience (alumni who opted in), read in pages for a streamed CSV. */
export async function* newsletterAudience(actor: Actor, programIds: string[], pageSize = 1000): AsyncGenerator<CsvCell[]> {
  if (!isCoordinator(actor)) throw notFound();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.alumni.findMany({
      where: { AND: [coordinatorAlumniScope(actor), { programId: { in: programIds }, newsletterOptIn: true, user: { deletedAt: null } }] },
      orderBy: { id: "asc" },
      take: pageSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, side: true, ambassador: true, program: { select: { slug: true } }, user: { select: { name: true, email: true, locale: true } } },
    });
    for (const r of rows) yield [r.user.name, r.user.email, r.user.locale, r.program.slug, r.side, r.ambassador];
    if (rows.length < pageSize) return;
    cursor = rows.at(-1)?.id;
  }
}
