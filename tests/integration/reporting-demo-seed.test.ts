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
    // The other features' demo data add pairings of their own: compare with what the seed wrote.
    const program = { programId: DEMO_IDS.program };
    const completed = await db.pairing.count({ where: { ...program, status: "COMPLETED" } });
    const endedEarly = await db.pairing.count({ where: { ...program, status: "ENDED_EARLY" } });
    expect(completed).toBeGreaterThanOrEqual(3);
    expect(data.pairings.completed).toBe(completed);
    expect(data.pairings.endedEarly).toBe(endedEarly);
    expect(data.pairings.completionRate).toBeCloseTo(completed / (completed + endedEarly), 12);
    expect(data.proposals.counts.declined).toBe(await db.pairing.count({ where: { ...program, status: "DECLINED" } }));
    expect(data.proposals.counts.expired).toBe(await db.pairing.count({ where: { ...program, status: "EXPIRED" } }));
    expect(data.timeToMatch.count).toBeGreaterThanOrEqual(4);
    const bySide = async (side: "ORGANISATION" | "VOLUNTEER") => db.closeoutSurvey.count({ where: { side, pairing: program } });
    expect(data.surveys.responses).toEqual({ ORGANISATION: await bySide("ORGANISATION"), VOLUNTEER: await bySide("VOLUNTEER") });
    expect(data.alumni.total).toBe(await db.alumni.count({ where: program }));
    expect(data.alumni.attendedEvent).toBe(3);
    // The demo has at-risk pairings; the reference pairing logs its weekly sessions, so it is not one of them.
    expect(data.atRisk.rows.length).toBeGreaterThan(0);
    expect(data.atRisk.rows.map((r) => r.id)).not.toContain(DEMO_IDS.pairing);
    const testimonials = await consentedTestimonials(filter);
    expect(testimonials).toHaveLength(
      await db.closeoutSurvey.count({ where: { testimonialConsent: true, testimonial: { not: "" }, pairing: { programId: DEMO_IDS.program } } }),
    );
    expect(testimonials.map((x) => x.text)).not.toContain("Beau projet, mais l’entente a pris plus de temps que prévu.");
  });
});
