// Demo data for the pairing lifecycle (weekly sessions, reminders, health,
// cascade, close-out). Called by seedDemo after the reference story exists:
// - the reference pairing meets every Tuesday at 10:00 Winnipeg time (11:00 for
//   the volunteer in Toronto): past sessions written up with notes, decisions
//   and action items (one overdue), the next ones planned;
// - two proposals whose deadline has passed: the worker expires them on start
//   and the coordinator confirms the next-ranked volunteer (manual cascade);
// - a proposal near its deadline and a poorly rated pairing (at risk);
// - two running pairings ready to be completed and surveyed (one per language).
// All people are fictional.
import type { DbTx } from "@/lib/db";
import type { Locale } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { weeklyOccurrences } from "@/lib/scheduling";
import { createNeed, createOrganisation, createPairing, createUser, createVolunteer } from "@/tests/factories";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Accounts and records the e2e tests and the README refer to. */
export const LIFECYCLE_DEMO = {
  cascade: {
    fr: { organisation: "Cuisine collective Hochelaga", need: "Lancer notre infolettre mensuelle" },
    en: { organisation: "Eastside Family Hub", need: "Launch our monthly newsletter" },
  },
  closeout: {
    fr: { pairing: "demo-pairing-closeout-fr", member: "amelie.gagnon@velosolidaire.example.org", volunteer: "marc-andre.roy@example.org", organisation: "Atelier vélo solidaire" },
    en: { pairing: "demo-pairing-closeout-en", member: "grace.liu@harbouryouth.example.org", volunteer: "daniel.okafor@example.org", organisation: "Harbour Youth Theatre" },
  },
  lowRated: { organisation: "Chorale des Premières Lueurs" },
} as const;

const REFERENCE_SESSIONS = [
  {
    agenda: "Présentations\nMission et publics de l’organisme\nÉtat des lieux des comptes de médias sociaux",
    notes: "Kemi a présenté sa démarche : partir de la mission avant de choisir les plateformes. Nadia a décrit les trois publics : les futures mamans, les donateurs du quartier et les partenaires communautaires.",
    decisions: "Rédiger un énoncé de mission d’une phrase.\nFaire l’inventaire des comptes existants et des accès.",
    items: [
      { title: "Inventaire des comptes et des accès", owner: "org", done: true },
      { title: "Première version de l’énoncé de mission", owner: "org", done: true },
    ],
  },
  {
    agenda: "Relire l’énoncé de mission\nTrois objectifs médias sociaux liés à la mission",
    notes: "L’énoncé est adopté avec une petite retouche. Discussion sur les pièges à éviter : publier sans constance, parler seulement de collecte de fonds.",
    decisions: "Objectif 1 : faire connaître le centre aux futures mamans.\nObjectif 2 : recruter des bénévoles.\nObjectif 3 : réussir une campagne de dons de trois semaines.",
    items: [{ title: "Recueillir trois témoignages de mères (avec leur consentement)", owner: "org", done: true }],
  },
  {
    agenda: "Personas\nChoix des plateformes et temps à y consacrer",
    notes: "Deux personas rédigés ensemble : « Sarah, 24 ans, premier bébé » et « Marc, donateur fidèle du quartier ». Le temps disponible de l’équipe est d’environ trois heures par semaine.",
    decisions: "Facebook et Instagram en priorité ; LinkedIn seulement pour les partenaires.",
    items: [{ title: "Mettre en forme les fiches personas", owner: "volunteer", done: true }],
  },
  {
    agenda: "Partenariat avec le cégep\nIdées de contenu pour l’automne",
    notes: "Le cégep du quartier cherche des projets concrets pour ses étudiants en communication. Kemi propose un projet encadré autour de la campagne de dons.",
    decisions: "Proposer au cégep un projet étudiant lié à la campagne.",
    items: [{ title: "Écrire au cégep pour présenter le projet", owner: "org", done: false, dueInDays: -3 }],
  },
  {
    agenda: "Plan de la campagne de dons de trois semaines\nPublicités ciblées : budget et audiences",
    notes: "Objectif de 15 000 $ sur trois semaines. Une publicité de soutien sur Instagram, petit budget, testée sur deux audiences.",
    decisions: "Lancement le premier mardi de décembre.\nUn message par jour pendant la première semaine, puis trois par semaine.",
    items: [{ title: "Calendrier de contenu des trois semaines", owner: "volunteer", done: false, dueInDays: 5 }],
  },
];

interface Sides {
  pairingId: string;
  memberId: string;
  volunteerId: string;
}

/** A weekly slot with every occurrence, written up (held) up to `logUntil`. */
async function scheduleWithSessions(db: DbTx, sides: Sides, options: { startsOn: Date; weeks: number; weekday: number; localTime: string; timeZone: string; logged: number; now: Date; ratings?: number[]; videoUrl?: string }) {
  const scheduleId = newId();
  const startDate = options.startsOn.toISOString().slice(0, 10);
  await db.sessionSchedule.create({
    data: {
      id: scheduleId,
      pairingId: sides.pairingId,
      weekday: options.weekday,
      localTime: options.localTime,
      timeZone: options.timeZone,
      durationMinutes: 60,
      startsOn: new Date(`${startDate}T00:00:00Z`),
      weeks: options.weeks,
      videoUrl: options.videoUrl ?? "https://meet.example.org/tandem-demo",
      createdById: sides.memberId,
      createdAt: options.startsOn,
    },
  });
  const occurrences = weeklyOccurrences({ weekday: options.weekday, localTime: options.localTime, timeZone: options.timeZone, startDate, weeks: options.weeks, durationMinutes: 60 });
  const rows = occurrences.map((o, i) => {
    const logged = i < options.logged && o.endsAt.getTime() < options.now.getTime();
    return {
      id: newId(),
      pairingId: sides.pairingId,
      scheduleId,
      sequence: o.index,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      status: logged ? ("HELD" as const) : ("SCHEDULED" as const),
      durationMinutes: logged ? 60 + ((i * 7) % 20) : null,
      rating: logged ? (options.ratings?.[i] ?? 4) : null,
      loggedAt: logged ? new Date(o.endsAt.getTime() + 2 * HOUR) : null,
      loggedById: logged ? (i % 2 === 0 ? sides.memberId : sides.volunteerId) : null,
    };
  });
  await db.sessionOccurrence.createMany({ data: rows });
  const held = rows.filter((r) => r.status === "HELD");
  await db.sessionAttendance.createMany({ data: held.flatMap((r) => [sides.memberId, sides.volunteerId].map((userId) => ({ occurrenceId: r.id, userId, present: true }))) });
  await db.auditLog.createMany({
    data: [
      { id: newId(), actorId: sides.memberId, action: "sessions.scheduleSet", entityType: "Pairing", entityId: sides.pairingId, data: { weekday: options.weekday, localTime: options.localTime, timeZone: options.timeZone, weeks: options.weeks }, createdAt: options.startsOn },
      ...held.map((r) => ({ id: newId(), actorId: r.loggedById, action: "sessions.log.held", entityType: "Pairing", entityId: sides.pairingId, data: { occurrenceId: r.id, startsAt: r.startsAt.toISOString() }, createdAt: r.loggedAt ?? r.endsAt })),
    ],
  });
  return held;
}

async function person(db: DbTx, options: { email: string; name: string; locale: Locale; timeZone: string; passwordHash: string }) {
  return createUser(db, options);
}

export async function seedLifecycleDemo(
  db: DbTx,
  options: { now: Date; passwordHash: string; programId: string; coordinatorId: string; reference: Sides; referenceStartedAt: Date },
) {
  const { now, passwordHash, programId, coordinatorId } = options;

  // 1. The reference pairing's weekly sessions, notes and action items.
  const held = await scheduleWithSessions(db, options.reference, {
    startsOn: options.referenceStartedAt,
    weeks: 16,
    weekday: 2,
    localTime: "10:00",
    timeZone: "America/Winnipeg",
    logged: REFERENCE_SESSIONS.length,
    ratings: [5, 4, 5, 4, 5],
    now,
  });
  const heldRows = await db.sessionOccurrence.findMany({ where: { id: { in: held.map((h) => h.id) } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } });
  for (const [i, row] of heldRows.entries()) {
    const content = REFERENCE_SESSIONS[i];
    if (!content) continue;
    await db.sessionOccurrence.update({ where: { id: row.id }, data: { agenda: content.agenda, notes: content.notes, decisions: content.decisions } });
    for (const item of content.items) {
      const ownerId = item.owner === "org" ? options.reference.memberId : options.reference.volunteerId;
      const dueOn = "dueInDays" in item ? new Date(`${new Date(now.getTime() + item.dueInDays * DAY).toISOString().slice(0, 10)}T00:00:00Z`) : new Date(`${new Date(row.startsAt.getTime() + 6 * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
      await db.actionItem.create({
        data: { id: newId(), pairingId: options.reference.pairingId, occurrenceId: row.id, title: item.title, ownerId, dueOn, doneAt: item.done ? new Date(row.startsAt.getTime() + 5 * DAY) : null, createdById: ownerId, createdAt: row.startsAt },
      });
    }
  }

  // 2. Two expired proposals (one per language) that cascade, and one about to expire.
  const cascadeVolunteer = async (email: string, name: string, locale: Locale, languages: string[]) =>
    createVolunteer(db, {
      email,
      name,
      passwordHash,
      locale,
      timeZone: "America/Toronto",
      headline: locale === "fr" ? "Rédactrice et spécialiste des infolettres" : "Newsletter and email marketing specialist",
      seniorityYears: 9,
      capacity: 1,
      languages,
      skillCodes: ["email-marketing", "copywriting", "content-strategy", "social-media"],
      sectorCodes: ["food-security", "social-services"],
      availability: [
        { weekday: 3, startMinute: 9 * 60, endMinute: 17 * 60 },
        { weekday: 4, startMinute: 9 * 60, endMinute: 17 * 60 },
      ],
    });
  for (const locale of ["fr", "en"] as const) {
    const story = LIFECYCLE_DEMO.cascade[locale];
    const member = await person(db, { email: `contact-${locale}@${locale === "fr" ? "cuisinehochelaga" : "eastsidefamily"}.example.org`, name: locale === "fr" ? "Sophie Lavoie" : "Priya Raman", locale, timeZone: "America/Toronto", passwordHash });
    const organisation = await createOrganisation(db, { name: story.organisation, sectorCode: "food-security", city: locale === "fr" ? "Montréal" : "Toronto", region: locale === "fr" ? "QC" : "ON", memberIds: [member.id] });
    const silent = await cascadeVolunteer(`silent-${locale}@example.org`, locale === "fr" ? "Hélène Bouchard" : "Owen Fraser", locale, [locale]);
    await cascadeVolunteer(`next-${locale}@example.org`, locale === "fr" ? "Inès Haddad" : "Maya Thompson", locale, [locale]);
    const need = await createNeed(db, {
      organisationId: organisation.id,
      programId,
      needTypeCode: "newsletter",
      title: story.need,
      goals: locale === "fr" ? "Envoyer une infolettre chaque mois.\nDoubler le nombre d’abonnés en six mois." : "Send a newsletter every month.\nDouble our subscribers in six months.",
      status: "MATCHING",
      languages: [locale],
      timeZone: "America/Toronto",
      durationWeeks: 10,
      desiredStartOn: new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10),
      availability: [{ weekday: 3, startMinute: 10 * 60, endMinute: 12 * 60 }],
      createdById: member.id,
      submittedAt: new Date(now.getTime() - 12 * DAY),
    });
    await createPairing(db, { needId: need.id, volunteerId: silent.id, programId, proposedAt: new Date(now.getTime() - 74 * HOUR), respondBy: new Date(now.getTime() - 2 * HOUR), proposedById: coordinatorId });
  }

  // 3. A proposal close to its deadline, and a pairing whose last session was rated poorly.
  const busy = await createVolunteer(db, { email: "julie.tremblay@example.org", name: "Julie Tremblay", passwordHash, locale: "fr", languages: ["fr"], skillCodes: ["web", "copywriting"], seniorityYears: 12 });
  const webMember = await person(db, { email: "direction@refugelephare.example.org", name: "Louise Côté", locale: "fr", timeZone: "America/Toronto", passwordHash });
  const webOrg = await createOrganisation(db, { name: "Maison d’hébergement Le Phare", sectorCode: "housing", city: "Trois-Rivières", region: "QC", memberIds: [webMember.id] });
  const webNeed = await createNeed(db, { organisationId: webOrg.id, programId, needTypeCode: "website", title: "Refaire la page d’accueil de notre site", status: "MATCHING", languages: ["fr"], createdById: webMember.id, submittedAt: new Date(now.getTime() - 9 * DAY) });
  await createPairing(db, { needId: webNeed.id, volunteerId: busy.id, programId, proposedAt: new Date(now.getTime() - 52 * HOUR), respondBy: new Date(now.getTime() + 20 * HOUR), proposedById: coordinatorId });

  const choirMember = await person(db, { email: "coordination@premiereslueurs.example.org", name: "Annie Paquette", locale: "fr", timeZone: "America/Montreal", passwordHash });
  const choirOrg = await createOrganisation(db, { name: LIFECYCLE_DEMO.lowRated.organisation, sectorCode: "arts-culture", city: "Québec", region: "QC", memberIds: [choirMember.id] });
  const choirVolunteer = await createVolunteer(db, { email: "yves.pelletier@example.org", name: "Yves Pelletier", passwordHash, locale: "fr", languages: ["fr"], seniorityYears: 20 });
  const choirNeed = await createNeed(db, { organisationId: choirOrg.id, programId, needTypeCode: "volunteer-recruitment", title: "Recruter des choristes bénévoles", status: "MATCHED", languages: ["fr"], createdById: choirMember.id, submittedAt: new Date(now.getTime() - 60 * DAY) });
  const choirStart = new Date(now.getTime() - 24 * DAY);
  const choir = await createPairing(db, { needId: choirNeed.id, volunteerId: choirVolunteer.id, programId, status: "ACTIVE", proposedAt: new Date(choirStart.getTime() - 4 * DAY), activatedAt: choirStart, proposedById: coordinatorId });
  await scheduleWithSessions(db, { pairingId: choir.id, memberId: choirMember.id, volunteerId: choirVolunteer.id }, { startsOn: choirStart, weeks: 8, weekday: 4, localTime: "18:30", timeZone: "America/Montreal", logged: 3, ratings: [4, 3, 2], now });

  // 4. Two running pairings, one per language, ready to be completed and surveyed.
  for (const locale of ["fr", "en"] as const) {
    const story = LIFECYCLE_DEMO.closeout[locale];
    const member = await person(db, { email: story.member, name: locale === "fr" ? "Chantal Bergeron" : "Grace Liu", locale, timeZone: locale === "fr" ? "America/Montreal" : "America/Vancouver", passwordHash });
    const volunteer = await createVolunteer(db, {
      email: story.volunteer,
      name: locale === "fr" ? "Marc-André Roy" : "Daniel Okafor",
      passwordHash,
      locale,
      timeZone: locale === "fr" ? "America/Halifax" : "America/Edmonton",
      languages: [locale],
      seniorityYears: 15,
      capacity: 1,
    });
    const organisation = await createOrganisation(db, { name: story.organisation, sectorCode: locale === "fr" ? "environment" : "arts-culture", city: locale === "fr" ? "Sherbrooke" : "Vancouver", region: locale === "fr" ? "QC" : "BC", memberIds: [member.id] });
    const need = await createNeed(db, {
      organisationId: organisation.id,
      programId,
      needTypeCode: "brand-messaging",
      title: locale === "fr" ? "Clarifier notre message auprès des jeunes" : "Sharpen our message for teenagers",
      goals: locale === "fr" ? "Un message clé en une phrase.\nUn guide de ton pour les bénévoles." : "One key message in a sentence.\nA tone guide for our volunteers.",
      status: "MATCHED",
      languages: [locale],
      createdById: member.id,
      submittedAt: new Date(now.getTime() - 90 * DAY),
    });
    const start = new Date(now.getTime() - 8 * 7 * DAY);
    const pairing = await createPairing(db, { id: story.pairing, needId: need.id, volunteerId: volunteer.id, programId, status: "ACTIVE", proposedAt: new Date(start.getTime() - 3 * DAY), activatedAt: start, proposedById: coordinatorId });
    await db.pairingEvent.createMany({
      data: [
        { id: newId(), pairingId: pairing.id, fromStatus: "PROPOSED", toStatus: "ACCEPTED", actorId: volunteer.id, createdAt: new Date(start.getTime() - 2 * DAY) },
        { id: newId(), pairingId: pairing.id, fromStatus: "ACCEPTED", toStatus: "ACTIVE", actorId: member.id, createdAt: start },
      ],
    });
    await scheduleWithSessions(db, { pairingId: pairing.id, memberId: member.id, volunteerId: volunteer.id }, { startsOn: start, weeks: 9, weekday: 3, localTime: "12:00", timeZone: locale === "fr" ? "America/Montreal" : "America/Vancouver", logged: 8, ratings: [5, 5, 4, 5, 4, 5, 5, 5], now });
  }
}
