// Demo data built on the reference story (PRODUCT.md): a small charity that
// supports at-risk mothers, its communications coordinator, a seasoned
// communications and fundraising volunteer, a program coordinator and one
// program — plus about twenty more organisations and volunteers so lists look
// real. All people are fictional. Idempotent: does nothing if already seeded.
import type { DbTx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newId } from "@/lib/ids";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import { createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer, ensureCatalogue } from "@/tests/factories";
import { int, mulberry32, personName, pick, sample } from "@/tests/factories/random";
import { CATALOGUE } from "@/lib/catalogue/defaults";
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoStrategyAndCampaigns } from "./demo-strategy";
import { seedLifecycleDemo } from "./demo-lifecycle";
import { seedReportingDemo } from "./reporting-demo";

const DAY = 86_400_000;

const ORGS: { name: string; sector: string; city: string; region: string; lang: "fr" | "en" }[] = [
  { name: "Banque alimentaire du Plateau", sector: "food-security", city: "Montréal", region: "QC", lang: "fr" },
  { name: "Riverbend Literacy Network", sector: "education", city: "Winnipeg", region: "MB", lang: "en" },
  { name: "Maison des jeunes L’Envol", sector: "youth", city: "Sherbrooke", region: "QC", lang: "fr" },
  { name: "Prairie Newcomer Welcome Centre", sector: "newcomers", city: "Regina", region: "SK", lang: "en" },
  { name: "Théâtre du Quai", sector: "arts-culture", city: "Rimouski", region: "QC", lang: "fr" },
  { name: "Harbourside Housing Co-op", sector: "housing", city: "Halifax", region: "NS", lang: "en" },
  { name: "Corridor vert de l’Outaouais", sector: "environment", city: "Gatineau", region: "QC", lang: "fr" },
  { name: "Northern Lights Youth Sport", sector: "sport", city: "Sudbury", region: "ON", lang: "en" },
  { name: "Entraide santé mentale Laval", sector: "health", city: "Laval", region: "QC", lang: "fr" },
  { name: "Cedar Circle Family Services", sector: "social-services", city: "Kamloops", region: "BC", lang: "en" },
  { name: "Alpha-Lecture Acadie", sector: "education", city: "Moncton", region: "NB", lang: "fr" },
  { name: "Trillium Seniors Connect", sector: "social-services", city: "Ottawa", region: "ON", lang: "en" },
  { name: "Jardins collectifs de Limoilou", sector: "food-security", city: "Québec", region: "QC", lang: "fr" },
  { name: "Lakeshore Refugee Support", sector: "newcomers", city: "Toronto", region: "ON", lang: "en" },
  { name: "Cercle des arts autochtones", sector: "indigenous", city: "Wendake", region: "QC", lang: "fr" },
  { name: "Bright Start Parenting Network", sector: "maternal-health", city: "Calgary", region: "AB", lang: "en" },
  { name: "Refuge Le Phare", sector: "housing", city: "Trois-Rivières", region: "QC", lang: "fr" },
  { name: "Coastal Cleanup Collective", sector: "environment", city: "Victoria", region: "BC", lang: "en" },
  { name: "Musique pour tous Saguenay", sector: "arts-culture", city: "Saguenay", region: "QC", lang: "fr" },
  { name: "Open Doors Mental Health", sector: "health", city: "Hamilton", region: "ON", lang: "en" },
];

const NEED_TITLES: Record<string, { fr: string; en: string }> = {
  "social-media-strategy": { fr: "Bâtir notre stratégie de médias sociaux", en: "Build our social-media strategy" },
  "fundraising-campaign": { fr: "Préparer notre campagne de dons de fin d’année", en: "Plan our year-end giving campaign" },
  partnerships: { fr: "Trouver des partenaires dans notre quartier", en: "Find partners in our neighbourhood" },
  "brand-messaging": { fr: "Clarifier notre message", en: "Sharpen our message" },
  website: { fr: "Refaire la page d’accueil de notre site", en: "Rework our website's home page" },
  newsletter: { fr: "Relancer notre infolettre", en: "Revive our newsletter" },
  "paid-ads": { fr: "Tester la publicité sur Instagram", en: "Try advertising on Instagram" },
  "volunteer-recruitment": { fr: "Recruter des bénévoles pour l’été", en: "Recruit summer volunteers" },
  "community-building": { fr: "Garder le contact avec nos anciens participants", en: "Stay in touch with past participants" },
  other: { fr: "Préparer notre rapport annuel", en: "Prepare our annual report" },
};

const HEADLINES = [
  { fr: "Stratège en médias sociaux, 12 ans en agence", en: "Social-media strategist, 12 years agency-side" },
  { fr: "Conseillère en collecte de fonds pour OBNL", en: "Nonprofit fundraising adviser" },
  { fr: "Rédacteur et réviseur bilingue", en: "Bilingual writer and editor" },
  { fr: "Gestionnaire de communauté en ligne", en: "Online community manager" },
  { fr: "Directrice des communications à la retraite", en: "Retired communications director" },
  { fr: "Spécialiste en publicité numérique", en: "Digital advertising specialist" },
  { fr: "Designer graphique et identité de marque", en: "Graphic and brand designer" },
  { fr: "Relationniste de presse", en: "Media relations professional" },
];

export async function seedDemo(db: DbTx, options: { now?: Date } = {}): Promise<"seeded" | "already-seeded"> {
  if (await db.program.findUnique({ where: { id: DEMO_IDS.program }, select: { id: true } })) return "already-seeded";
  const now = options.now ?? new Date();
  const random = mulberry32(2026);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ensureCatalogue(db);

  // People of the reference story.
  await createUser(db, { email: DEMO_ACCOUNTS.admin.email, name: DEMO_ACCOUNTS.admin.name, roles: ["ADMIN"], passwordHash, locale: "fr" });
  const coordinator = await createUser(db, { email: DEMO_ACCOUNTS.coordinator.email, name: DEMO_ACCOUNTS.coordinator.name, roles: ["COORDINATOR"], passwordHash, locale: "fr", timeZone: "America/Toronto" });
  const nadia = await createUser(db, { email: DEMO_ACCOUNTS.orgMember.email, name: DEMO_ACCOUNTS.orgMember.name, passwordHash, locale: "fr", timeZone: "America/Winnipeg" });
  const kemi = await createVolunteer(db, {
    email: DEMO_ACCOUNTS.volunteer.email,
    name: DEMO_ACCOUNTS.volunteer.name,
    passwordHash,
    locale: "en",
    timeZone: "America/Toronto",
    headline: "Communications and fundraising consultant · 18 years with nonprofits",
    bio: "I have led communications and annual giving for national charities and now advise small organisations. I care about leaving processes the team can keep running after I leave.",
    seniorityYears: 18,
    capacity: 2,
    languages: ["en", "fr"],
    skillCodes: ["social-media", "content-strategy", "fundraising", "donor-relations", "partnerships", "paid-ads", "community-management"],
    sectorCodes: ["maternal-health", "social-services", "health"],
    availability: [
      { weekday: 2, startMinute: 11 * 60, endMinute: 14 * 60 },
      { weekday: 4, startMinute: 12 * 60, endMinute: 15 * 60 },
    ],
    city: "Toronto",
    region: "ON",
    identityTags: ["woman", "parent", "racialized", "immigrant"],
  });

  const program = await createProgram(db, {
    id: DEMO_IDS.program,
    slug: "jumelage-2026",
    nameFr: "Initiative de jumelage 2026",
    nameEn: "Pairing Initiative 2026",
    coordinatorIds: [coordinator.id],
  });

  await createOrganisation(db, {
    id: DEMO_IDS.organisation,
    name: "Centre Mères Debout",
    sectorCode: "maternal-health",
    city: "Winnipeg",
    region: "MB",
    memberIds: [nadia.id],
    description: "Organisme de bienfaisance enregistré qui accompagne les mères à risque et leurs enfants.",
  });
  await db.organisationMembership.updateMany({ where: { organisationId: DEMO_IDS.organisation, userId: nadia.id }, data: { title: "Coordonnatrice des communications" } });

  const startedAt = new Date(now.getTime() - 6 * 7 * DAY);
  await createNeed(db, {
    id: DEMO_IDS.need,
    organisationId: DEMO_IDS.organisation,
    programId: program.id,
    needTypeCode: "social-media-strategy",
    title: "Stratégie de gestion et de mobilisation des médias sociaux",
    goals:
      "Définir une stratégie de médias sociaux qui sert notre mission.\nMobiliser notre communauté autour d’une campagne de dons de trois semaines.\nMettre en place des façons de faire que notre petite équipe pourra maintenir seule.",
    status: "MATCHED",
    languages: ["fr", "en"],
    timeZone: "America/Winnipeg",
    durationWeeks: 16,
    desiredStartOn: startedAt.toISOString().slice(0, 10),
    availability: [
      { weekday: 2, startMinute: 10 * 60, endMinute: 13 * 60 },
      { weekday: 4, startMinute: 11 * 60, endMinute: 14 * 60 },
    ],
    livedExperienceAsked: true,
    createdById: nadia.id,
    submittedAt: new Date(startedAt.getTime() - 14 * DAY),
  });
  await createPairing(db, {
    id: DEMO_IDS.pairing,
    needId: DEMO_IDS.need,
    volunteerId: kemi.id,
    programId: program.id,
    status: "ACTIVE",
    proposedAt: new Date(startedAt.getTime() - 5 * DAY),
    activatedAt: startedAt,
    proposedById: coordinator.id,
  });
  await db.pairingEvent.createMany({
    data: [
      { id: newId(), pairingId: DEMO_IDS.pairing, fromStatus: "PROPOSED", toStatus: "ACCEPTED", actorId: kemi.id, createdAt: new Date(startedAt.getTime() - 4 * DAY) },
      { id: newId(), pairingId: DEMO_IDS.pairing, fromStatus: "ACCEPTED", toStatus: "ACTIVE", actorId: nadia.id, createdAt: startedAt },
    ],
  });
  await db.needStatusChange.createMany({
    data: [
      { id: newId(), needId: DEMO_IDS.need, fromStatus: "SUBMITTED", toStatus: "APPROVED", actorId: coordinator.id, createdAt: new Date(startedAt.getTime() - 10 * DAY) },
      { id: newId(), needId: DEMO_IDS.need, fromStatus: "APPROVED", toStatus: "MATCHING", actorId: coordinator.id, createdAt: new Date(startedAt.getTime() - 5 * DAY) },
      { id: newId(), needId: DEMO_IDS.need, fromStatus: "MATCHING", toStatus: "MATCHED", actorId: kemi.id, createdAt: new Date(startedAt.getTime() - 4 * DAY) },
    ],
  });

  // The charity's next need, approved and waiting for a volunteer: the matching console's demo.
  // Kemi offered to help with it; she still has capacity for one more pairing.
  await createNeed(db, {
    id: DEMO_IDS.openNeed,
    organisationId: DEMO_IDS.organisation,
    programId: program.id,
    needTypeCode: "fundraising-campaign",
    title: "Campagne de dons de trois semaines avec le Collège Riverside",
    goals:
      "Préparer une campagne de dons de trois semaines en partenariat avec un collège.\nAppuyer la campagne par des publicités ciblées sur les médias sociaux.\nDocumenter la démarche pour la refaire seules l’an prochain.",
    status: "APPROVED",
    languages: ["fr", "en"],
    timeZone: "America/Winnipeg",
    durationWeeks: 10,
    desiredStartOn: new Date(now.getTime() + 21 * DAY).toISOString().slice(0, 10),
    availability: [
      { weekday: 2, startMinute: 10 * 60, endMinute: 13 * 60 },
      { weekday: 4, startMinute: 11 * 60, endMinute: 14 * 60 },
    ],
    livedExperienceAsked: true,
    createdById: nadia.id,
    submittedAt: new Date(now.getTime() - 9 * DAY),
  });
  await db.volunteerInterest.create({
    data: { id: newId(), volunteerId: kemi.id, needId: DEMO_IDS.openNeed, message: "Je serais ravie de poursuivre avec l’équipe sur cette campagne.", createdAt: new Date(now.getTime() - 2 * DAY) },
  });

  // The pairing's strategy document and campaigns, and the volunteer's earlier (alumni) pairing.
  await seedDemoStrategyAndCampaigns(db, {
    now,
    pairingId: DEMO_IDS.pairing,
    programId: program.id,
    memberId: nadia.id,
    volunteerId: kemi.id,
    coordinatorId: coordinator.id,
    passwordHash,
  });

  // Twenty more volunteers.
  const skillCodes = CATALOGUE.skills.map((s) => s.code);
  const sectorCodes = CATALOGUE.sectors.map((s) => s.code);
  const zones = ["America/Toronto", "America/Winnipeg", "America/Vancouver", "America/Halifax", "America/Edmonton", "America/Regina"];
  const volunteers: string[] = [];
  for (let i = 0; i < 20; i++) {
    const headline = pick(random, HEADLINES);
    const fr = random() < 0.6;
    const day = int(random, 1, 5);
    const start = int(random, 8, 18) * 60;
    const v = await createVolunteer(db, {
      email: `benevole${i + 1}@example.org`,
      name: personName(random),
      passwordHash,
      locale: fr ? "fr" : "en",
      timeZone: pick(random, zones),
      headline: fr ? headline.fr : headline.en,
      seniorityYears: int(random, 3, 30),
      capacity: int(random, 1, 2),
      languages: fr ? (random() < 0.5 ? ["fr", "en"] : ["fr"]) : random() < 0.3 ? ["en", "fr"] : ["en"],
      skillCodes: sample(random, skillCodes, int(random, 2, 5)),
      sectorCodes: sample(random, sectorCodes, int(random, 0, 3)),
      availability: [
        { weekday: day, startMinute: start, endMinute: start + 120 },
        { weekday: ((day + 1) % 7) + 1, startMinute: 18 * 60, endMinute: 20 * 60 },
      ],
      identityTags: random() < 0.3 ? sample(random, ["woman", "parent", "immigrant", "racialized", "francophoneMinority"], 2) : [],
    });
    volunteers.push(v.id);
  }

  // Twenty more organisations, each with a member and a need at some stage of its life.
  const needTypeCodes = CATALOGUE.needTypes.map((n) => n.code);
  const statuses: NeedStatus[] = ["SUBMITTED", "SUBMITTED", "SUBMITTED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "MATCHED", "MATCHED", "DRAFT", "RETURNED", "CLOSED"];
  for (const [i, org] of ORGS.entries()) {
    const member = await createUser(db, { email: `membre${i + 1}@example.org`, name: personName(random), passwordHash, locale: org.lang });
    await createOrganisation(db, { name: org.name, sectorCode: org.sector, city: org.city, region: org.region, memberIds: [member.id] });
    const organisation = await db.organisation.findFirstOrThrow({ where: { name: org.name }, select: { id: true } });
    const type = needTypeCodes[i % needTypeCodes.length]!;
    const status = statuses[i % statuses.length]!;
    const start = new Date(now.getTime() + int(random, -20, 40) * DAY);
    const need = await createNeed(db, {
      organisationId: organisation.id,
      programId: program.id,
      needTypeCode: type,
      title: NEED_TITLES[type]![org.lang],
      goals:
        org.lang === "fr"
          ? "Mieux faire connaître nos services dans la région.\nDonner à notre équipe des outils simples qu’elle pourra utiliser seule."
          : "Make our services better known in the region.\nGive our team simple tools it can keep using on its own.",
      status,
      languages: [org.lang],
      timeZone: pick(random, zones),
      desiredStartOn: start.toISOString().slice(0, 10),
      durationWeeks: pick(random, [8, 10, 12, 16]),
      availability: [{ weekday: int(random, 1, 5), startMinute: int(random, 9, 17) * 60, endMinute: 0 }].map((s) => ({ ...s, endMinute: s.startMinute + 180 })),
      createdById: member.id,
      submittedAt: new Date(now.getTime() - int(random, 2, 40) * DAY),
    });
    if (status === "MATCHED") {
      const volunteerId = volunteers[i % volunteers.length]!;
      await createPairing(db, { needId: need.id, volunteerId, programId: program.id, status: "ACTIVE", proposedAt: new Date(now.getTime() - 20 * DAY), proposedById: coordinator.id });
    }
  }

  await seedLifecycleDemo(db, {
    now,
    passwordHash,
    programId: program.id,
    coordinatorId: coordinator.id,
    reference: { pairingId: DEMO_IDS.pairing, memberId: nadia.id, volunteerId: kemi.id },
    referenceStartedAt: startedAt,
  });
  await seedReportingDemo(db, { now, passwordHash });
  return "seeded";
}
