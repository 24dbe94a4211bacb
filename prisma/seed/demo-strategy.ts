// Demo strategy and campaigns (issue 5): the reference pairing's filled strategy document with a
// plausible history and comments, its three campaigns (partnership launch, supporting ads, the
// three-week donation campaign) with their measurements, and an alumni pairing of the volunteer
// that ran the petition campaign modelled on the campaign case study.
//
// Language: a pairing has one strategy document, written in the organisation's working language.
// The reference charity works in French, so its document is the French version of the demo
// content; the English version (lib/strategy/demo-content) is the same document for tests and
// for English-speaking demos. Campaign texts follow the same rule. Every date is relative to `now`.
import { localizeDemoCampaign, demoCampaigns, type DemoCampaign } from "@/lib/campaigns/demo-data";
import { addDays, daysBetween } from "@/lib/campaigns/iso-date";
import { campaignKindToDb, kpiDirectionToDb, kpiMetricToDb, kpiUnitToDb } from "@/lib/campaigns/db-codes";
import { isoDateToDb, todayIn } from "@/lib/campaigns/dates";
import type { DbTx } from "@/lib/db";
import { newId } from "@/lib/ids";
import { DEMO_STRATEGY_TITLE, SECTION_KEYS, demoStrategy, emptyStrategy, type SectionKey, type StrategyContent } from "@/lib/strategy";
import { createNeed, createOrganisation, createPairing, createUser } from "@/tests/factories";

const DAY = 86_400_000;
/** The demo content's donation campaign starts on this date; plan dates are shifted from it. */
const CONTENT_CAMPAIGN_START = "2026-04-20";

interface People {
  now: Date;
  pairingId: string;
  programId: string;
  memberId: string;
  volunteerId: string;
  coordinatorId: string;
  passwordHash: string;
}

export async function seedDemoStrategyAndCampaigns(db: DbTx, people: People) {
  const today = todayIn("America/Winnipeg", people.now);
  const campaigns = demoCampaigns({ referenceDate: today });
  const donation = campaigns.referencePairing.find((c) => c.kind === "donation");
  await seedStrategy(db, people, shiftPlanDates(demoStrategy("fr"), donation ? daysBetween(CONTENT_CAMPAIGN_START, donation.startDate) : 0));
  for (const [index, campaign] of campaigns.referencePairing.entries()) {
    await seedCampaign(db, { pairingId: people.pairingId, campaign, createdById: people.memberId, enteredBy: [people.memberId, people.volunteerId], csvFromIndex: index === 2 ? 10 : null });
  }
  await seedCaseStudyAlumni(db, people, campaigns.caseStudy);
}

function shiftPlanDates(content: StrategyContent, days: number): StrategyContent {
  return { ...content, contentPlan: content.contentPlan.map((item) => ({ ...item, date: item.date ? addDays(item.date, days) : null })) };
}

async function seedStrategy(db: DbTx, people: People, content: StrategyContent) {
  const documentId = newId();
  const started = new Date(people.now.getTime() - 40 * DAY);
  await db.strategyDocument.create({ data: { id: documentId, pairingId: people.pairingId, title: DEMO_STRATEGY_TITLE.fr, createdAt: started, updatedAt: new Date(people.now.getTime() - 2 * DAY) } });
  const blank = emptyStrategy();
  // Who wrote which section, and when (days before now): the two sides took turns over the weeks.
  const authorship: Record<SectionKey, { by: "member" | "volunteer"; daysAgo: number }> = {
    mission: { by: "volunteer", daysAgo: 33 },
    objectives: { by: "member", daysAgo: 31 },
    pitch: { by: "member", daysAgo: 27 },
    culture: { by: "volunteer", daysAgo: 26 },
    personas: { by: "volunteer", daysAgo: 20 },
    platforms: { by: "member", daysAgo: 19 },
    practices: { by: "member", daysAgo: 13 },
    resources: { by: "volunteer", daysAgo: 12 },
    contentPlan: { by: "member", daysAgo: 2 },
  };
  const idOf = (by: "member" | "volunteer") => (by === "member" ? people.memberId : people.volunteerId);
  const revisions: { sectionKey: SectionKey; version: number; content: unknown; authorId: string; createdAt: Date }[] = [];
  for (const key of SECTION_KEYS) revisions.push({ sectionKey: key, version: 1, content: blank[key], authorId: people.memberId, createdAt: started });
  // The mission had a first draft by the organisation before the volunteer tightened it.
  const draftMission = { ...content.mission, statement: "Aider les mères en difficulté et leurs enfants.", socialMediaRole: "" };
  revisions.push({ sectionKey: "mission", version: 2, content: draftMission, authorId: people.memberId, createdAt: new Date(people.now.getTime() - 36 * DAY) });
  const finalVersion: Partial<Record<SectionKey, number>> = {};
  for (const key of SECTION_KEYS) {
    const version = key === "mission" ? 3 : 2;
    finalVersion[key] = version;
    const { by, daysAgo } = authorship[key];
    revisions.push({ sectionKey: key, version, content: content[key], authorId: idOf(by), createdAt: new Date(people.now.getTime() - daysAgo * DAY) });
  }
  await db.strategyRevision.createMany({ data: revisions.map((r) => ({ id: newId(), documentId, ...r, content: r.content as object })) });
  await db.strategySection.createMany({
    data: SECTION_KEYS.map((key) => ({
      documentId,
      key,
      content: content[key] as object,
      version: finalVersion[key] ?? 2,
      updatedById: idOf(authorship[key].by),
      updatedAt: new Date(people.now.getTime() - authorship[key].daysAgo * DAY),
    })),
  });

  const threadId = newId();
  const resolvedId = newId();
  await db.strategyComment.createMany({
    data: [
      {
        id: threadId,
        documentId,
        sectionKey: "objectives",
        authorId: people.coordinatorId,
        body: "Très clair. Pour l’objectif 2, pensez à noter dès maintenant comment vous compterez les nouveaux donateurs : ce sera utile pour le rapport au bailleur de fonds.",
        createdAt: new Date(people.now.getTime() - 29 * DAY),
      },
      { id: newId(), documentId, sectionKey: "objectives", parentId: threadId, authorId: people.volunteerId, body: "Bonne idée : on ajoutera une case « premier don » dans le formulaire de dons.", createdAt: new Date(people.now.getTime() - 28 * DAY) },
      {
        id: resolvedId,
        documentId,
        sectionKey: "pitch",
        authorId: people.volunteerId,
        body: "Peut-on citer un chiffre pour « nos réussites » ? Par exemple le nombre de mères accompagnées l’an dernier.",
        createdAt: new Date(people.now.getTime() - 26 * DAY),
        resolvedAt: new Date(people.now.getTime() - 24 * DAY),
        resolvedById: people.memberId,
      },
    ],
  });
}

async function seedCampaign(
  db: DbTx,
  options: { pairingId: string; campaign: DemoCampaign; createdById: string; enteredBy: string[]; csvFromIndex: number | null; locale?: "fr" | "en" },
) {
  const local = localizeDemoCampaign(options.campaign, options.locale ?? "fr");
  const campaignId = newId();
  await db.campaign.create({
    data: {
      id: campaignId,
      pairingId: options.pairingId,
      kind: campaignKindToDb(options.campaign.kind),
      name: local.campaign.name,
      objective: local.campaign.objective,
      objectiveIndex: options.campaign.strategyObjectiveIndex,
      audience: local.campaign.audience,
      channels: options.campaign.channels,
      startsOn: isoDateToDb(options.campaign.startDate),
      endsOn: isoDateToDb(options.campaign.endDate),
      createdById: options.createdById,
    },
  });
  for (const [sortOrder, demoKpi] of options.campaign.kpis.entries()) {
    const kpiId = newId();
    const kpi = local.kpis[sortOrder]!.kpi;
    await db.kpi.create({
      data: {
        id: kpiId,
        campaignId,
        name: String(kpi.name),
        metric: kpiMetricToDb(demoKpi.metric),
        unit: kpiUnitToDb(demoKpi.unit),
        direction: kpiDirectionToDb(demoKpi.direction),
        baseline: demoKpi.baseline,
        target: demoKpi.target,
        sortOrder,
      },
    });
    await db.kpiMeasurement.createMany({
      data: local.kpis[sortOrder]!.measurements.map((m, i) => ({
        id: newId(),
        kpiId,
        measuredOn: isoDateToDb(String(m.date)),
        value: Number(m.value),
        note: typeof m.note === "string" ? m.note : "",
        // The latest weeks of a long campaign came from the platform's export.
        source: options.csvFromIndex !== null && i >= options.csvFromIndex ? ("CSV" as const) : ("MANUAL" as const),
        enteredById: options.enteredBy[i % options.enteredBy.length] ?? null,
      })),
    });
  }
}

/** A completed pairing of the same volunteer: the petition campaign modelled on the case study. */
async function seedCaseStudyAlumni(db: DbTx, people: People, caseStudy: DemoCampaign) {
  const member = await createUser(db, { email: "sophie.gagnon@bondepart.example.org", name: "Sophie Gagnon", passwordHash: people.passwordHash, locale: "fr" });
  const organisation = await createOrganisation(db, {
    name: "Réseau Bon départ",
    sectorCode: "maternal-health",
    city: "Québec",
    region: "QC",
    memberIds: [member.id],
    description: "Réseau de parents qui milite pour un congé familial payé et la nutrition des mères et des bébés.",
  });
  const endedAt = new Date(people.now.getTime() - 20 * DAY);
  const startedAt = new Date(endedAt.getTime() - 20 * 7 * DAY);
  const need = await createNeed(db, {
    organisationId: organisation.id,
    programId: people.programId,
    needTypeCode: "community-building",
    title: "Mobiliser notre communauté en ligne autour de deux pétitions",
    status: "CLOSED",
    languages: ["fr"],
    durationWeeks: 20,
    desiredStartOn: startedAt.toISOString().slice(0, 10),
    createdById: member.id,
    submittedAt: new Date(startedAt.getTime() - 14 * DAY),
  });
  const pairing = await createPairing(db, { needId: need.id, volunteerId: people.volunteerId, programId: people.programId, status: "COMPLETED", proposedAt: new Date(startedAt.getTime() - 5 * DAY), activatedAt: startedAt, proposedById: people.coordinatorId });
  await db.pairing.update({ where: { id: pairing.id }, data: { endedAt } });
  await seedCampaign(db, { pairingId: pairing.id, campaign: caseStudy, createdById: member.id, enteredBy: [member.id, people.volunteerId], csvFromIndex: 0 });
}
