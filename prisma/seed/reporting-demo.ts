// Demo data for coordinator reporting and the alumni network, added at the end of seedDemo: three
// pairings of the demo program completed over the past months (weekly sessions, close-out
// surveys with outcomes and consented testimonials), one ended early, a declined and an expired
// proposal, the alumni those pairings created (with opt-ins, an ambassador, a referral), a past
// event with attendance and an upcoming one. Every dashboard figure of the demo program is then
// computed from real rows. Fictional people.
import type { DbTx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { createNeed, createOrganisation, createPairing, createUser } from "@/tests/factories";
import { createAlumni, createEngagement, createProgramEvent, createSession, createSurvey } from "@/tests/factories/lifecycle";
import { DEMO_ACCOUNTS, DEMO_IDS } from "./demo-accounts";

const DAY = 86_400_000;

/** Alumni mentees with sign-ins, used by the end-to-end tests (one per language). */
export const DEMO_ALUMNI = {
  fr: { email: "amelie.gagnon@maisonlumiere.example.org", name: "Amélie Gagnon" },
  en: { email: "grace.okafor@northshorefood.example.org", name: "Grace Okafor" },
  third: { email: "louis.roy@ateliersduquai.example.org", name: "Louis Roy" },
} as const;

interface CompletedStory {
  org: { name: string; sector: string; city: string; region: string; lang: "fr" | "en" };
  member: { email: string; name: string; title: string };
  volunteerEmail: string;
  need: { type: string; title: string; goals: string[] };
  /** Days before now the need was submitted; the rest of the timeline follows from it. */
  submittedDaysAgo: number;
  daysToMatch: number;
  weeks: number;
  org_: { satisfaction: number; results: ("achieved" | "partly" | "not")[]; testimonial: string; consent: boolean };
  vol: { satisfaction: number; results: ("achieved" | "partly" | "not")[]; testimonial: string; consent: boolean };
}

const STORIES: CompletedStory[] = [
  {
    org: { name: "Maison Lumière", sector: "youth", city: "Longueuil", region: "QC", lang: "fr" },
    member: { ...DEMO_ALUMNI.fr, title: "Responsable des communications" },
    volunteerEmail: "benevole1@example.org",
    need: { type: "social-media-strategy", title: "Une stratégie Instagram pour rejoindre les jeunes", goals: ["Définir nos publics et nos messages", "Publier deux fois par semaine", "Former l’équipe à l’outil de planification"] },
    submittedDaysAgo: 210,
    daysToMatch: 9,
    weeks: 12,
    org_: { satisfaction: 5, results: ["achieved", "achieved", "partly"], testimonial: "Nous publions maintenant chaque semaine sans stress, et nos jeunes nous écrivent directement sur Instagram.", consent: true },
    vol: { satisfaction: 5, results: ["achieved", "achieved", "achieved"], testimonial: "Une équipe motivée qui a tout repris à son compte dès la sixième semaine.", consent: true },
  },
  {
    org: { name: "North Shore Food Bank", sector: "food-security", city: "Thunder Bay", region: "ON", lang: "en" },
    member: { ...DEMO_ALUMNI.en, title: "Outreach coordinator" },
    volunteerEmail: "benevole2@example.org",
    need: { type: "fundraising-campaign", title: "A three-week winter giving campaign", goals: ["Raise $15,000 in three weeks", "Recruit 60 first-time donors", "Leave a reusable campaign calendar"] },
    submittedDaysAgo: 180,
    daysToMatch: 16,
    weeks: 10,
    org_: { satisfaction: 4, results: ["partly", "achieved", "achieved"], testimonial: "Our mentor helped us plan the campaign week by week. We beat last winter's total and kept the calendar for next year.", consent: true },
    vol: { satisfaction: 4, results: ["partly", "achieved", "achieved"], testimonial: "", consent: false },
  },
  {
    org: { name: "Les Ateliers du Quai", sector: "arts-culture", city: "Rimouski", region: "QC", lang: "fr" },
    member: { ...DEMO_ALUMNI.third, title: "Directeur général" },
    volunteerEmail: "benevole3@example.org",
    need: { type: "partnerships", title: "Trouver un partenaire collégial pour nos ateliers", goals: ["Approcher trois établissements", "Signer une entente de partenariat"] },
    submittedDaysAgo: 150,
    daysToMatch: 31,
    weeks: 8,
    org_: { satisfaction: 4, results: ["achieved", "partly"], testimonial: "Nous avons une entente avec le cégep pour la rentrée, et une méthode pour approcher les prochains partenaires.", consent: true },
    vol: { satisfaction: 3, results: ["achieved", "not"], testimonial: "Beau projet, mais l’entente a pris plus de temps que prévu.", consent: false },
  },
];

async function userIdByEmail(db: DbTx, email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export async function seedReportingDemo(db: DbTx, options: { now: Date; passwordHash: string }) {
  const { now, passwordHash } = options;
  const programId = DEMO_IDS.program;
  const coordinatorId = await userIdByEmail(db, DEMO_ACCOUNTS.coordinator.email);
  const at = (daysAgo: number, hour = 15) => new Date(Math.floor((now.getTime() - daysAgo * DAY) / DAY) * DAY + hour * 3_600_000);
  await db.program.update({
    where: { id: programId },
    data: {
      hourlyValueCents: 7500,
      descriptionFr: "Une cohorte pancanadienne qui jumelle de petits organismes avec des professionnels bénévoles des communications, pour une stratégie qui leur survit.",
      descriptionEn: "A Canada-wide cohort pairing small nonprofits with volunteer communications professionals, for a strategy that outlives the pairing.",
    },
  });

  // Needs the base seed marked as matched get the moment they were matched, as the app records it.
  await db.$executeRaw`
    UPDATE "Need" n SET "matchedAt" = COALESCE(
      (SELECT min(c."createdAt") FROM "NeedStatusChange" c WHERE c."needId" = n.id AND c."toStatus" = 'MATCHED'),
      (SELECT min(COALESCE(p."respondedAt", p."activatedAt")) FROM "Pairing" p WHERE p."needId" = n.id AND p.status IN ('ACCEPTED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY')))
    WHERE n."programId" = ${programId} AND n.status IN ('MATCHED', 'CLOSED') AND n."matchedAt" IS NULL`;

  const alumniIds: { mentee: string; volunteer: string }[] = [];
  for (const [index, story] of STORIES.entries()) {
    const member = await createUser(db, { email: story.member.email, name: story.member.name, passwordHash, locale: story.org.lang, timeZone: "America/Toronto" });
    const org = await createOrganisation(db, { name: story.org.name, sectorCode: story.org.sector, city: story.org.city, region: story.org.region, memberIds: [member.id] });
    await db.organisationMembership.updateMany({ where: { organisationId: org.id, userId: member.id }, data: { title: story.member.title } });
    const volunteerId = await userIdByEmail(db, story.volunteerEmail);
    const submittedAt = at(story.submittedDaysAgo, 14);
    const matchedAt = new Date(submittedAt.getTime() + story.daysToMatch * DAY);
    const startedAt = new Date(matchedAt.getTime() + 5 * DAY);
    const endedAt = new Date(startedAt.getTime() + story.weeks * 7 * DAY);
    const need = await createNeed(db, {
      organisationId: org.id,
      programId,
      needTypeCode: story.need.type,
      title: story.need.title,
      goals: story.need.goals.join("\n"),
      status: "CLOSED",
      languages: [story.org.lang],
      timeZone: "America/Toronto",
      desiredStartOn: startedAt.toISOString().slice(0, 10),
      durationWeeks: story.weeks,
      availability: [{ weekday: 3, startMinute: 12 * 60, endMinute: 14 * 60 }],
      createdById: member.id,
      submittedAt,
    });
    await db.need.update({ where: { id: need.id }, data: { approvedAt: new Date(submittedAt.getTime() + 2 * DAY), matchedAt, closedAt: endedAt } });

    // A first proposal that did not work out, for the acceptance figures.
    if (index < 2) {
      const earlier = await createPairing(db, {
        needId: need.id,
        volunteerId: await userIdByEmail(db, `benevole${10 + index}@example.org`),
        programId,
        status: index === 0 ? "DECLINED" : "EXPIRED",
        proposedAt: new Date(submittedAt.getTime() + 3 * DAY),
        proposedById: coordinatorId,
      });
      await db.pairing.update({
        where: { id: earlier.id },
        data: index === 0 ? { respondedAt: new Date(earlier.proposedAt.getTime() + 20 * 3_600_000), reason: "Pas disponible ce trimestre." } : { respondedAt: null },
      });
    }
    const proposedAt = new Date(matchedAt.getTime() - (index + 1) * 18 * 3_600_000);
    const pairing = await createPairing(db, { needId: need.id, volunteerId, programId, status: "COMPLETED", proposedAt, activatedAt: startedAt, proposedById: coordinatorId });
    await db.pairing.update({ where: { id: pairing.id }, data: { respondedAt: matchedAt, endedAt } });
    await db.pairingEvent.createMany({
      data: [
        { id: newId(), pairingId: pairing.id, fromStatus: "PROPOSED", toStatus: "ACCEPTED", actorId: volunteerId, createdAt: matchedAt },
        { id: newId(), pairingId: pairing.id, fromStatus: "ACCEPTED", toStatus: "ACTIVE", actorId: member.id, createdAt: startedAt },
        { id: newId(), pairingId: pairing.id, fromStatus: "ACTIVE", toStatus: "COMPLETED", actorId: member.id, createdAt: endedAt },
      ],
    });

    for (let week = 0; week < story.weeks; week++) {
      const missed = week === 4 && index === 1;
      await createSession(db, {
        pairingId: pairing.id,
        startsAt: new Date(startedAt.getTime() + week * 7 * DAY),
        status: missed ? "CANCELLED" : "HELD",
        plannedMinutes: [60, 75, 90][(week + index) % 3],
        rating: missed ? null : 3 + ((week + index) % 3),
        loggedById: volunteerId,
      });
    }

    const goals = (results: ("achieved" | "partly" | "not")[]) => results.map((result, i) => ({ goal: story.need.goals[i] ?? "", result, note: "" }));
    await createSurvey(db, { pairingId: pairing.id, respondentId: member.id, side: "ORGANISATION", satisfaction: story.org_.satisfaction, outcomes: goals(story.org_.results), testimonial: story.org_.testimonial, testimonialConsent: story.org_.consent, submittedAt: new Date(endedAt.getTime() + DAY) });
    await createSurvey(db, { pairingId: pairing.id, respondentId: volunteerId, side: "VOLUNTEER", satisfaction: story.vol.satisfaction, outcomes: goals(story.vol.results), testimonial: story.vol.testimonial, testimonialConsent: story.vol.consent, submittedAt: new Date(endedAt.getTime() + 2 * DAY) });

    const mentee = await createAlumni(db, { userId: member.id, programId, side: "ORGANISATION", pairingId: pairing.id, since: endedAt, directoryOptIn: true, newsletterOptIn: true, eventsOptIn: true });
    const mentor = await createAlumni(db, { userId: volunteerId, programId, side: "VOLUNTEER", pairingId: pairing.id, since: endedAt, directoryOptIn: true, newsletterOptIn: index !== 2, eventsOptIn: true, ambassador: index === 0 });
    alumniIds.push({ mentee: mentee.id, volunteer: mentor.id });
  }

  // A pairing that ended early.
  const earlyOrg = await createOrganisation(db, { name: "Coopérative Le Grenier", sectorCode: "food-security", city: "Sherbrooke", region: "QC" });
  const earlyNeed = await createNeed(db, { organisationId: earlyOrg.id, programId, needTypeCode: "newsletter", title: "Relancer notre infolettre", status: "CLOSED", submittedAt: at(120, 14) });
  await db.need.update({ where: { id: earlyNeed.id }, data: { approvedAt: at(118), matchedAt: at(100), closedAt: at(60) } });
  const early = await createPairing(db, { needId: earlyNeed.id, volunteerId: await userIdByEmail(db, "benevole4@example.org"), programId, status: "ENDED_EARLY", proposedAt: at(101), activatedAt: at(95), proposedById: coordinatorId });
  await db.pairing.update({ where: { id: early.id }, data: { respondedAt: at(100), endedAt: at(60), reason: "L’organisme a dû suspendre le projet." } });
  for (let week = 0; week < 4; week++) await createSession(db, { pairingId: early.id, startsAt: at(95 - week * 7), plannedMinutes: 60, rating: week === 3 ? 2 : 4 });

  // Re-engagement: the first mentor took a new pairing (the demo's volunteers), one mentee referred another organisation.
  const [first, second] = alumniIds;
  if (first) await createEngagement(db, { alumniId: first.volunteer, kind: "VOLUNTEERED_AGAIN", occurredAt: at(40), detail: "pairing" });
  if (second) await createEngagement(db, { alumniId: second.mentee, kind: "REFERRED", occurredAt: at(30), detail: "Centre communautaire de la Baie" });

  // A past gathering with attendance, and an upcoming one not yet announced.
  const past = await createProgramEvent(db, { programId, title: "Cinq à sept des anciens", description: "Retrouvailles des mentors et des organismes de la cohorte.", startsAt: at(20, 22), place: "Montréal et en ligne" });
  const attendees = alumniIds.flatMap((a) => [a.mentee, a.volunteer]);
  await db.eventInvitation.createMany({ data: attendees.map((alumniId, i) => ({ eventId: past.id, alumniId, invitedAt: at(35), attended: i % 2 === 0 })) });
  for (const [i, alumniId] of attendees.entries()) {
    if (i % 2 === 0) await createEngagement(db, { alumniId, kind: "ATTENDED_EVENT", occurredAt: past.startsAt, detail: `event:${past.id}` });
  }
  await createProgramEvent(db, { programId, title: "Atelier : mesurer l’effet de vos campagnes", description: "Un atelier animé par une ancienne mentore, ouvert à toute la communauté.", startsAt: new Date(now.getTime() + 21 * DAY), place: "En ligne" });
}
