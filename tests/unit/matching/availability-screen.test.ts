import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { availabilityScreen, mayShareAvailability } from "@/lib/matching/availability-screen";
import { SLOT_MINUTES, andPopcount, referenceWeekStartMs, slotRuns, utcAvailability, zoneOffsetBounds } from "@/lib/matching/week-availability";

// Zones with and without daylight saving, half- and quarter-hour offsets, a 30-minute DST (Lord
// Howe), both sides of the date line.
const ZONES = ["America/Toronto", "America/Winnipeg", "America/St_Johns", "Europe/Paris", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC", "America/Sao_Paulo"];
// Ordinary weeks and the weeks of clock changes in 2026 (North America 8 March and 1 November,
// Europe 29 March and 25 October, southern hemisphere in April and October).
const DATES = ["2026-01-14", "2026-03-04", "2026-03-09", "2026-03-11", "2026-03-30", "2026-04-05", "2026-06-17", "2026-10-04", "2026-10-26", "2026-11-02", "2026-11-18"];

const slotArbitrary = fc
  .record({ weekday: fc.integer({ min: 0, max: 6 }), start: fc.integer({ min: 0, max: 95 }), length: fc.integer({ min: 1, max: 48 }), jitter: fc.integer({ min: 0, max: 14 }) })
  .map(({ weekday, start, length, jitter }) => {
    const startMinute = Math.min(1439, start * 15 + jitter);
    return { weekday, startMinute, endMinute: Math.min(1440, startMinute + length * 15 - jitter) };
  })
  .filter((s) => s.startMinute < s.endMinute);

const sideArbitrary = fc.record({ zone: fc.constantFrom(...ZONES), slots: fc.array(slotArbitrary, { minLength: 0, maxLength: 4 }) });

function exactOverlap(need: { zone: string; slots: { weekday: number; startMinute: number; endMinute: number }[] }, volunteer: typeof need, weekStartMs: number) {
  const a = utcAvailability(need.slots, need.zone, weekStartMs);
  const b = utcAvailability(volunteer.slots, volunteer.zone, weekStartMs);
  return andPopcount(a, 0, b, 0, a.length);
}

describe("the conservative availability screen", () => {
  it("never rules out a volunteer the engine would find available, and is exact in weeks without a clock change", () => {
    let screenedOut = 0;
    fc.assert(
      fc.property(sideArbitrary, sideArbitrary, fc.constantFrom(...DATES), (need, volunteer, date) => {
        const weekStartMs = referenceWeekStartMs(date);
        const screen = availabilityScreen({ need: { availability: need.slots, timeZone: need.zone }, weekStartMs, volunteerTimeZones: [volunteer.zone] });
        const may = mayShareAvailability(screen, volunteer.slots, volunteer.zone);
        const overlap = exactOverlap(need, volunteer, weekStartMs);
        if (!may) {
          screenedOut++;
          expect(overlap).toBe(0);
        }
        const bounds = zoneOffsetBounds(volunteer.zone, weekStartMs);
        if (bounds.min === bounds.max) expect(may).toBe(overlap > 0);
      }),
      { numRuns: 3000, seed: 20261121 },
    );
    // The screen has to rule volunteers out, or it would be no use.
    expect(screenedOut).toBeGreaterThan(500);
  });

  it("lets through, in a clock-change week, a window the change moves by an hour", () => {
    // Toronto springs forward on Sunday 8 March 2026 at 02:00; the margins of that week include it.
    const weekStartMs = referenceWeekStartMs("2026-03-04");
    expect(zoneOffsetBounds("America/Toronto", weekStartMs)).toEqual({ min: -300, max: -240 });
    const screen = availabilityScreen({ need: { availability: [{ weekday: 0, startMinute: 14 * 60, endMinute: 15 * 60 }], timeZone: "UTC" }, weekStartMs, volunteerTimeZones: ["America/Toronto"] });
    // 10:00–11:00 Toronto is 15:00–16:00 UTC that Monday (offset −5 h): no exact overlap with 14:00–15:00 UTC,
    // but with the −4 h offset of the same margins it could be 14:00–15:00, so the screen cannot rule it out.
    expect(exactOverlap({ zone: "UTC", slots: [{ weekday: 0, startMinute: 840, endMinute: 900 }] }, { zone: "America/Toronto", slots: [{ weekday: 0, startMinute: 600, endMinute: 660 }] }, weekStartMs)).toBe(0);
    expect(mayShareAvailability(screen, [{ weekday: 0, startMinute: 600, endMinute: 660 }], "America/Toronto")).toBe(true);
  });

  it("never screens out volunteers whose time zone it does not know", () => {
    const weekStartMs = referenceWeekStartMs("2026-11-18");
    const screen = availabilityScreen({ need: { availability: [{ weekday: 0, startMinute: 600, endMinute: 660 }], timeZone: "UTC" }, weekStartMs, volunteerTimeZones: ["Mars/Olympus_Mons", "UTC"] });
    expect(screen.zones.map((z) => z.name)).toEqual(["UTC"]);
    expect(mayShareAvailability(screen, [], "Mars/Olympus_Mons")).toBe(true);
    expect(mayShareAvailability(screen, [], "UTC")).toBe(false);
  });

  it("lists the need's runs a week before and after, so windows wrapping around Monday 00:00 UTC compare directly", () => {
    const weekStartMs = referenceWeekStartMs("2026-11-18");
    // Monday 00:30–01:00 in Paris (UTC+1) is Sunday 23:30–24:00 UTC: the last two slots of the week.
    const screen = availabilityScreen({ need: { availability: [{ weekday: 0, startMinute: 30, endMinute: 60 }], timeZone: "Europe/Paris" }, weekStartMs, volunteerTimeZones: [] });
    expect(screen.runs).toEqual([{ from: -2, to: 0 }, { from: 670, to: 672 }, { from: 1342, to: 1344 }]);
    expect(slotRuns(utcAvailability([{ weekday: 6, startMinute: 1410, endMinute: 1440 }], "UTC", weekStartMs))).toEqual([{ from: 670, to: 672 }]);
    expect(SLOT_MINUTES).toBe(15);
  });
});
