// Row builders: plain objects ready for createMany. The factories insert them
// one at a time; the large data generator inserts them in batches.
import { newId } from "@/lib/ids";
import type { Locale, NeedStatus } from "@/lib/generated/prisma/enums";

export type Slot = { weekday: number; startMinute: number; endMinute: number };

export function buildUserRow(o: { id?: string; email: string; name: string; passwordHash: string; locale?: Locale; timeZone?: string }) {
  return { id: o.id ?? newId(), email: o.email, name: o.name, passwordHash: o.passwordHash, locale: o.locale ?? ("fr" as Locale), timeZone: o.timeZone ?? "America/Toronto" };
}

export function buildVolunteerRows(o: {
  userId: string;
  headline: string;
  bio?: string;
  seniorityYears: number;
  capacity: number;
  timeZone: string;
  languages: string[];
  skillCodes: readonly string[];
  sectorCodes: readonly string[];
  availability: Slot[];
  city?: string | null;
  region?: string | null;
  acceptingProposals?: boolean;
  completedAt?: Date;
}) {
  return {
    profile: {
      userId: o.userId,
      headline: o.headline,
      bio: o.bio ?? "",
      seniorityYears: o.seniorityYears,
      capacity: o.capacity,
      timeZone: o.timeZone,
      languages: o.languages,
      city: o.city ?? null,
      region: o.region ?? null,
      acceptingProposals: o.acceptingProposals ?? true,
      completedAt: o.completedAt ?? new Date(),
    },
    skills: o.skillCodes.map((code) => ({ volunteerId: o.userId, skillId: `skill-${code}`, level: 2 })),
    sectors: o.sectorCodes.map((code) => ({ volunteerId: o.userId, sectorId: `sector-${code}` })),
    availability: o.availability.map((s) => ({ id: newId(), volunteerId: o.userId, ...s })),
  };
}

export function buildNeedRows(o: {
  id?: string;
  organisationId: string;
  programId: string | null;
  needTypeCode: string;
  title: string;
  goals: string;
  status: NeedStatus;
  languages: string[];
  timeZone: string;
  desiredStartOn: string;
  durationWeeks: number;
  availability: Slot[];
  livedExperienceAsked?: boolean;
  createdById: string | null;
  submittedAt: Date | null;
}) {
  const id = o.id ?? newId();
  const approved = ["APPROVED", "MATCHING", "MATCHED", "CLOSED"].includes(o.status);
  return {
    need: {
      id,
      organisationId: o.organisationId,
      programId: o.programId,
      needTypeId: `needtype-${o.needTypeCode}`,
      title: o.title,
      goals: o.goals,
      status: o.status,
      languages: o.languages,
      timeZone: o.timeZone,
      desiredStartOn: new Date(`${o.desiredStartOn}T00:00:00Z`),
      durationWeeks: o.durationWeeks,
      livedExperienceAsked: o.livedExperienceAsked ?? false,
      livedExperienceTags: [] as string[],
      createdById: o.createdById,
      submittedAt: o.submittedAt,
      approvedAt: approved ? o.submittedAt : null,
    },
    availability: o.availability.map((s) => ({ id: newId(), needId: id, ...s })),
    statusChange: { id: newId(), needId: id, fromStatus: null, toStatus: o.status, actorId: o.createdById, createdAt: o.submittedAt ?? new Date() },
  };
}
