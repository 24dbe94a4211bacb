// Volunteers' opt-outs and conflicts of interest against a real PostgreSQL: what the commands
// write is what the matching engine and the candidate page's screen read (a volunteer who opts
// out or declares a conflict leaves the need's candidates and their own open needs), each
// volunteer touches only their own rows, and declaring the same thing twice is a clean 409.
import { describe, expect, it } from "vitest";
import { exportPersonalData } from "@/lib/accounts/privacy";
import { db } from "@/lib/db";
import { mapError } from "@/lib/errors";
import { listOpenNeedsForVolunteer } from "@/lib/interests/queries";
import { loadNeedCandidates } from "@/lib/matching-data/candidates";
import { declareConflict, optOutOfOrganisation, removeConflict, removeOptOut, saveOptOutPreferences } from "@/lib/volunteers/commands";
import { getExclusionsForCoordinator, getOwnExclusions, ORGANISATION_SEARCH_LIMIT, searchOrganisationsByName } from "@/lib/volunteers/queries";
import { actorFor, createNeed, createOrganisation, createProgram, createUser, createVolunteer } from "@/tests/factories";

const NOW = new Date("2026-11-18T15:00:00Z");
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: "ok", messageKey: "", status: 200 }),
    (e: unknown) => {
      const mapped = mapError(e);
      return { code: mapped?.code ?? String(e), messageKey: mapped?.messageKey ?? "", status: mapped?.status ?? 500 };
    },
  );

/** A program's open need and two volunteers who fit it; earlier tests' volunteers and needs step aside. */
async function world() {
  await db.volunteerProfile.updateMany({ data: { acceptingProposals: false } });
  await db.need.updateMany({ where: { status: "APPROVED" }, data: { status: "CLOSED" } });
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const org = await createOrganisation(db, { name: `Centre Mères Debout ${Math.random().toString(36).slice(2, 8)}`, sectorCode: "maternal-health" });
  const slots = [{ weekday: 2, startMinute: 600, endMinute: 780 }];
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "APPROVED", needTypeCode: "fundraising-campaign", languages: ["fr", "en"], timeZone: "America/Toronto", availability: slots });
  const volunteerOptions = { timeZone: "America/Toronto", languages: ["fr", "en"], capacity: 2, skillCodes: ["fundraising"], availability: [{ weekday: 2, startMinute: 600, endMinute: 780 }] };
  const mine = await createVolunteer(db, { name: "Mine", ...volunteerOptions });
  const other = await createVolunteer(db, { name: "Other", ...volunteerOptions });
  return {
    org,
    need,
    mine,
    other,
    coordinator: await actorFor(db, coordinatorUser.id),
    mineActor: await actorFor(db, mine.id),
    otherActor: await actorFor(db, other.id),
  };
}

type World = Awaited<ReturnType<typeof world>>;

/** Whether the volunteer is among the need's candidates, and which filters exclude them otherwise. */
async function candidacy(w: World, volunteerId: string) {
  const result = await loadNeedCandidates({ actor: w.coordinator, needId: w.need.id, now: NOW });
  return {
    candidate: result.ranking.candidates.some((c) => c.volunteerId === volunteerId),
    filters: result.exclusions.listed.find((e) => e.volunteerId === volunteerId)?.filters ?? [],
  };
}

async function seesNeed(w: World) {
  const open = await listOpenNeedsForVolunteer({ actor: w.mineActor, now: NOW });
  return open.needs.some((n) => n.id === w.need.id);
}

describe("opting out of kinds of need and sectors", () => {
  it("stores catalogue codes, replaces the previous choice and excludes the volunteer from candidates and open needs", async () => {
    const w = await world();
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: true, filters: [] });
    expect(await seesNeed(w)).toBe(true);

    await saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: ["fundraising-campaign"], sectorCodes: [] } });
    const rows = await db.volunteerOptOut.findMany({ where: { volunteerId: w.mine.id }, select: { kind: true, value: true } });
    expect(rows).toEqual([{ kind: "NEED_TYPE", value: "fundraising-campaign" }]);
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: false, filters: ["optOut"] });
    expect(await seesNeed(w)).toBe(false);
    // The other volunteer is untouched.
    expect((await candidacy(w, w.other.id)).candidate).toBe(true);

    // The sector of the organisation excludes as well; the need-type opt-out is replaced.
    await saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: [], sectorCodes: ["maternal-health", "maternal-health"] } });
    expect(await db.volunteerOptOut.findMany({ where: { volunteerId: w.mine.id }, select: { kind: true, value: true } })).toEqual([{ kind: "SECTOR", value: "maternal-health" }]);
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: false, filters: ["optOut"] });
    expect(await seesNeed(w)).toBe(false);

    await saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: [], sectorCodes: [] } });
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: true, filters: [] });
    expect(await seesNeed(w)).toBe(true);
  });

  it("keeps organisation opt-outs when the kinds and sectors are saved, and refuses unknown codes", async () => {
    const w = await world();
    await optOutOfOrganisation({ actor: w.mineActor, input: { organisationId: w.org.id } });
    await saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: ["website"], sectorCodes: [] } });
    expect(await db.volunteerOptOut.count({ where: { volunteerId: w.mine.id, kind: "ORGANISATION" } })).toBe(1);
    const unknown = await outcome(saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: ["no-such-type"], sectorCodes: [] } }));
    expect(unknown).toMatchObject({ code: "validation", messageKey: "volunteer.validation.unknownChoice" });
    // Nothing changed.
    expect(await db.volunteerOptOut.count({ where: { volunteerId: w.mine.id, kind: "NEED_TYPE", value: "website" } })).toBe(1);
  });

  it("is a not-found for someone who is not a volunteer, and asks for a profile first", async () => {
    const w = await world();
    expect((await outcome(saveOptOutPreferences({ actor: w.coordinator, input: { needTypeCodes: [], sectorCodes: [] } }))).code).toBe("not_found");
    const bare = await createUser(db, { roles: ["VOLUNTEER"] });
    const noProfile = await outcome(declareConflict({ actor: await actorFor(db, bare.id), input: { organisationId: w.org.id, relation: "EMPLOYEE" } }));
    expect(noProfile).toMatchObject({ code: "validation", messageKey: "volunteer.exclusions.profileFirst" });
  });
});

describe("conflicts of interest", () => {
  it("excludes the volunteer from the organisation's needs until they remove it", async () => {
    const w = await world();
    const { id } = await declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "BOARD_MEMBER", note: "  Board 2019–2022  " } });
    const row = await db.conflictOfInterest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ volunteerId: w.mine.id, organisationId: w.org.id, relation: "BOARD_MEMBER", note: "Board 2019–2022" });
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: false, filters: ["conflictOfInterest"] });
    expect(await seesNeed(w)).toBe(false);
    expect((await candidacy(w, w.other.id)).candidate).toBe(true);

    await removeConflict({ actor: w.mineActor, input: { conflictId: id } });
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: true, filters: [] });
    expect(await seesNeed(w)).toBe(true);
  });

  it("gives a clean 409 when the same organisation is declared twice, also at the same time", async () => {
    const w = await world();
    await declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "EMPLOYEE" } });
    const again = await outcome(declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "OTHER" } }));
    expect(again).toEqual({ code: "conflict", messageKey: "volunteer.exclusions.conflictExists", status: 409 });

    const org2 = await createOrganisation(db);
    const racing = await Promise.all([1, 2, 3].map(() => outcome(declareConflict({ actor: w.mineActor, input: { organisationId: org2.id, relation: "EMPLOYEE" } }))));
    expect(racing.filter((r) => r.code === "ok")).toHaveLength(1);
    expect(racing.filter((r) => r.code !== "ok")).toEqual([
      { code: "conflict", messageKey: "volunteer.exclusions.conflictExists", status: 409 },
      { code: "conflict", messageKey: "volunteer.exclusions.conflictExists", status: 409 },
    ]);
    expect(await db.conflictOfInterest.count({ where: { volunteerId: w.mine.id } })).toBe(2);
  });

  it("lets only its author remove it: anyone else gets a not-found", async () => {
    const w = await world();
    const { id } = await declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "EMPLOYEE" } });
    expect((await outcome(removeConflict({ actor: w.otherActor, input: { conflictId: id } }))).code).toBe("not_found");
    expect((await outcome(removeConflict({ actor: w.coordinator, input: { conflictId: id } }))).code).toBe("not_found");
    expect(await db.conflictOfInterest.count({ where: { id } })).toBe(1);
    expect(await audited(id)).toEqual(["volunteer.conflict.declare"]);
    await removeConflict({ actor: w.mineActor, input: { conflictId: id } });
    expect((await outcome(removeConflict({ actor: w.mineActor, input: { conflictId: id } }))).code).toBe("not_found");
    expect(await audited(id)).toEqual(["volunteer.conflict.declare", "volunteer.conflict.remove"]);
  });

  it("validates the relation and the organisation", async () => {
    const w = await world();
    const bad = await outcome(declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "" } }));
    expect(bad.code).toBe("validation");
    expect((await outcome(declareConflict({ actor: w.mineActor, input: { organisationId: "no-such-org", relation: "OTHER" } }))).code).toBe("not_found");
    expect(await db.conflictOfInterest.count({ where: { volunteerId: w.mine.id } })).toBe(0);
  });
});

async function audited(entityId: string) {
  return (await db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true } })).map((a) => a.action);
}

describe("opting out of an organisation", () => {
  it("stores the organisation id, excludes the volunteer, refuses a duplicate and is removable by its author only", async () => {
    const w = await world();
    const { id } = await optOutOfOrganisation({ actor: w.mineActor, input: { organisationId: w.org.id } });
    expect(await db.volunteerOptOut.findUniqueOrThrow({ where: { id }, select: { kind: true, value: true } })).toEqual({ kind: "ORGANISATION", value: w.org.id });
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: false, filters: ["optOut"] });
    expect(await seesNeed(w)).toBe(false);

    const again = await outcome(optOutOfOrganisation({ actor: w.mineActor, input: { organisationId: w.org.id } }));
    expect(again).toEqual({ code: "conflict", messageKey: "volunteer.exclusions.optOutExists", status: 409 });

    expect((await outcome(removeOptOut({ actor: w.otherActor, input: { optOutId: id } }))).code).toBe("not_found");
    await removeOptOut({ actor: w.mineActor, input: { optOutId: id } });
    expect(await candidacy(w, w.mine.id)).toEqual({ candidate: true, filters: [] });
    expect(await seesNeed(w)).toBe(true);
  });
});

describe("reading exclusions", () => {
  it("shows the volunteer and coordinators names, and only the volunteer's own", async () => {
    const w = await world();
    await saveOptOutPreferences({ actor: w.mineActor, input: { needTypeCodes: ["website"], sectorCodes: ["maternal-health"] } });
    await optOutOfOrganisation({ actor: w.mineActor, input: { organisationId: w.org.id } });
    await declareConflict({ actor: w.mineActor, input: { organisationId: w.org.id, relation: "OTHER", note: "My sister runs it" } });
    await declareConflict({ actor: w.otherActor, input: { organisationId: w.org.id, relation: "EMPLOYEE" } });

    const own = await getOwnExclusions({ actor: w.mineActor, locale: "fr" });
    expect(own.needTypes.map((n) => n.code)).toEqual(["website"]);
    expect(own.sectors.map((s) => s.code)).toEqual(["maternal-health"]);
    expect(own.organisations.map((o) => o.organisation.name)).toEqual([w.org.name]);
    expect(own.conflicts).toEqual([expect.objectContaining({ relation: "OTHER", note: "My sister runs it", organisation: expect.objectContaining({ id: w.org.id }) })]);

    const seen = await getExclusionsForCoordinator({ actor: w.coordinator, volunteerId: w.mine.id, locale: "en" });
    expect(seen.conflicts.map((c) => c.relation)).toEqual(["OTHER"]);
    expect((await outcome(getExclusionsForCoordinator({ actor: w.otherActor, volunteerId: w.mine.id, locale: "en" }))).code).toBe("not_found");

    const exported = await exportPersonalData(w.mineActor);
    expect(exported.user.volunteerProfile?.optOuts.map((o) => o.kind).sort()).toEqual(["NEED_TYPE", "ORGANISATION", "SECTOR"]);
    expect(exported.user.volunteerProfile?.conflicts).toEqual([expect.objectContaining({ organisationId: w.org.id, relation: "OTHER", note: "My sister runs it", organisation: { name: w.org.name } })]);
  });

  it("searches organisations by name only, at most ten, and only for volunteers", async () => {
    const w = await world();
    const tag = Math.random().toString(36).slice(2, 8);
    for (let i = 0; i < ORGANISATION_SEARCH_LIMIT + 2; i++) await createOrganisation(db, { name: `Maison ${tag} ${String(i).padStart(2, "0")}`, city: "Laval", description: `secret ${tag}` });
    const found = await searchOrganisationsByName({ actor: w.mineActor, query: `  maison ${tag.toUpperCase()} ` });
    expect(found.searched).toBe(true);
    expect(found.results).toHaveLength(ORGANISATION_SEARCH_LIMIT);
    expect(found.results[0]?.name).toBe(`Maison ${tag} 00`);
    expect(Object.keys(found.results[0]!).sort()).toEqual(["city", "id", "name"]);
    // The description is not searched.
    expect((await searchOrganisationsByName({ actor: w.mineActor, query: `secret ${tag}` })).results).toEqual([]);
    expect(await searchOrganisationsByName({ actor: w.mineActor, query: "a" })).toMatchObject({ searched: false, results: [] });
    expect((await outcome(searchOrganisationsByName({ actor: w.coordinator, query: "maison" }))).code).toBe("not_found");
  });
});

