import type { Actor } from "@/lib/auth/actor";
import { isCoordinator, isVolunteer } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppLocale } from "@/lib/i18n/config";
import { OrganisationSearchSchema } from "./schema";

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

/** How many organisations the volunteer's name search shows at most. */
export const ORGANISATION_SEARCH_LIMIT = 10;

/**
 * A volunteer's declared exclusions, readable: need types and sectors (codes, with the
 * catalogue's names), organisations opted out of and conflicts of interest (with the
 * organisation's name). For the volunteer's own profile and the coordinator's volunteer page.
 */
export async function loadExclusions(volunteerId: string, locale: AppLocale) {
  const [optOuts, conflicts] = await Promise.all([
    db.volunteerOptOut.findMany({ where: { volunteerId }, select: { id: true, kind: true, value: true } }),
    db.conflictOfInterest.findMany({
      where: { volunteerId },
      select: { id: true, relation: true, note: true, organisation: { select: { id: true, name: true, city: true } } },
      orderBy: [{ organisation: { name: "asc" } }, { id: "asc" }],
    }),
  ]);
  const codes = (kind: "NEED_TYPE" | "SECTOR") => optOuts.filter((o) => o.kind === kind).map((o) => o.value);
  const organisationOptOuts = optOuts.filter((o) => o.kind === "ORGANISATION");
  const [needTypes, sectors, organisations] = await Promise.all([
    db.needType.findMany({ where: { code: { in: codes("NEED_TYPE") } }, select: { code: true, nameFr: true, nameEn: true }, orderBy: { sortOrder: "asc" } }),
    db.sector.findMany({ where: { code: { in: codes("SECTOR") } }, select: { code: true, nameFr: true, nameEn: true } }),
    db.organisation.findMany({ where: { id: { in: organisationOptOuts.map((o) => o.value) } }, select: { id: true, name: true, city: true } }),
  ]);
  const name = (row: { nameFr: string; nameEn: string }) => (locale === "fr" ? row.nameFr : row.nameEn);
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  return {
    needTypes: needTypes.map((r) => ({ code: r.code, name: name(r) })),
    sectors: sectors.map((r) => ({ code: r.code, name: name(r) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
    // An organisation that no longer exists excludes nothing: it is not listed.
    organisations: organisationOptOuts
      .flatMap((o) => {
        const organisation = organisationById.get(o.value);
        return organisation ? [{ id: o.id, organisation }] : [];
      })
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, locale)),
    conflicts,
  };
}
export type VolunteerExclusions = Awaited<ReturnType<typeof loadExclusions>>;

/** The volunteer's own exclusions, for their profile. */
export async function getOwnExclusions(options: { actor: Actor; locale: AppLocale }) {
  if (!isVolunteer(options.actor)) throw notFound();
  return loadExclusions(options.actor.id, options.locale);
}

/** A volunteer's exclusions as a coordinator sees them (every coordinator sees every volunteer's profile). */
export async function getExclusionsForCoordinator(options: { actor: Actor; volunteerId: string; locale: AppLocale }) {
  if (!isCoordinator(options.actor)) throw notFound();
  return loadExclusions(options.volunteerId, options.locale);
}

/**
 * Organisations whose name contains the words typed, to declare a conflict or an opt-out with
 * one that has no open need. Only names and cities, which organisations' open needs already
 * show volunteers: nothing about members, needs or contacts.
 */
export async function searchOrganisationsByName(options: { actor: Actor; query: string | undefined }) {
  if (!isVolunteer(options.actor)) throw notFound();
  const parsed = OrganisationSearchSchema.safeParse(options.query ?? "");
  if (!parsed.success) return { query: (options.query ?? "").trim(), searched: false, results: [] };
  const words = parsed.data.split(/\s+/).filter(Boolean).slice(0, 5);
  const results = await db.organisation.findMany({
    where: { AND: words.map((word) => ({ name: { contains: word, mode: "insensitive" as const } })) },
    select: { id: true, name: true, city: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ORGANISATION_SEARCH_LIMIT,
  });
  return { query: parsed.data, searched: true, results };
}
