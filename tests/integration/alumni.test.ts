// The alumni network's domain functions against PostgreSQL: authorisation inside each one,
// bad input, the one-step invitation to volunteer and its confirmation, events and attendance.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { becomeVolunteer, createProgramEvent, inviteAlumniToVolunteer, inviteEventAudience, recordEventAttendance, recordReferral, setAmbassador, updateOwnOptIns } from "@/lib/alumni/commands";
import { listAlumniForCoordinator, prefilledVolunteerProfile, searchDirectory } from "@/lib/alumni/queries";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";
import { createAlumni } from "@/tests/factories/lifecycle";

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

async function world() {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const otherCoordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  await createProgram(db, { coordinatorIds: [otherCoordinatorUser.id] });
  const menteeUser = await createUser(db, { name: "Amélie Mentorée", locale: "fr" });
  const org = await createOrganisation(db, { memberIds: [menteeUser.id], region: "QC", city: "Longueuil", sectorCode: "youth" });
  const volunteerUser = await createVolunteer(db, { name: "Vera Mentor", languages: ["en"], region: "ON", skillCodes: ["fundraising"] });
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "CLOSED", languages: ["fr"], needTypeCode: "social-media-strategy" });
  const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteerUser.id, programId: program.id, status: "COMPLETED" });
  const mentee = await createAlumni(db, { userId: menteeUser.id, programId: program.id, side: "ORGANISATION", pairingId: pairing.id, directoryOptIn: true, eventsOptIn: true });
  const mentor = await createAlumni(db, { userId: volunteerUser.id, programId: program.id, side: "VOLUNTEER", pairingId: pairing.id, eventsOptIn: false });
  return {
    program,
    mentee,
    mentor,
    coordinator: await actorFor(db, coordinatorUser.id),
    otherCoordinator: await actorFor(db, otherCoordinatorUser.id),
    menteeActor: await actorFor(db, menteeUser.id),
    volunteer: await actorFor(db, volunteerUser.id),
  };
}

const profileInput = (skillIds: string[]) => ({
  headline: "Responsable des communications",
  bio: "",
  employer: "",
  seniorityYears: "4",
  capacity: "1",
  timeZone: "America/Toronto",
  languages: ["fr"],
  region: "QC",
  city: "Longueuil",
  skillIds,
  sectorIds: [],
  availability: { slotDay: ["3"], slotStart: ["12:00"], slotEnd: ["14:00"] },
  acceptingProposals: "on",
  identityTags: [],
});

describe("alumni opt-ins and directory", () => {
  it("alumni manage only their own opt-ins", async () => {
    const w = await world();
    await updateOwnOptIns({ actor: w.volunteer, alumniId: w.mentor.id, input: { directoryOptIn: "on", newsletterOptIn: "on" } });
    expect(await db.alumni.findUniqueOrThrow({ where: { id: w.mentor.id } })).toMatchObject({ directoryOptIn: true, newsletterOptIn: true, eventsOptIn: false });
    expect(await code(updateOwnOptIns({ actor: w.volunteer, alumniId: w.mentee.id, input: {} }))).toBe("not_found");
  });

  it("the directory lists only opted-in alumni of the reader's programs, searchable by region, language and skill", async () => {
    const w = await world();
    const names = async (search: object) => (await searchDirectory(w.volunteer, search)).rows.map((r) => r.user.name);
    expect(await names({})).toEqual(["Amélie Mentorée"]); // the mentor has not opted in
    expect(await names({ region: "qc" })).toEqual(["Amélie Mentorée"]);
    expect(await names({ region: "ON" })).toEqual([]);
    expect(await names({ language: "fr" })).toEqual(["Amélie Mentorée"]);
    await updateOwnOptIns({ actor: w.volunteer, alumniId: w.mentor.id, input: { directoryOptIn: "on" } });
    expect(await names({ skill: "skill-fundraising" })).toEqual(["Vera Mentor"]);
    const stranger = await actorFor(db, (await createUser(db)).id);
    expect((await searchDirectory(stranger, {})).rows).toEqual([]);
    expect((await listAlumniForCoordinator(w.otherCoordinator, {})).total).toBe(0);
    expect((await listAlumniForCoordinator(w.coordinator, {})).total).toBe(2);
  });
});

describe("coordinators and alumni", () => {
  it("only the program's coordinators flag ambassadors and record referrals", async () => {
    const w = await world();
    expect(await code(setAmbassador({ actor: w.otherCoordinator, alumniId: w.mentor.id, ambassador: true }))).toBe("not_found");
    expect(await code(setAmbassador({ actor: w.volunteer, alumniId: w.mentor.id, ambassador: true }))).toBe("not_found");
    await setAmbassador({ actor: w.coordinator, alumniId: w.mentor.id, ambassador: true });
    expect((await db.alumni.findUniqueOrThrow({ where: { id: w.mentor.id } })).ambassador).toBe(true);
    expect(await code(recordReferral({ actor: w.coordinator, alumniId: w.mentor.id, input: { detail: "" } }))).toBe("validation");
    await recordReferral({ actor: w.coordinator, alumniId: w.mentor.id, input: { detail: "Un organisme voisin" } });
    expect(await db.alumniEngagement.count({ where: { alumniId: w.mentor.id, kind: "REFERRED" } })).toBe(1);
  });

  it("invites an alumni mentee to volunteer in one step; the mentee confirms a prefilled profile", async () => {
    const w = await world();
    expect(await code(inviteAlumniToVolunteer({ actor: w.otherCoordinator, alumniId: w.mentee.id }))).toBe("not_found");
    expect(await code(inviteAlumniToVolunteer({ actor: w.coordinator, alumniId: w.mentor.id }))).toBe("conflict");
    await inviteAlumniToVolunteer({ actor: w.coordinator, alumniId: w.mentee.id });
    expect((await db.alumni.findUniqueOrThrow({ where: { id: w.mentee.id } })).volunteerInvitedAt).not.toBeNull();
    const email = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.menteeActor.id } });
    expect(email.subject).toBe("Devenez mentor bénévole");
    expect(email.text).toContain("/fr/alumni/volunteer");

    const prefilled = await prefilledVolunteerProfile(w.menteeActor);
    expect(prefilled?.defaults).toMatchObject({ region: "QC", city: "Longueuil", languages: ["fr"], sectorIds: ["sector-youth"], availability: [{ weekday: 2, startMinute: 720, endMinute: 840 }] });
    expect(prefilled?.defaults.skillIds.length).toBeGreaterThan(0);

    // Bad input writes nothing: no role without a profile.
    expect(await code(becomeVolunteer({ actor: w.menteeActor, input: { ...profileInput(prefilled?.defaults.skillIds ?? []), seniorityYears: "" } }))).toBe("validation");
    expect(await db.userRole.count({ where: { userId: w.menteeActor.id, role: "VOLUNTEER" } })).toBe(0);
    expect(await code(becomeVolunteer({ actor: w.menteeActor, input: profileInput(["skill-unknown"]) }))).toBe("validation");
    expect(await db.userRole.count({ where: { userId: w.menteeActor.id, role: "VOLUNTEER" } })).toBe(0);

    await becomeVolunteer({ actor: w.menteeActor, input: profileInput(prefilled?.defaults.skillIds ?? []) });
    expect(await db.userRole.count({ where: { userId: w.menteeActor.id, role: "VOLUNTEER" } })).toBe(1);
    expect(await db.volunteerProfile.findUniqueOrThrow({ where: { userId: w.menteeActor.id } })).toMatchObject({ region: "QC", seniorityYears: 4 });
    expect(await db.alumniEngagement.count({ where: { alumniId: w.mentee.id, kind: "VOLUNTEERED_AGAIN" } })).toBe(1);
    const again = await actorFor(db, w.menteeActor.id);
    expect(await code(becomeVolunteer({ actor: again, input: profileInput(prefilled?.defaults.skillIds ?? []) }))).toBe("conflict");
    expect(await code(inviteAlumniToVolunteer({ actor: w.coordinator, alumniId: w.mentee.id }))).toBe("conflict");
  });

  it("someone who is not an alumni mentee cannot use the shortcut", async () => {
    const w = await world();
    const stranger = await actorFor(db, (await createUser(db)).id);
    expect(await code(becomeVolunteer({ actor: stranger, input: profileInput(["skill-social-media"]) }))).toBe("not_found");
    expect(await prefilledVolunteerProfile(w.volunteer)).toBeNull();
  });
});

describe("events", () => {
  it("creates an event, invites opted-in alumni once, and records attendance as re-engagement", async () => {
    const w = await world();
    const input = { programId: w.program.id, title: "Cinq à sept", description: "", date: "2026-12-10", time: "17:30", place: "Montréal" };
    expect(await code(createProgramEvent({ actor: w.otherCoordinator, input }))).toBe("not_found");
    expect(await code(createProgramEvent({ actor: w.coordinator, input: { ...input, time: "25:00" } }))).toBe("validation");
    const { id } = await createProgramEvent({ actor: w.coordinator, input });
    expect((await db.programEvent.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe("2026-12-10T22:30:00.000Z");

    expect(await code(inviteEventAudience({ actor: w.otherCoordinator, eventId: id }))).toBe("not_found");
    expect(await inviteEventAudience({ actor: w.coordinator, eventId: id })).toEqual({ invited: 1 }); // only the mentee accepts events
    expect(await inviteEventAudience({ actor: w.coordinator, eventId: id })).toEqual({ invited: 0 });
    expect(await code(recordEventAttendance({ actor: w.coordinator, eventId: id, input: { attended: [w.mentor.id] } }))).toBe("validation");

    const now = new Date("2026-12-11T12:00:00Z");
    await recordEventAttendance({ actor: w.coordinator, eventId: id, input: { attended: [w.mentee.id] }, now });
    await recordEventAttendance({ actor: w.coordinator, eventId: id, input: { attended: [w.mentee.id] }, now });
    expect(await db.alumniEngagement.count({ where: { alumniId: w.mentee.id, kind: "ATTENDED_EVENT" } })).toBe(1);
    await recordEventAttendance({ actor: w.coordinator, eventId: id, input: { attended: [] }, now });
    expect(await db.alumniEngagement.count({ where: { alumniId: w.mentee.id, kind: "ATTENDED_EVENT" } })).toBe(0);
    expect((await db.eventInvitation.findFirstOrThrow({ where: { eventId: id } })).attended).toBe(false);
  });
});
