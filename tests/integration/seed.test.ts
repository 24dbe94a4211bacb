import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";
import { generateLargeDataSet } from "@/prisma/seed/large";

describe("demo seed", () => {
  it("creates the reference story once, with working sign-ins", async () => {
    expect(await db.$transaction((tx) => seedDemo(tx), { timeout: 60_000 })).toBe("seeded");
    expect(await db.$transaction((tx) => seedDemo(tx), { timeout: 60_000 })).toBe("already-seeded");

    const pairing = await db.pairing.findUniqueOrThrow({ where: { id: DEMO_IDS.pairing }, include: { volunteer: true, need: { include: { organisation: true } } } });
    expect(pairing.status).toBe("ACTIVE");
    expect(pairing.volunteer.email).toBe(DEMO_ACCOUNTS.volunteer.email);
    expect(pairing.need.organisation.name).toBe("Centre Mères Debout");
    expect(await db.organisation.count()).toBeGreaterThanOrEqual(21);
    expect(await db.volunteerProfile.count()).toBeGreaterThanOrEqual(21);
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(await authenticate({ email: account.email, password: DEMO_PASSWORD, ip: "seed-test" })).not.toBeNull();
    }
    // Lived experience is consented and kept apart from the profile.
    expect((await db.identitySelfIdentification.findUniqueOrThrow({ where: { userId: pairing.volunteerId } })).tags).toContain("woman");
  });
});

describe("large data set generator", () => {
  it("creates consistent volunteers, organisations, pairings and sessions", async () => {
    const [slotsBefore, sessionsBefore] = [await db.volunteerAvailability.count(), await db.sessionOccurrence.count()];
    const counts = await generateLargeDataSet({ volunteers: 120, organisations: 60, pairings: 40, sessions: 200, seed: 7, log: () => undefined });
    expect(counts).toEqual({ volunteers: 120, organisations: 60, pairings: 40, sessions: 200 });
    expect((await db.volunteerAvailability.count()) - slotsBefore).toBe(240);
    expect((await db.sessionOccurrence.count()) - sessionsBefore).toBe(200);
    // No need has two pairings under way at once.
    const pairings = await db.pairing.findMany({ where: { status: { in: ["PROPOSED", "ACCEPTED", "ACTIVE", "PAUSED"] } }, select: { needId: true } });
    expect(new Set(pairings.map((p) => p.needId)).size).toBe(pairings.length);
  });
});
