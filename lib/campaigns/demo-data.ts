// Demo campaigns, as plain data (no database). Two stories:
//
// (a) The reference pairing: a small charity supporting at-risk mothers, paired with a volunteer
//     communications and fundraising professional. After defining the strategy together they run
//     a partnership launch with Collège Riverside / Riverside College, a three-week donation
//     campaign, and social-media ads supporting both.
// (b) A petition campaign modelled on the campaign case study in the source documents: a
//     community grown from 3,000 to 85,000 in four months, more than 230,000 signatures, about
//     200,000 supporter emails and about 15,000 comments. The organisation is fictionalised.
//
// Every date is an offset from `referenceDate` (normally today), so the demo always looks
// current: the donation and ads campaigns are running "now", the partnership and the case study
// are finished. No measurement is ever dated after the reference date.
//
// Texts are `{ fr, en }` pairs: this is demo content stored in the database in both languages,
// not interface text, so it lives here rather than in the message catalogue.

import type { CampaignChannel, CampaignKind, KpiDirection, KpiMetric, KpiUnit } from "./catalogue";
import { addDays, isIsoDate, type IsoDate } from "./iso-date";
import type { CampaignInput, KpiInput, MeasurementInput } from "./schemas";

export interface LocalizedText {
  fr: string;
  en: string;
}

export type DemoLocale = keyof LocalizedText;

export interface DemoMeasurement {
  date: IsoDate;
  value: number;
  note?: LocalizedText;
}

export interface DemoKpi {
  /** Stable identifier within the demo (for seeding idempotently). */
  key: string;
  name: LocalizedText;
  metric: KpiMetric;
  unit: KpiUnit;
  direction: KpiDirection;
  baseline: number;
  target: number;
  measurements: DemoMeasurement[];
}

export interface DemoCampaign {
  key: string;
  name: LocalizedText;
  kind: CampaignKind;
  objective: LocalizedText;
  /** 0-based index of the strategy objective served, or null (the case study has no strategy). */
  strategyObjectiveIndex: number | null;
  audience: LocalizedText;
  channels: CampaignChannel[];
  startDate: IsoDate;
  endDate: IsoDate;
  kpis: DemoKpi[];
}

export interface DemoCampaigns {
  /** Partnership launch, donation campaign, ads campaign — in start order. */
  referencePairing: DemoCampaign[];
  caseStudy: DemoCampaign;
}

type Point = readonly [dayOffset: number, value: number, note?: LocalizedText];

function series(start: IsoDate, points: readonly Point[]): DemoMeasurement[] {
  return points.map(([offset, value, note]) => ({
    date: addDays(start, offset),
    value,
    ...(note ? { note } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------
// (a) The reference pairing

function partnershipLaunch(ref: IsoDate): DemoCampaign {
  const start = addDays(ref, -42);
  return {
    key: "riverside-partnership",
    name: {
      fr: "Lancement du partenariat avec le Collège Riverside",
      en: "Riverside College partnership launch",
    },
    kind: "partnership",
    objective: {
      fr: "Faire connaître nos services aux étudiantes et étudiants en soins infirmiers et en travail social du Collège Riverside, et recruter une relève de bénévoles pour les haltes-répit.",
      en: "Introduce our services to Riverside College's nursing and social work students, and recruit a new generation of volunteers for our respite drop-ins.",
    },
    strategyObjectiveIndex: 0,
    audience: {
      fr: "Étudiantes et étudiants en soins infirmiers et en travail social, personnel enseignant et services aux étudiants du Collège Riverside.",
      en: "Riverside College nursing and social work students, faculty and student services staff.",
    },
    channels: ["partners", "instagram", "events", "email"],
    startDate: start,
    endDate: addDays(ref, -15),
    kpis: [
      {
        key: "students-reached",
        name: { fr: "Étudiantes et étudiants joints", en: "Students reached" },
        metric: "reach",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 1200,
        measurements: series(start, [
          [0, 140, { fr: "Kiosque à la journée d'accueil du collège", en: "Booth at the college's welcome day" }],
          [7, 420],
          [14, 690, { fr: "Présentation en classe de travail social", en: "Talk in a social work class" }],
          [21, 1010],
          [27, 1265],
        ]),
      },
      {
        key: "partnership-emails",
        name: { fr: "Courriels recueillis", en: "Emails collected" },
        metric: "emails_collected",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 150,
        measurements: series(start, [
          [0, 22],
          [7, 61],
          [14, 97],
          [21, 131],
          [27, 158],
        ]),
      },
      {
        key: "student-volunteers",
        name: { fr: "Bénévoles étudiants inscrits", en: "Student volunteers signed up" },
        metric: "other",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 12,
        measurements: series(start, [
          [0, 0],
          [7, 3],
          [14, 6],
          [21, 8],
          [27, 10, { fr: "Deux inscriptions reportées à la session d'hiver", en: "Two sign-ups postponed to the winter term" }],
        ]),
      },
    ],
  };
}

function donationCampaign(ref: IsoDate): DemoCampaign {
  // Three weeks: day 0 to day 20 inclusive; "today" is day 14.
  const start = addDays(ref, -14);
  return {
    key: "three-week-donation",
    name: { fr: "Campagne de dons de trois semaines", en: "Three-week donation campaign" },
    kind: "donation",
    objective: {
      fr: "Recueillir 12 000 $ en trois semaines auprès d'au moins 180 donatrices et donateurs pour financer l'accompagnement de mères en situation de vulnérabilité.",
      en: "Raise $12,000 in three weeks from at least 180 donors to fund support for mothers in vulnerable situations.",
    },
    strategyObjectiveIndex: 1,
    audience: {
      fr: "Donatrices et donateurs actuels, familles déjà accompagnées et leurs proches, communauté du Collège Riverside.",
      en: "Current donors, families we have supported and their circles, the Riverside College community.",
    },
    channels: ["facebook", "instagram", "email", "paid_ads", "website"],
    startDate: start,
    endDate: addDays(start, 20),
    kpis: [
      {
        key: "donations-amount",
        name: { fr: "Montant des dons", en: "Donations raised" },
        metric: "donations_amount",
        unit: "currency_cad",
        direction: "increase",
        baseline: 0,
        target: 12000,
        measurements: series(start, [
          [0, 1150, { fr: "Courriel de lancement aux donateurs", en: "Launch email to donors" }],
          [1, 1980],
          [2, 2540],
          [3, 2900],
          [4, 3160],
          [5, 3390],
          [6, 3610],
          [7, 4420, { fr: "Publications relayées par le Collège Riverside", en: "Posts shared by Riverside College" }],
          [8, 4980],
          [9, 6310, { fr: "Journée de dons jumelés avec un commanditaire", en: "Matching-gift day with a sponsor" }],
          [10, 6920],
          [11, 7240],
          [12, 7610],
          [13, 8050],
          [14, 8640],
        ]),
      },
      {
        key: "donors",
        name: { fr: "Donatrices et donateurs", en: "Donors" },
        metric: "donors",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 180,
        measurements: series(start, [
          [0, 14],
          [1, 25],
          [2, 33],
          [3, 38],
          [4, 42],
          [5, 46],
          [6, 49],
          [7, 60],
          [8, 68],
          [9, 86],
          [10, 94],
          [11, 99],
          [12, 103],
          [13, 107],
          [14, 112],
        ]),
      },
      {
        key: "ads-reach",
        name: { fr: "Portée des publicités sociales", en: "Social media ads reach" },
        metric: "reach",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 45000,
        measurements: series(start, [
          [0, 2100],
          [2, 7800],
          [5, 13900],
          [7, 19200],
          [9, 24600],
          [12, 29300],
          [14, 32400],
        ]),
      },
    ],
  };
}

function adsCampaign(ref: IsoDate): DemoCampaign {
  // Starts with the partnership's second week and ends with the donation campaign.
  const start = addDays(ref, -35);
  return {
    key: "support-ads",
    name: { fr: "Publicités sociales en appui", en: "Supporting social media ads" },
    kind: "awareness",
    objective: {
      fr: "Amplifier le partenariat avec le Collège Riverside puis la campagne de dons avec des publicités ciblées, en faisant baisser le coût par clic.",
      en: "Amplify the Riverside College partnership, then the donation campaign, with targeted ads while bringing the cost per click down.",
    },
    strategyObjectiveIndex: 2,
    audience: {
      fr: "Adultes de la région de 25 à 55 ans intéressés par la famille, la santé et l'entraide; auditoires similaires à nos donateurs.",
      en: "Local adults aged 25 to 55 interested in family, health and mutual aid; lookalike audiences of our donors.",
    },
    channels: ["paid_ads", "facebook", "instagram"],
    startDate: start,
    endDate: addDays(ref, 6),
    kpis: [
      {
        key: "ads-impressions",
        name: { fr: "Impressions", en: "Impressions" },
        metric: "impressions",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 150000,
        measurements: series(start, [
          [3, 9800],
          [7, 21500],
          [10, 30200],
          [14, 44900],
          [17, 55300],
          [21, 72100, { fr: "Budget augmenté pour la campagne de dons", en: "Budget raised for the donation campaign" }],
          [24, 88400],
          [28, 104700],
          [31, 117900],
          [35, 131600],
        ]),
      },
      {
        key: "ads-clicks",
        name: { fr: "Clics", en: "Clicks" },
        metric: "clicks",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 2500,
        measurements: series(start, [
          [3, 120],
          [7, 290],
          [10, 410],
          [14, 630],
          [17, 790],
          [21, 1080],
          [24, 1390],
          [28, 1700],
          [31, 1930],
          [35, 2080],
        ]),
      },
      {
        key: "ads-cost-per-click",
        name: { fr: "Coût par clic", en: "Cost per click" },
        metric: "other",
        unit: "currency_cad",
        direction: "decrease",
        baseline: 1.85,
        target: 0.95,
        measurements: series(start, [
          [7, 1.71],
          [14, 1.49, { fr: "Nouveaux visuels testés", en: "New visuals tested" }],
          [21, 1.28],
          [28, 1.12],
          [35, 1.03],
        ]),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// (b) The case-study petition campaign

const CASE_STUDY_DAYS = 121; // four months

/**
 * A cumulative series from `baseline` to exactly `final`, following `shape` (increasing from
 * shape(0) to shape(1)) with a deterministic week-to-week wobble, so the curve looks measured
 * rather than drawn with a ruler. Never decreases.
 */
function shapedCumulative(options: {
  offsets: readonly number[];
  baseline: number;
  final: number;
  shape: (t: number) => number;
  wobble: number;
  phase: number;
}): number[] {
  const { offsets, baseline, final, shape, wobble, phase } = options;
  const last = offsets[offsets.length - 1] ?? 1;
  const raw = offsets.map((o) => shape(o / last));
  const increments = raw.map((r, i) =>
    i === 0 ? 0 : Math.max(0, r - (raw[i - 1] ?? 0)) * (1 + wobble * Math.sin(phase + i * 2.3)),
  );
  const total = increments.reduce((a, b) => a + b, 0) || 1;
  let cumulative = 0;
  return increments.map((inc) => {
    cumulative += inc / total;
    return Math.round(baseline + (final - baseline) * cumulative);
  });
}

/** Logistic S-curve: slow start, viral middle, saturation. */
function logistic(midpoint: number, steepness: number): (t: number) => number {
  return (t) => 1 / (1 + Math.exp(-steepness * (t - midpoint)));
}

/** Two petition launches, each a burst of signatures that tails off. */
function twoPetitions(t: number): number {
  const burst = (launch: number, tau: number, weight: number): number =>
    t < launch ? 0 : weight * (1 - Math.exp(-(t - launch) / tau));
  return burst(0.08, 0.12, 0.55) + burst(0.52, 0.1, 0.45);
}

function caseStudyCampaign(ref: IsoDate): DemoCampaign {
  const start = addDays(ref, -(CASE_STUDY_DAYS + 29));
  const end = addDays(start, CASE_STUDY_DAYS);
  // Weekly readings plus the last day.
  const offsets: number[] = [];
  for (let d = 0; d < CASE_STUDY_DAYS; d += 7) offsets.push(d);
  offsets.push(CASE_STUDY_DAYS);

  const signatures = shapedCumulative({ offsets, baseline: 0, final: 231_482, shape: twoPetitions, wobble: 0.2, phase: 0.4 });
  const build = (values: readonly number[], notes: Readonly<Record<number, LocalizedText>> = {}): DemoMeasurement[] =>
    offsets.map((offset, i) => {
      const note = notes[offset];
      return { date: addDays(start, offset), value: values[i] ?? 0, ...(note ? { note } : {}) };
    });
  const firstPetition = { fr: "Première pétition : congé familial payé", en: "First petition: paid family leave" };
  const secondPetition = { fr: "Deuxième pétition : programme de nutrition", en: "Second petition: nutrition program" };

  return {
    key: "good-start-petitions",
    name: {
      fr: "Bon départ : congé familial payé et nutrition des mères et des bébés",
      en: "Good Start: paid family leave and nutrition for mothers and babies",
    },
    kind: "petition",
    objective: {
      fr: "Mobiliser une communauté en ligne de futures et nouvelles mères, de parents et de militantes et militants pour appuyer un congé familial payé et un programme public de nutrition, et remettre les signatures aux élus.",
      en: "Mobilise an online community of expecting and new mothers, parents and advocates to support paid family leave and a public nutrition program, and deliver the signatures to elected officials.",
    },
    strategyObjectiveIndex: null,
    audience: {
      fr: "Futures et nouvelles mères, parents de jeunes enfants et personnes engagées pour les droits des femmes et des enfants; auditoires similaires aux signataires.",
      en: "Expecting and new mothers, parents of young children and people who care about women's and children's issues; lookalike audiences of signers.",
    },
    channels: ["facebook", "email", "paid_ads"],
    startDate: start,
    endDate: end,
    kpis: [
      {
        key: "community-size",
        name: { fr: "Taille de la communauté", en: "Community size" },
        metric: "community_size",
        unit: "count",
        direction: "increase",
        baseline: 3000,
        target: 60000,
        measurements: build(
          shapedCumulative({ offsets, baseline: 3000, final: 85_000, shape: logistic(0.45, 9), wobble: 0.25, phase: 1.1 }),
        ),
      },
      {
        key: "signatures",
        name: { fr: "Signatures", en: "Signatures" },
        metric: "signatures",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 200000,
        measurements: build(signatures, { 14: firstPetition, 63: secondPetition }),
      },
      {
        key: "supporter-emails",
        name: { fr: "Courriels de sympathisants", en: "Supporter emails" },
        metric: "emails_collected",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 150000,
        // Most signers leave an email; the share creeps up as the form improves.
        measurements: build(
          signatures.map((s, i) => Math.round(s * (0.84 + (0.0247 * i) / Math.max(1, offsets.length - 1)))),
        ),
      },
      {
        key: "comments",
        name: { fr: "Commentaires", en: "Comments" },
        metric: "comments",
        unit: "count",
        direction: "increase",
        baseline: 0,
        target: 10000,
        measurements: build(
          shapedCumulative({ offsets, baseline: 0, final: 14_870, shape: (t) => t ** 1.6, wobble: 0.45, phase: 2.0 }),
          { 28: { fr: "Appel à partager son histoire d'allaitement", en: "Call to share breastfeeding stories" } },
        ),
      },
    ],
  };
}

/** Both demo stories, dated relative to `referenceDate` ("YYYY-MM-DD", normally today). */
export function demoCampaigns(options: { referenceDate: IsoDate }): DemoCampaigns {
  const ref = options.referenceDate;
  if (!isIsoDate(ref)) throw new RangeError(`Not an ISO calendar date: ${ref}`);
  return {
    referencePairing: [partnershipLaunch(ref), adsCampaign(ref), donationCampaign(ref)].sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    ),
    caseStudy: caseStudyCampaign(ref),
  };
}

export interface LocalizedDemoCampaign {
  key: string;
  campaign: CampaignInput;
  kpis: { key: string; kpi: KpiInput; measurements: MeasurementInput[] }[];
}

/** One language's view of a demo campaign, shaped as the schemas' inputs (for seeding). */
export function localizeDemoCampaign(campaign: DemoCampaign, locale: DemoLocale): LocalizedDemoCampaign {
  return {
    key: campaign.key,
    campaign: {
      name: campaign.name[locale],
      kind: campaign.kind,
      objective: campaign.objective[locale],
      strategyObjectiveIndex: campaign.strategyObjectiveIndex,
      audience: campaign.audience[locale],
      channels: [...campaign.channels],
      startDate: campaign.startDate,
      endDate: campaign.endDate,
    },
    kpis: campaign.kpis.map((kpi) => ({
      key: kpi.key,
      kpi: {
        name: kpi.name[locale],
        metric: kpi.metric,
        unit: kpi.unit,
        direction: kpi.direction,
        baseline: kpi.baseline,
        target: kpi.target,
      },
      measurements: kpi.measurements.map((m) => ({ date: m.date, value: m.value, note: m.note?.[locale] })),
    })),
  };
}
