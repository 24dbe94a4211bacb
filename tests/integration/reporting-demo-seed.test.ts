// The demo data: seeding works (idempotently) and the demo program's dashboard shows figures
// that follow from what the seed wrote.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadDashboard } from "@/lib/reporting/dashboard";
import { resolveReportFilter } from "@/lib/reporting/filters";
import { consentedTestimonials } from "@/lib/reporting/funder-report";
import { DEMO_ACCOUNTS, DEMO_IDS } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";
import { actorFor } from "@/tests/factories";

describe("demo data for reporting and alumni", () => {
  it("gives the demo program true figures", async () => {
    const now = new Date("2026-11-21T15:00:00Z");
    expect(await db.$transaction((tx) => seedDemo(tx, { now }), { timeout: 60_000 })).toBe("seeded");
    expect(await db.$transaction((tx) => seedDemo(tx, { now }), { timeout: 60_000 })).toBe("already-seeded");
    const coordinator = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.coordinator.email } });
    const filter = await resolveReportFilter(await actorFor(db, coordinator.id), { program: DEMO_IDS.program }, now);
    const data = await loadDashboard(filter, { now });

    const heldSessions = await db.sessionOccurrence.count({ where: { status: "HELD", pairing: { programId: DEMO_IDS.program } } });
    expect(data.sessions.held).toBe(heldSessions);
    expect(data.sessions.held).toBeGreaterThan(20);
    expect(data.sessions.valueCents).toBe(Math.round((data.sessions.minutes * 7500) / 60));
    expect(data.pairings.completed).toBe(3);
    expect(data.pairings.endedEarly).toBe(1);
    expect(data.pairings.completionRate).toBeCloseTo(0.75, 12);
    expect(data.proposals.counts.declined).toBe(1);
    expect(data.proposals.counts.expired).toBe(1);
    expect(data.timeToMatch.count).toBeGreaterThanOrEqual(4);
    expect(data.surveys.responses).toEqual({ ORGANISATION: 3, VOLUNTEER: 3 });
    expect(data.alumni.total).toBe(6);
    expect(data.alumni.attendedEvent).toBe(3);
    // The reference pairing has had no session logged for weeks: the dashboard says so.
    expect(data.atRisk.rows.map((r) => r.id)).toContain(DEMO_IDS.pairing);
    const testimonials = await consentedTestimonials(filter);
    expect(testimonials).toHaveLength(4);
    expect(testimonials.map((x) => x.text)).not.toContain("Beau projet, mais l’entente a pris plus de temps que prévu.");
  });
});
