import { bench, describe } from "vitest";
import { buildCalendar, occurrenceToCalendarEvent, sessionEventUid } from "@/lib/scheduling/icalendar";
import { plannedReminders, type SessionFact } from "@/lib/scheduling/reminders";
import { weeklyOccurrences } from "@/lib/scheduling/weekly-occurrences";

// Sizes from the product brief: a busy user's feed (10 pairings × a year of weekly sessions) and
// a reminder sweep over a day's worth of sessions for a national program.
const generatedAt = new Date("2026-03-01T00:00:00Z");

describe("scheduling at scale", () => {
  bench("weeklyOccurrences: 10 pairings × 52 weeks", () => {
    for (let pairing = 0; pairing < 10; pairing += 1) {
      weeklyOccurrences({
        weekday: (pairing % 7) + 1,
        localTime: "10:00",
        timeZone: pairing % 2 ? "America/Montreal" : "America/Winnipeg",
        startDate: "2026-01-05",
        weeks: 52,
        durationMinutes: 60,
      });
    }
  });

  const events = Array.from({ length: 10 }, (_, pairing) =>
    weeklyOccurrences({
      weekday: 2,
      localTime: "10:00",
      timeZone: "America/Montreal",
      startDate: "2026-01-05",
      weeks: 52,
      durationMinutes: 60,
    }).map((occurrence) =>
      occurrenceToCalendarEvent(occurrence, {
        uid: sessionEventUid({ pairingId: `p${pairing}`, originalDate: occurrence.originalDate, domain: "tandem.example" }),
        summary: "Rencontre Tandem : Centre de ressources pour mères et Camille Tremblay",
        description: "Rencontre hebdomadaire.\nOrdre du jour, notes et actions à faire : https://tandem.example/p/1",
        sequence: 0,
        lastModified: generatedAt,
      }),
    ),
  ).flat();

  bench("buildCalendar: 520-event feed", () => {
    buildCalendar({ name: "Tandem", generatedAt, events });
  });

  const sessions: SessionFact[] = Array.from({ length: 20_000 }, (_, index) => ({
    occurrenceId: `occ-${index}`,
    startsAt: new Date(generatedAt.getTime() + (index % 48) * 1_800_000),
    endsAt: new Date(generatedAt.getTime() + (index % 48) * 1_800_000 + 3_600_000),
    cancelled: index % 17 === 0,
    logged: index % 3 !== 0,
    participantUserIds: [`vol-${index}`, `org-${index}`],
  }));

  bench("plannedReminders: 20,000 sessions", () => {
    plannedReminders({ now: new Date(generatedAt.getTime() - 12 * 3_600_000), sessions });
  });
});
