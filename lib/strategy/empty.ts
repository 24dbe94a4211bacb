import {
  PRACTICE_CODES,
  type ContentPlanItem,
  type Objective,
  type Persona,
  type PlatformChoice,
  type PlatformCode,
  type Practices,
  type Resource,
  type StrategyContent,
} from "./schema";

/** A blank, valid strategy document: every text empty, every list empty, no practice done. */
export function emptyStrategy(): StrategyContent {
  return {
    mission: { statement: "", approach: "", socialMediaRole: "" },
    objectives: [],
    pitch: {
      whatWeDo: "",
      problem: "",
      solution: "",
      credibility: "",
      unique: "",
      whoWeAre: "",
      successes: "",
      values: "",
    },
    culture: { adjectives: [], notes: "" },
    personas: [],
    platforms: [],
    practices: emptyPractices(),
    resources: [],
    contentPlan: [],
  };
}

export function emptyPractices(): Practices {
  return Object.fromEntries(PRACTICE_CODES.map((code) => [code, { done: false, note: "" }])) as Practices;
}

// Blank list items for the editor's "add" buttons. The caller supplies the id (crypto.randomUUID()
// in the browser) so these functions stay deterministic.

export function emptyObjective(id: string): Objective {
  return { id, objective: "", missionLink: "", pitfalls: "" };
}

export function emptyPersona(id: string): Persona {
  return { id, name: "", role: "", age: "", languages: "", platforms: "", concerns: "", vocabulary: "", other: "" };
}

export function emptyPlatformChoice(id: string, platform: PlatformCode): PlatformChoice {
  return { id, platform, otherName: "", why: "", weeklyHours: null, postsPerWeek: null, audience: "", cost: "" };
}

export function emptyResource(id: string): Resource {
  return { id, name: "", level: null, notes: "" };
}

export function emptyContentPlanItem(id: string): ContentPlanItem {
  return { id, item: "", platform: null, audience: "", objectiveId: null, date: null, owner: "", status: "planned" };
}
