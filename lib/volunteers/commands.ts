import { db, type DbTx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVolunteer } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { VolunteerProfileSchema, type VolunteerProfileInput } from "./schema";

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
