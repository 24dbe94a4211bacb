import type { PlatformChoice, PlatformCode } from "./schema";

/**
 * Reference cards for the six platforms the workbook describes. The numbers live here; every
 * word lives in the catalogue under strategy.platformCards.<platform>.*. The figures are the
 * workbook's (some are dated — the X/Twitter weekly-use figure is from a 2015 survey), which is
 * why each card says where a number comes from rather than presenting it as current truth.
 */

export const REFERENCE_PLATFORMS = ["facebook", "x", "linkedin", "instagram", "pinterest", "snapchat"] as const;
export type ReferencePlatform = (typeof REFERENCE_PLATFORMS)[number];

/** An inclusive range; `max: null` means "or more". */
export interface NumberRange {
  min: number;
  max: number | null;
}

/** How the workbook describes a platform's cost. Label key: strategy.platformCards.cost.<model>. */
export type CostModel = "free" | "freeWithCheapAds" | "freeWithPaidAds" | "freeWithPremium";

export interface StrategyMessage {
  key: string;
  params?: Record<string, string | number>;
}

export interface PlatformCard {
  platform: ReferencePlatform;
  /** Recommended time budget, hours per week; null when the workbook gives no figure. */
  weeklyHours: NumberRange | null;
  /** Recommended posting frequency, posts per day; null when the workbook gives no figure. */
  postsPerDay: NumberRange | null;
  cost: CostModel;
  /** Audience facts with numbers: the sentence is in the catalogue, the numbers are its params. */
  figures: readonly StrategyMessage[];
}

const cardKey = (platform: ReferencePlatform, part: string) => `strategy.platformCards.${platform}.${part}`;

export const PLATFORM_CARDS: { readonly [P in ReferencePlatform]: PlatformCard } = {
  facebook: {
    platform: "facebook",
    weeklyHours: { min: 1, max: 5 },
    postsPerDay: { min: 1, max: 2 },
    cost: "freeWithCheapAds",
    figures: [{ key: cardKey("facebook", "figures.quebecShare"), params: { percent: 65 } }],
  },
  x: {
    platform: "x",
    weeklyHours: { min: 5, max: null },
    postsPerDay: { min: 3, max: null },
    cost: "freeWithPaidAds",
    figures: [
      { key: cardKey("x", "figures.weeklyCheck"), params: { percent: 5, year: 2015 } },
      { key: cardKey("x", "figures.byAge"), params: { young: 27, minAge: 18, maxAge: 29, older: 16, olderFrom: 30 } },
    ],
  },
  linkedin: {
    platform: "linkedin",
    weeklyHours: { min: 3, max: 4 },
    postsPerDay: { min: 1, max: 1 },
    cost: "freeWithPremium",
    figures: [
      { key: cardKey("linkedin", "figures.canadaRank"), params: { rank: 2 } },
      { key: cardKey("linkedin", "figures.ageRange"), params: { minAge: 30, maxAge: 50 } },
    ],
  },
  instagram: {
    platform: "instagram",
    weeklyHours: { min: 2, max: 5 },
    postsPerDay: { min: 1, max: 1 },
    cost: "freeWithPaidAds",
    figures: [
      { key: cardKey("instagram", "figures.underThirty"), params: { percent: 90, age: 30 } },
      { key: cardKey("instagram", "figures.nonprofitRank"), params: { top: 4 } },
    ],
  },
  pinterest: {
    platform: "pinterest",
    weeklyHours: null,
    postsPerDay: null,
    cost: "free",
    figures: [{ key: cardKey("pinterest", "figures.women"), params: { percent: 84, age: 30 } }],
  },
  snapchat: {
    platform: "snapchat",
    weeklyHours: null,
    postsPerDay: null,
    cost: "freeWithPaidAds",
    figures: [{ key: cardKey("snapchat", "figures.underTwentyFour"), params: { percent: 45, age: 24 } }],
  },
};

/** The prose parts every card has in the catalogue. */
export const PLATFORM_CARD_TEXT_PARTS = ["summary", "audience", "time", "bestFor", "watchOut"] as const;
export type PlatformCardTextPart = (typeof PLATFORM_CARD_TEXT_PARTS)[number];

export function platformCardTextKey(platform: ReferencePlatform, part: PlatformCardTextPart): string {
  return cardKey(platform, part);
}

export function isReferencePlatform(platform: PlatformCode): platform is ReferencePlatform {
  return (REFERENCE_PLATFORMS as readonly string[]).includes(platform);
}

/** The card for a platform code, or null for platforms the workbook does not cover (TikTok, YouTube, other). */
export function platformCard(platform: PlatformCode): PlatformCard | null {
  return isReferencePlatform(platform) ? PLATFORM_CARDS[platform] : null;
}

function rangeMessage(range: NumberRange | null, unit: "hours" | "postsPerDay"): StrategyMessage {
  if (range === null) return { key: `strategy.platformCards.${unit}.noFigure` };
  if (range.max === null) return { key: `strategy.platformCards.${unit}.atLeast`, params: { min: range.min } };
  if (range.max === range.min) return { key: `strategy.platformCards.${unit}.exactly`, params: { count: range.min } };
  return { key: `strategy.platformCards.${unit}.range`, params: { min: range.min, max: range.max } };
}

/**
 * The card's facts as renderable lines, in display order: time budget, frequency, cost, then
 * the audience figures.
 */
export function platformCardFacts(card: PlatformCard): StrategyMessage[] {
  return [
    rangeMessage(card.weeklyHours, "hours"),
    rangeMessage(card.postsPerDay, "postsPerDay"),
    { key: `strategy.platformCards.cost.${card.cost}` },
    ...card.figures,
  ];
}

/**
 * Gentle hints comparing a platform choice with the workbook's reference figures, e.g. planning
 * one hour a week for X when the workbook suggests five or more. Advice, never a validation error.
 */
export function platformChoiceHints(choice: Pick<PlatformChoice, "platform" | "weeklyHours" | "postsPerWeek">): StrategyMessage[] {
  const card = platformCard(choice.platform);
  if (card === null) return [];
  const hints: StrategyMessage[] = [];
  if (card.weeklyHours !== null && choice.weeklyHours !== null && choice.weeklyHours < card.weeklyHours.min) {
    hints.push({
      key: "strategy.hints.fewerHoursThanReference",
      params: { planned: choice.weeklyHours, reference: card.weeklyHours.min },
    });
  }
  if (card.postsPerDay !== null && choice.postsPerWeek !== null) {
    const minimumPerWeek = card.postsPerDay.min * 7;
    if (choice.postsPerWeek < minimumPerWeek) {
      hints.push({
        key: "strategy.hints.fewerPostsThanReference",
        params: { planned: choice.postsPerWeek, reference: minimumPerWeek },
      });
    }
  }
  return hints;
}
