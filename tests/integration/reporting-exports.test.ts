// CSV exports and program management: scope to the coordinator's programs, privacy (no identity
// data, no private notes, no unconsented testimonial), lazy paging, bad input.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { createProgram as createProgramCommand, updateProgram } from "@/lib/programs/commands";
import { exportHeader, exportRows, PAGE_SIZE, type ExportKind } from "@/lib/reporting/exports";
import { resolveReportFilter } from "@/lib/reporting/filters";
import { toCsvStream } from "@/lib/csv/write";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { createSession, createSurvey } from "@/tests/factories/lifecycle";

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));
const t = getTranslator("en");

async function csvOf(kind: ExportKind, actorId: string, params: Record<string, string>) {
  const filter = await resolveReportFilter(await actorFor(db, actorId), params, new Date("2026-06-30T00:00:00Z"));
  const stream = toCsvStream(exportRows(kind, filter, "en", t), { header: exportHeader(kind, t) });
  return new Response(stream).text();
}

describe("CSV exports", () => {
  it("contain the coordinator's programs only, and nothing private", async () => {
    const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
    const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
    const other = await createProgram(db);
    const member = await createUser(db);
    const org = await createOrganisation(db, { name: "=HYPERLINK(\"x\")", memberIds: [member.id] });
    const volunteer = await createVolunteer(db, { name: "Kemi", identityTags: ["woman", "immigrant"] });
    const need = await createNeed(db, { organisationId: org.id, programId: program.id, title: "Notre stratégie", submittedAt: new Date("2026-03-01T00:00:00Z"), livedExperienceAsked: true });
    const otherNeed = await createNeed(db, { organisationId: org.id, programId: other.id, title: "Autre programme", submittedAt: new Date("2026-03-01T00:00:00Z") });
    const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteer.id, programId: program.id, status: "COMPLETED", proposedAt: new Date("2026-03-05T00:00:00Z") });
    await db.pairing.update({ where: { id: pairing.id }, data: { reason: "private reason" } });
    await createPairing(db, { needId: otherNeed.id, volunteerId: volunteer.id, programId: other.id, status: "ACTIVE", proposedAt: new Date("2026-03-05T00:00:00Z") });
    await createSession(db, { pairingId: pairing.id, startsAt: new Date("2026-03-10T15:00:00Z"), notes: "Notes privées de la rencontre", rating: 4 });
    await createSurvey(db, { pairingId: pairing.id, respondentId: member.id, side: "ORGANISATION", satisfaction: 5, testimonial: "Publiable", testimonialConsent: true, submittedAt: new Date("2026-04-01T00:00:00Z"), outcomes: [{ goal: "A", result: "achieved", note: "" }] });
    await createSurvey(db, { pairingId: pairing.id, respondentId: volunteer.id, side: "VOLUNTEER", satisfaction: 4, testimonial: "Pas pour publication", testimonialConsent: false, submittedAt: new Date("2026-04-02T00:00:00Z") });

    const params = { from: "2026-01-01", to: "2026-06-30" };
    const needs = await csvOf("needs", coordinatorUser.id, params);
    expect(needs).toContain("Notre stratégie");
    expect(needs).not.toContain("Autre programme");
    expect(needs).toContain("'=HYPERLINK"); // formula injection neutralised
    const pairings = await csvOf("pairings", coordinatorUser.id, params);
    expect(pairings.trim().split("\r\n")).toHaveLength(2);
    expect(pairings).toContain("Completed");
    expect(pairings).not.toContain("private reason");
    const sessions = await csvOf("sessions", coordinatorUser.id, params);
    expect(sessions).toContain("Held");
    expect(sessions).not.toContain("Notes privées");
    const surveys = await csvOf("surveys", coordinatorUser.id, params);
    expect(surveys).toContain("Publiable");
    expect(surveys).not.toContain("Pas pour publication");
    for (const csv of [needs, pairings, sessions, surveys]) {
      expect(csv).not.toMatch(/woman|immigrant|lived/i);
    }
    // Another coordinator asking for this program gets a not-found.
    const stranger = await createUser(db, { roles: ["COORDINATOR"] });
    expect(await code(csvOf("needs", stranger.id, { program: program.id }))).toBe("not_found");
    expect(await code(csvOf("needs", member.id, {}))).toBe("not_found");
  });

  it("reads rows page by page, only as the download consumes them", async () => {
    const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
    const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
    const org = await createOrganisation(db);
    const volunteer = await createVolunteer(db);
    const need = await createNeed(db, { organisationId: org.id, programId: program.id });
    const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteer.id, programId: program.id, status: "ACTIVE" });
    const start = new Date("2026-01-01T12:00:00Z").getTime();
    await db.sessionOccurrence.createMany({
      data: Array.from({ length: PAGE_SIZE + 5 }, (_, i) => ({ id: `s${String(i).padStart(6, "0")}`, pairingId: pairing.id, startsAt: new Date(start + i * 3_600_000), endsAt: new Date(start + i * 3_600_000 + 1_800_000), status: "HELD" as const, durationMinutes: 30 })),
    });
    const filter = await resolveReportFilter(await actorFor(db, coordinatorUser.id), { from: "2026-01-01", to: "2026-06-30" });
    const rows = exportRows("sessions", filter, "en", t);
    const first = await rows.next();
    expect(first.value?.[0]).toBe("s000000");
    let count = 1;
    for await (const row of rows) {
      count += 1;
      expect(row).toHaveLength(exportHeader("sessions", t).length);
    }
    expect(count).toBe(PAGE_SIZE + 5);
  });
});

describe("programs", () => {
  const input = {
    nameFr: "Cohorte d’automne",
    nameEn: "Fall cohort",
    descriptionFr: "",
    descriptionEn: "",
    startsOn: "2026-09-01",
    endsOn: "2026-12-15",
    needTypeIds: ["needtype-social-media-strategy", "needtype-newsletter"],
    hourlyValue: "47,50",
    proposalTtlHours: "48",
    cascadeMode: "MANUAL",
    minimumMatchScore: "40",
    active: "on",
  };

  it("a coordinator creates a program, coordinates it and edits it; others cannot", async () => {
    const coordinator = await actorFor(db, (await createUser(db, { roles: ["COORDINATOR"] })).id);
    const { id } = await createProgramCommand({ actor: coordinator, input });
    const program = await db.program.findUniqueOrThrow({ where: { id }, include: { coordinators: true, needTypes: true } });
    expect(program).toMatchObject({ slug: "fall-cohort", hourlyValueCents: 4750, proposalTtlHours: 48 });
    expect(program.coordinators.map((c) => c.userId)).toEqual([coordinator.id]);
    expect(program.needTypes).toHaveLength(2);
    const second = await createProgramCommand({ actor: coordinator, input });
    expect((await db.program.findUniqueOrThrow({ where: { id: second.id } })).slug).toMatch(/^fall-cohort-/);

    await updateProgram({ actor: coordinator, programId: id, input: { ...input, needTypeIds: ["needtype-website"], hourlyValue: "60" } });
    expect(await db.programNeedType.findMany({ where: { programId: id } })).toEqual([{ programId: id, needTypeId: "needtype-website" }]);
    const other = await actorFor(db, (await createUser(db, { roles: ["COORDINATOR"] })).id);
    expect(await code(updateProgram({ actor: other, programId: id, input }))).toBe("not_found");
    const volunteer = await actorFor(db, (await createVolunteer(db)).id);
    expect(await code(createProgramCommand({ actor: volunteer, input }))).toBe("not_found");
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const coordinator = await actorFor(db, (await createUser(db, { roles: ["COORDINATOR"] })).id);
    const before = await db.program.count();
    const error = await createProgramCommand({ actor: coordinator, input: { ...input, endsOn: "2026-01-01", hourlyValue: "beaucoup", needTypeIds: [] } }).catch((e: unknown) => e);
    const mapped = mapError(error);
    expect(mapped).toMatchObject({ status: 422 });
    expect(mapped?.issues?.map((i) => i.path.join(".")).sort()).toEqual(["hourlyValue", "needTypeIds"]);
    expect(await code(createProgramCommand({ actor: coordinator, input: { ...input, endsOn: "2026-01-01" } }))).toBe("validation");
    expect(await code(createProgramCommand({ actor: coordinator, input: { ...input, needTypeIds: ["needtype-nope"] } }))).toBe("validation");
    expect(await db.program.count()).toBe(before);
  });
});
