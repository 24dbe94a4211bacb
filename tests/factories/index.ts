// Factories shared by the integration tests, the demo seed and the large data
// generator: each creates one consistent row (and what it needs) with sensible
// defaults that a caller overrides.
import type { DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { GlobalRole, Locale, NeedStatus, PairingStatus } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { buildNeedRows, buildVolunteerRows } from "./builders";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const DEFAULT_PASSWORD = "tandem-test-password";
let defaultHash: Promise<string> | undefined;
/** Hashing is deliberately slow; factories share one hash of the default password. */
export const defaultPasswordHash = () => (defaultHash ??= hashPassword(DEFAULT_PASSWORD));

export interface UserOptions {
  id?: string;
  email?: string;
  name?: string;
  locale?: Locale;
  timeZone?: string;
  roles?: GlobalRole[];
  password?: string;
  passwordHash?: string;
}

export async function createUser(db: DbTx, options: UserOptions = {}) {
  const id = options.id ?? newId();
  const passwordHash = options.passwordHash ?? (options.password ? await hashPassword(options.password) : await defaultPasswordHash());
  return db.user.create({
    data: {
      id,
      email: options.email ?? `user-${unique()}@example.org`,
      name: options.name ?? "Test Person",
      locale: options.locale ?? "fr",
      timeZone: options.timeZone ?? "America/Toronto",
      passwordHash,
      roles: { create: (options.roles ?? []).map((role) => ({ role })) },
    },
  });
}

export async function actorFor(db: DbTx, userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`no actor ${userId}`);
  return actor;
}

/** The catalogues every test database needs: a few need types, skills and sectors. */
export async function ensureCatalogue(db: DbTx) {
  const existing = await db.needType.findFirst({ select: { id: true } });
  if (existing) return;
  const { CATALOGUE } = await import("@/lib/catalogue/defaults");
  await db.sector.createMany({ data: CATALOGUE.sectors.map((s) => ({ id: `sector-${s.code}`, ...s })) });
  await db.skill.createMany({ data: CATALOGUE.skills.map((s) => ({ id: `skill-${s.code}`, ...s })) });
  await db.needType.createMany({
    data: CATALOGUE.needTypes.map((n, i) => ({ id: `needtype-${n.code}`, code: n.code, nameFr: n.nameFr, nameEn: n.nameEn, descriptionFr: n.descriptionFr, descriptionEn: n.descriptionEn, sortOrder: i })),
  });
  await db.needTypeSkill.createMany({
    data: CATALOGUE.needTypes.flatMap((n) => n.skills.map((code, i) => ({ needTypeId: `needtype-${n.code}`, skillId: `skill-${code}`, importance: i < 2 ? 3 : 2 }))),
  });
}

export async function createProgram(db: DbTx, options: { id?: string; slug?: string; nameFr?: string; nameEn?: string; coordinatorIds?: string[]; proposalTtlHours?: number } = {}) {
  return db.program.create({
    data: {
      id: options.id ?? newId(),
      slug: options.slug ?? `program-${unique()}`,
      nameFr: options.nameFr ?? "Programme d’essai",
      nameEn: options.nameEn ?? "Test program",
      startsOn: new Date("2026-01-05T00:00:00Z"),
      proposalTtlHours: options.proposalTtlHours ?? 72,
      coordinators: { create: (options.coordinatorIds ?? []).map((userId) => ({ userId })) },
    },
  });
}

export async function createOrganisation(db: DbTx, options: { id?: string; name?: string; sectorCode?: string; city?: string; region?: string; memberIds?: string[]; description?: string } = {}) {
  const id = options.id ?? newId();
  await db.organisation.create({
    data: {
      id,
      name: options.name ?? `Organisme ${unique()}`,
      sectorId: `sector-${options.sectorCode ?? "social-services"}`,
      city: options.city ?? "Montréal",
      region: options.region ?? "QC",
      description: options.description ?? "",
      members: { create: (options.memberIds ?? []).map((userId, i) => ({ id: newId(), userId, role: i === 0 ? "OWNER" : "MEMBER" })) },
    },
  });
  return db.organisation.findUniqueOrThrow({ where: { id } });
}

export interface VolunteerOptions extends UserOptions {
  headline?: string;
  bio?: string;
  seniorityYears?: number;
  capacity?: number;
  languages?: string[];
  skillCodes?: string[];
  sectorCodes?: string[];
  /** ISO weekday, minutes in the volunteer's time zone. */
  availability?: { weekday: number; startMinute: number; endMinute: number }[];
  city?: string;
  region?: string;
  identityTags?: string[];
  acceptingProposals?: boolean;
}

export async function createVolunteer(db: DbTx, options: VolunteerOptions = {}) {
  const user = await createUser(db, { ...options, roles: [...new Set<GlobalRole>(["VOLUNTEER", ...(options.roles ?? [])])] });
  const rows = buildVolunteerRows({
    userId: user.id,
    headline: options.headline ?? "Communications professional",
    bio: options.bio,
    seniorityYears: options.seniorityYears ?? 10,
    capacity: options.capacity ?? 1,
    timeZone: options.timeZone ?? user.timeZone,
    languages: options.languages ?? ["fr", "en"],
    skillCodes: options.skillCodes ?? ["social-media", "content-strategy"],
    sectorCodes: options.sectorCodes ?? [],
    availability: options.availability ?? [
      { weekday: 2, startMinute: 12 * 60, endMinute: 14 * 60 },
      { weekday: 4, startMinute: 18 * 60, endMinute: 20 * 60 },
    ],
    city: options.city,
    region: options.region,
    acceptingProposals: options.acceptingProposals,
  });
  await db.volunteerProfile.create({ data: rows.profile });
  await db.volunteerSkill.createMany({ data: rows.skills });
  await db.volunteerSector.createMany({ data: rows.sectors });
  await db.volunteerAvailability.createMany({ data: rows.availability });
  if (options.identityTags?.length) {
    await db.identitySelfIdentification.create({ data: { userId: user.id, tags: options.identityTags, consentedAt: new Date() } });
  }
  return user;
}

export interface NeedOptions {
  id?: string;
  organisationId: string;
  programId?: string | null;
  needTypeCode?: string;
  title?: string;
  goals?: string;
  status?: NeedStatus;
  languages?: string[];
  timeZone?: string;
  desiredStartOn?: string;
  durationWeeks?: number;
  availability?: { weekday: number; startMinute: number; endMinute: number }[];
  livedExperienceAsked?: boolean;
  createdById?: string | null;
  submittedAt?: Date;
}

export async function createNeed(db: DbTx, options: NeedOptions) {
  const status = options.status ?? "SUBMITTED";
  const rows = buildNeedRows({
    id: options.id,
    organisationId: options.organisationId,
    programId: options.programId ?? null,
    needTypeCode: options.needTypeCode ?? "social-media-strategy",
    title: options.title ?? "Bâtir notre stratégie de médias sociaux",
    goals: options.goals ?? "Publier chaque semaine et doubler notre communauté.",
    status,
    languages: options.languages ?? ["fr"],
    timeZone: options.timeZone ?? "America/Toronto",
    desiredStartOn: options.desiredStartOn ?? "2026-12-01",
    durationWeeks: options.durationWeeks ?? 12,
    availability: options.availability ?? [{ weekday: 2, startMinute: 12 * 60, endMinute: 14 * 60 }],
    livedExperienceAsked: options.livedExperienceAsked,
    createdById: options.createdById ?? null,
    submittedAt: status === "DRAFT" ? null : (options.submittedAt ?? new Date()),
  });
  await db.need.create({ data: rows.need });
  await db.needAvailability.createMany({ data: rows.availability });
  await db.needStatusChange.create({ data: rows.statusChange });
  return db.need.findUniqueOrThrow({ where: { id: rows.need.id } });
}

export async function createPairing(
  db: DbTx,
  options: { id?: string; needId: string; volunteerId: string; programId?: string | null; status?: PairingStatus; proposedAt?: Date; respondBy?: Date; activatedAt?: Date | null; proposedById?: string | null },
) {
  const id = options.id ?? newId();
  const proposedAt = options.proposedAt ?? new Date();
  const status = options.status ?? "PROPOSED";
  await db.pairing.create({
    data: {
      id,
      needId: options.needId,
      volunteerId: options.volunteerId,
      programId: options.programId ?? null,
      status,
      proposedAt,
      respondBy: options.respondBy ?? new Date(proposedAt.getTime() + 72 * 3_600_000),
      respondedAt: status === "PROPOSED" ? null : proposedAt,
      activatedAt: options.activatedAt ?? (status === "ACTIVE" ? proposedAt : null),
      proposedById: options.proposedById ?? null,
      events: { create: [{ id: newId(), fromStatus: null, toStatus: "PROPOSED", actorId: options.proposedById ?? null, createdAt: proposedAt }] },
    },
  });
  return db.pairing.findUniqueOrThrow({ where: { id } });
}
