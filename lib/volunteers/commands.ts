import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVolunteer } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, conflict, isUniqueViolation, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import {
  DeclareConflictSchema,
  OptOutPreferencesSchema,
  OrganisationOptOutSchema,
  RemoveConflictSchema,
  RemoveOptOutSchema,
  VolunteerProfileSchema,
  type VolunteerProfileInput,
} from "./schema";

export async function saveVolunteerProfile(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = VolunteerProfileSchema.parse(options.input);
  return db.$transaction(async (tx) => {
    await writeVolunteerProfile(tx, actor.id, input);
    await audit(tx, { actorId: actor.id, action: "volunteer.profile.save", entityType: "VolunteerProfile", entityId: actor.id });
  });
}

/** Writes a parsed profile (and its consented identity data) inside the caller's transaction. */
export async function writeVolunteerProfile(tx: DbTx, userId: string, input: VolunteerProfileInput) {
  const known = await tx.skill.count({ where: { id: { in: input.skillIds } } });
  const knownSectors = await tx.sector.count({ where: { id: { in: input.sectorIds } } });
  if (known !== new Set(input.skillIds).size || knownSectors !== new Set(input.sectorIds).size) {
    throw new AppError("validation", "volunteer.validation.unknownChoice");
  }
  const data = {
    headline: input.headline,
    bio: input.bio,
    employer: input.employer || null,
    seniorityYears: input.seniorityYears,
    capacity: input.capacity,
    timeZone: input.timeZone,
    languages: input.languages,
    region: input.region || null,
    city: input.city || null,
    acceptingProposals: input.acceptingProposals,
    completedAt: new Date(),
  };
  await tx.volunteerProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  await tx.volunteerSkill.deleteMany({ where: { volunteerId: userId } });
  await tx.volunteerSkill.createMany({ data: [...new Set(input.skillIds)].map((skillId) => ({ volunteerId: userId, skillId, level: 2 })) });
  await tx.volunteerSector.deleteMany({ where: { volunteerId: userId } });
  await tx.volunteerSector.createMany({ data: [...new Set(input.sectorIds)].map((sectorId) => ({ volunteerId: userId, sectorId })) });
  await tx.volunteerAvailability.deleteMany({ where: { volunteerId: userId } });
  await tx.volunteerAvailability.createMany({ data: input.availability.map((s) => ({ id: newId(), volunteerId: userId, ...s })) });
  // Identity is stored apart, only with consent; withdrawing consent erases it.
  if (input.identityConsent && input.identityTags.length > 0) {
    await tx.identitySelfIdentification.upsert({
      where: { userId },
      create: { userId, tags: input.identityTags, consentedAt: new Date() },
      update: { tags: input.identityTags },
    });
  } else {
    await tx.identitySelfIdentification.deleteMany({ where: { userId } });
  }
  await tx.user.update({ where: { id: userId }, data: { timeZone: input.timeZone } });
}

/** The volunteer's own profile, for their form. Identity tags are theirs to see. */
export async function getOwnProfile(actor: Actor) {
  const [profile, identity] = await Promise.all([
    db.volunteerProfile.findUnique({
      where: { userId: actor.id },
      include: { skills: true, sectors: true, availability: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] } },
    }),
    db.identitySelfIdentification.findUnique({ where: { userId: actor.id } }),
  ]);
  return { profile, identity };
}

// ——— Exclusions: what a volunteer does not want to be proposed, and conflicts of interest ———
// Both are hard filters of the matching engine (lib/matching/evaluate-pair.ts) and of the
// candidate page's screen (lib/matching-data/screen.ts). An opt-out's value is a need-type code
// (NEED_TYPE), a sector code (SECTOR) or an organisation id (ORGANISATION).

/** Exclusions hang on the volunteer profile: a volunteer without one fills it in first. */
async function requireOwnProfile(tx: DbTx, userId: string) {
  const profile = await tx.volunteerProfile.findUnique({ where: { userId }, select: { userId: true } });
  if (!profile) throw new AppError("validation", "volunteer.exclusions.profileFirst");
}

/** Declaring the same thing twice (in a race too) hits the unique constraint: a clear 409, never a 500. */
async function orDuplicate<T>(messageKey: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(messageKey);
    throw error;
  }
}

/** Replaces the kinds of need and the sectors the volunteer does not want to be proposed. */
export async function saveOptOutPreferences(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = OptOutPreferencesSchema.parse(options.input);
  const needTypeCodes = [...new Set(input.needTypeCodes)];
  const sectorCodes = [...new Set(input.sectorCodes)];
  await db.$transaction(async (tx) => {
    await requireOwnProfile(tx, actor.id);
    const [types, sectors] = await Promise.all([
      tx.needType.count({ where: { code: { in: needTypeCodes } } }),
      tx.sector.count({ where: { code: { in: sectorCodes } } }),
    ]);
    if (types !== needTypeCodes.length || sectors !== sectorCodes.length) throw new AppError("validation", "volunteer.validation.unknownChoice");
    await tx.volunteerOptOut.deleteMany({ where: { volunteerId: actor.id, kind: { in: ["NEED_TYPE", "SECTOR"] } } });
    await tx.volunteerOptOut.createMany({
      data: [
        ...needTypeCodes.map((value) => ({ id: newId(), volunteerId: actor.id, kind: "NEED_TYPE" as const, value })),
        ...sectorCodes.map((value) => ({ id: newId(), volunteerId: actor.id, kind: "SECTOR" as const, value })),
      ],
    });
    await audit(tx, { actorId: actor.id, action: "volunteer.optOuts.save", entityType: "VolunteerProfile", entityId: actor.id, data: { needTypeCodes, sectorCodes } });
  });
}

async function requireOrganisation(tx: DbTx, organisationId: string) {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } });
  if (!organisation) throw notFound();
}

/** The volunteer declares a tie with an organisation: they are never proposed its needs. */
export async function declareConflict(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = DeclareConflictSchema.parse(options.input);
  return orDuplicate("volunteer.exclusions.conflictExists", () =>
    db.$transaction(async (tx) => {
      await requireOwnProfile(tx, actor.id);
      await requireOrganisation(tx, input.organisationId);
      const id = newId();
      await tx.conflictOfInterest.create({ data: { id, volunteerId: actor.id, organisationId: input.organisationId, relation: input.relation, note: input.note || null } });
      await audit(tx, { actorId: actor.id, action: "volunteer.conflict.declare", entityType: "ConflictOfInterest", entityId: id, data: { organisationId: input.organisationId, relation: input.relation } });
      return { id };
    }),
  );
}

/** Only the volunteer's own declaration: anyone else's is not found. */
export async function removeConflict(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = RemoveConflictSchema.parse(options.input);
  await db.$transaction(async (tx) => {
    const removed = await tx.conflictOfInterest.deleteMany({ where: { id: input.conflictId, volunteerId: actor.id } });
    if (removed.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: "volunteer.conflict.remove", entityType: "ConflictOfInterest", entityId: input.conflictId });
  });
}

/** "Don't propose me to this organisation", without saying why. */
export async function optOutOfOrganisation(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = OrganisationOptOutSchema.parse(options.input);
  return orDuplicate("volunteer.exclusions.optOutExists", () =>
    db.$transaction(async (tx) => {
      await requireOwnProfile(tx, actor.id);
      await requireOrganisation(tx, input.organisationId);
      const id = newId();
      await tx.volunteerOptOut.create({ data: { id, volunteerId: actor.id, kind: "ORGANISATION", value: input.organisationId } });
      await audit(tx, { actorId: actor.id, action: "volunteer.optOut.organisation", entityType: "VolunteerOptOut", entityId: id, data: { organisationId: input.organisationId } });
      return { id };
    }),
  );
}

/** Removes one of the volunteer's own opt-outs (an organisation one, from the profile's list). */
export async function removeOptOut(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = RemoveOptOutSchema.parse(options.input);
  await db.$transaction(async (tx) => {
    const removed = await tx.volunteerOptOut.deleteMany({ where: { id: input.optOutId, volunteerId: actor.id } });
    if (removed.count === 0) throw notFound();
    await audit(tx, { actorId: actor.id, action: "volunteer.optOut.remove", entityType: "VolunteerOptOut", entityId: input.optOutId });
  });
}
