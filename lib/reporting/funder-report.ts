// What a funder report adds to the dashboard: the program's description and the testimonials
// whose authors consented to publication (attributed by side only, never by name).
import { db } from "@/lib/db";
import type { PairingSide } from "@/lib/generated/prisma/enums";
import type { ReportFilter } from "./filters";

export const TESTIMONIAL_LIMIT = 12;

export interface Testimonial {
  id: string;
  side: PairingSide;
  text: string;
  satisfaction: number;
  submittedAt: Date;
}

export async function consentedTestimonials(filter: ReportFilter): Promise<Testimonial[]> {
  const rows = await db.closeoutSurvey.findMany({
    where: {
      testimonialConsent: true,
      testimonial: { not: "" },
      submittedAt: { gte: filter.period.start, lt: filter.period.end },
      pairing: { programId: { in: filter.programIds } },
    },
    orderBy: [{ satisfaction: "desc" }, { submittedAt: "desc" }],
    take: TESTIMONIAL_LIMIT,
    select: { id: true, side: true, testimonial: true, satisfaction: true, submittedAt: true },
  });
  return rows.map((r) => ({ id: r.id, side: r.side, text: r.testimonial, satisfaction: r.satisfaction, submittedAt: r.submittedAt }));
}
