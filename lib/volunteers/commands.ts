import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isVolunteer } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { VolunteerProfileSchema } from "./schema";

export async function saveVolunteerProfile(options: { actor: Actor; input: unknown }) {
  const { actor } = options;
  if (!isVolunteer(actor)) throw notFound();
  const input = VolunteerProfileSchema.parse(options.input);
  return db.$transaction(async (tx) => {
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
    await tx.volunteerProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...data }, update: data });
    await tx.volunteerSkill.deleteMany({ where: { volunteerId: actor.id } });
    await tx.volunteerSkill.createMany({ data: [...new Set(input.skillIds)].map((skillId) => ({ volunteerId: actor.id, skillId, level: 2 })) });
    await tx.volunteerSector.deleteMany({ where: { volunteerId: actor.id } });
    await tx.volunteerSector.createMany({ data: [...new Set(input.sectorIds)].map((sectorId) => ({ volunteerId: actor.id, sectorId })) });
    await tx.volunteerAvailability.deleteMany({ where: { volunteerId: actor.id } });
    await tx.volunteerAvailability.createMany({ data: input.availability.map((s) => ({ id: newId(), volunteerId: actor.id, ...s })) });
    // Identity is stored apart, only with consent; withdrawing consent erases it.
    if (input.identityConsent && input.identityTags.length > 0) {
      await tx.identitySelfIdentification.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, tags: input.identityTags, consentedAt: new Date() },
        update: { tags: input.identityTags },
      });
    } else {
      await tx.identitySelfIdentification.deleteMany({ where: { userId: actor.id } });
    }
    await tx.user.update({ where: { id: actor.id }, data: { timeZone: input.timeZone } });
    await audit(tx, { actorId: actor.id, action: "volunteer.profile.save", entityType: "VolunteerProfile", entityId: actor.id });
  });
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
