// The demo data for the pairing lifecycle is consistent with the domain: the
// reference pairing has its slot and sessions, the expired proposals cascade to
// a next-ranked volunteer, at-risk pairings are listed, and the seed stays fast.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nextCandidateFor } from "@/lib/pairings/cascade";
import { expireOverdueProposals } from "@/lib/pairings/expiry";
import { listAtRiskPairings, listNeedsAwaitingNext } from "@/lib/pairings/health";
import { getSessionsView } from "@/lib/sessions/queries";
import { seedDemo } from "@/prisma/seed/demo";
import { DEMO_ACCOUNTS, DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { LIFECYCLE_DEMO } from "@/prisma/seed/demo-lifecycle";
import { actorFor } from "@/tests/factories";

describe("lifecycle demo data", () => {
  it("seeds sessions, cascades, at-risk pairings and close-out pairings", async () => {
    const started = Date.now();
    await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`seedDemo: ${seconds.toFixed(1)} s\n`);

    const nadia = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.orgMember.email } });
    const view = await getSessionsView({ actor: await actorFor(db, nadia.id), pairingId: DEMO_IDS.pairing });
    expect(view.schedule).toMatchObject({ weekday: 2, localTime: "10:00", timeZone: "America/Winnipeg" });
    expect(view.past.filter((o) => o.status === "HELD").length).toBeGreaterThanOrEqual(5);
    expect(view.next).not.toBeNull();
    expect(view.actionItems.length).toBe(6);

    for (const locale of ["fr", "en"] as const) {
      const need = await db.need.findFirstOrThrow({ where: { title: LIFECYCLE_DEMO.cascade[locale].need } });
      expect(await nextCandidateFor(db, need.id)).not.toBeNull();
    }
    const expired = await expireOverdueProposals();
    expect(expired).toHaveLength(2);
    const coordinatorUser = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.coordinator.email } });
    const coordinator = await actorFor(db, coordinatorUser.id);
    const awaiting = await listNeedsAwaitingNext({ actor: coordinator });
    expect(awaiting.map((a) => a.needTitle).sort()).toEqual([LIFECYCLE_DEMO.cascade.en.need, LIFECYCLE_DEMO.cascade.fr.need].sort());
    expect(awaiting.every((a) => a.next !== null)).toBe(true);

    const atRisk = await listAtRiskPairings({ actor: coordinator });
    const codes = atRisk.flatMap((p) => p.reasons.map((r) => r.code));
    expect(codes).toEqual(expect.arrayContaining(["no_session_logged", "low_session_rating", "proposal_deadline_near"]));
    expect(atRisk.map((p) => p.id)).not.toContain(DEMO_IDS.pairing);
    expect(atRisk.map((p) => p.id)).not.toContain(LIFECYCLE_DEMO.closeout.fr.pairing);
  });
});
