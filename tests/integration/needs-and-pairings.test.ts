// The core flow at the domain level, against a real PostgreSQL: validation,
// authorisation inside every mutation, state transitions, and the capacity
// rule under concurrency.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { approveNeed, createNeed, returnNeed, submitNeed, updateNeed, withdrawNeed } from "@/lib/needs/commands";
import { getNeedForActor, listNeedsForCoordinator, listNeedsForOrganisations } from "@/lib/needs/queries";
import { proposeVolunteer, respondToProposal } from "@/lib/pairings/commands";
import { getPairingForActor } from "@/lib/pairings/queries";
import { actorFor, createNeed as makeNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

const validInput = {
  needTypeId: "needtype-social-media-strategy",
  title: "Notre stratégie",
  goals: "Publier chaque semaine et doubler la communauté.",
  desiredStartOn: "2026-12-01",
  durationWeeks: "12",
  timeZone: "America/Winnipeg",
  languages: ["fr"],
  availability: { slotDay: ["2"], slotStart: ["10:00"], slotEnd: ["12:00"] },
};

async function world() {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const member = await createUser(db, { name: "Nadia" });
  const org = await createOrganisation(db, { memberIds: [member.id] });
  const otherMember = await createUser(db);
  const otherOrg = await createOrganisation(db, { memberIds: [otherMember.id] });
  const volunteerUser = await createVolunteer(db, { name: "Kemi", languages: ["fr", "en"] });
  return {
    program,
    org,
    otherOrg,
    coordinator: await actorFor(db, coordinatorUser.id),
    member: await actorFor(db, member.id),
    otherMember: await actorFor(db, otherMember.id),
    volunteer: await actorFor(db, volunteerUser.id),
  };
}

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

describe("needs", () => {
  it("a member creates and submits a need; coordinators of its program are notified", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: true });
    const need = await db.need.findUniqueOrThrow({ where: { id }, include: { availability: true, statusChanges: true } });
    expect(need.status).toBe("SUBMITTED");
    expect(need.programId).toBe(w.program.id);
    expect(need.availability).toEqual([expect.objectContaining({ weekday: 2, startMinute: 600, endMinute: 720 })]);
    expect(need.statusChanges.map((c) => c.toStatus).sort()).toEqual(["DRAFT", "SUBMITTED"]);
    const notes = await db.notification.findMany({ where: { userId: w.coordinator.id } });
    expect(notes.map((n) => n.kind)).toEqual(["needSubmitted"]);
    const email = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.coordinator.id } });
    expect(email.subject).toContain("Notre stratégie");
  });

  it("rejects invalid input with a validation error and writes nothing", async () => {
    const w = await world();
    const before = await db.need.count();
    const error = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id, durationWeeks: "0", languages: [] }, submit: true }).catch((e: unknown) => e);
    expect(mapError(error)).toMatchObject({ status: 422, code: "validation" });
    expect(await db.need.count()).toBe(before);
  });

  it("refuses a need for an organisation the member does not belong to", async () => {
    const w = await world();
    expect(await code(createNeed({ actor: w.member, organisationId: w.otherOrg.id, input: validInput, submit: false }))).toBe("forbidden");
  });

  it("hides a need from members of other organisations and from volunteers (not found)", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: true });
    expect(await code(getNeedForActor({ actor: w.otherMember, needId: id }))).toBe("not_found");
    expect(await code(getNeedForActor({ actor: w.volunteer, needId: id }))).toBe("not_found");
    expect(await code(getNeedForActor({ actor: w.member, needId: id }))).toBe("ok");
    expect(await code(getNeedForActor({ actor: w.coordinator, needId: id }))).toBe("ok");
    expect((await listNeedsForOrganisations(w.otherMember)).map((n) => n.id)).not.toContain(id);
  });

  it("keeps a draft private to its organisation until it is submitted", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: false });
    expect(await code(getNeedForActor({ actor: w.coordinator, needId: id }))).toBe("not_found");
    await submitNeed({ actor: w.member, needId: id });
    expect(await code(getNeedForActor({ actor: w.coordinator, needId: id }))).toBe("ok");
  });

  it("only coordinators approve or return, with a reason, and only from the right state", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: true });
    expect(await code(approveNeed({ actor: w.member, needId: id }))).toBe("not_found");
    expect(await code(returnNeed({ actor: w.coordinator, needId: id, input: { reason: "" } }))).toBe("validation");
    await returnNeed({ actor: w.coordinator, needId: id, input: { reason: "Précisez vos objectifs, s'il vous plaît." } });
    expect(await code(approveNeed({ actor: w.coordinator, needId: id }))).toBe("invalid_transition");
    const returned = await db.need.findUniqueOrThrow({ where: { id } });
    expect(returned.returnReason).toContain("Précisez");
    await submitNeed({ actor: w.member, needId: id });
    await approveNeed({ actor: w.coordinator, needId: id });
    expect((await db.need.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });

  it("detects a concurrent edit instead of overwriting it", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: false });
    const { version } = await db.need.findUniqueOrThrow({ where: { id } });
    await updateNeed({ actor: w.member, needId: id, version, input: { ...validInput, programId: w.program.id, title: "Première version" }, submit: false });
    // A second editor who loaded the same version saves afterwards.
    expect(await code(updateNeed({ actor: w.member, needId: id, version, input: { ...validInput, programId: w.program.id, title: "Seconde version" }, submit: false }))).toBe("conflict");
    expect((await db.need.findUniqueOrThrow({ where: { id } })).title).toBe("Première version");
  });

  it("a member of another organisation cannot withdraw it", async () => {
    const w = await world();
    const { id } = await createNeed({ actor: w.member, organisationId: w.org.id, input: { ...validInput, programId: w.program.id }, submit: true });
    expect(await code(withdrawNeed({ actor: w.otherMember, needId: id }))).toBe("not_found");
  });
});

describe("proposals", () => {
  async function approvedNeed() {
    const w = await world();
    const need = await makeNeed(db, { organisationId: w.org.id, programId: w.program.id, status: "APPROVED", createdById: w.member.id });
    return { ...w, need };
  }

  it("proposal → acceptance: the need is matched and everyone sees the pairing", async () => {
    const w = await approvedNeed();
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.volunteer.id } });
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("MATCHING");
    // A second proposal for the same need is refused while the first is open.
    const other = await createVolunteer(db);
    expect(await code(proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: other.id } }))).toBe("conflict");

    await respondToProposal({ actor: w.volunteer, pairingId: id, input: { decision: "accept" } });
    expect((await db.pairing.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("MATCHED");
    for (const actor of [w.member, w.volunteer, w.coordinator]) {
      const pairing = await getPairingForActor({ actor, pairingId: id });
      expect(pairing.events.map((e) => e.toStatus)).toEqual(["PROPOSED", "ACCEPTED"]);
    }
    expect(await code(getPairingForActor({ actor: w.otherMember, pairingId: id }))).toBe("not_found");
  });

  it("only the proposed volunteer can answer, and a decline needs a reason the organisation never sees", async () => {
    const w = await approvedNeed();
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.volunteer.id } });
    const stranger = await actorFor(db, (await createVolunteer(db)).id);
    expect(await code(respondToProposal({ actor: stranger, pairingId: id, input: { decision: "accept" } }))).toBe("not_found");
    expect(await code(respondToProposal({ actor: w.volunteer, pairingId: id, input: { decision: "decline", reason: "" } }))).toBe("validation");
    await respondToProposal({ actor: w.volunteer, pairingId: id, input: { decision: "decline", reason: "Pas disponible ce trimestre" } });
    expect((await db.need.findUniqueOrThrow({ where: { id: w.need.id } })).status).toBe("APPROVED");
    expect(await code(getPairingForActor({ actor: w.member, pairingId: id }))).toBe("not_found");
    const asCoordinator = await getPairingForActor({ actor: w.coordinator, pairingId: id });
    expect(asCoordinator.events.at(-1)?.reason).toBe("Pas disponible ce trimestre");
  });

  it("an expired proposal cannot be accepted", async () => {
    const w = await approvedNeed();
    const proposedAt = new Date(Date.now() - 100 * 3_600_000);
    const { id } = await proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.volunteer.id }, now: proposedAt });
    expect(await code(respondToProposal({ actor: w.volunteer, pairingId: id, input: { decision: "accept" } }))).toBe("conflict");
    expect((await db.pairing.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");
  });

  it("20 simultaneous acceptances for a volunteer with capacity 1: exactly one succeeds", async () => {
    const w = await world();
    const volunteer = await actorFor(db, (await createVolunteer(db, { capacity: 1 })).id);
    const pairings = [];
    for (let i = 0; i < 20; i++) {
      const org = await createOrganisation(db, { memberIds: [] });
      const need = await makeNeed(db, { organisationId: org.id, programId: w.program.id, status: "MATCHING" });
      pairings.push(await createPairing(db, { needId: need.id, volunteerId: volunteer.id, programId: w.program.id }));
    }
    const outcomes = await Promise.all(pairings.map((p) => code(respondToProposal({ actor: volunteer, pairingId: p.id, input: { decision: "accept" } }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(19);
    expect(await db.pairing.count({ where: { volunteerId: volunteer.id, status: "ACCEPTED" } })).toBe(1);
  });

  it("refuses a volunteer with a conflict of interest with the organisation", async () => {
    const w = await approvedNeed();
    await db.conflictOfInterest.create({ data: { id: "coi-1", volunteerId: w.volunteer.id, organisationId: w.org.id, relation: "BOARD_MEMBER" } });
    expect(await code(proposeVolunteer({ actor: w.coordinator, input: { needId: w.need.id, volunteerId: w.volunteer.id } }))).toBe("conflict");
  });

  it("organisation members and volunteers cannot propose", async () => {
    const w = await approvedNeed();
    expect(await code(proposeVolunteer({ actor: w.member, input: { needId: w.need.id, volunteerId: w.volunteer.id } }))).toBe("not_found");
    expect(await code(proposeVolunteer({ actor: w.volunteer, input: { needId: w.need.id, volunteerId: w.volunteer.id } }))).toBe("not_found");
  });
});

describe("program of a need", () => {
  it("must be chosen when several programs could take it", async () => {
    const w = await world();
    await createProgram(db); // a second active program
    const error = await createNeed({ actor: w.member, organisationId: w.org.id, input: validInput, submit: true }).catch((e: unknown) => e);
    expect(mapError(error)).toMatchObject({ status: 422 });
    expect(mapError(error)?.issues?.[0]?.path).toEqual(["programId"]);
  });
});

describe("coordinator's needs list", () => {
  it("filters by program and by submission period, counts included", async () => {
    const w = await world();
    const other = await createProgram(db, { coordinatorIds: [w.coordinator.id] });
    const coordinator = await actorFor(db, w.coordinator.id);
    await makeNeed(db, { organisationId: w.org.id, programId: w.program.id, status: "SUBMITTED", submittedAt: new Date("2026-03-10T12:00:00Z") });
    await makeNeed(db, { organisationId: w.org.id, programId: w.program.id, status: "SUBMITTED", submittedAt: new Date("2026-09-10T12:00:00Z") });
    await makeNeed(db, { organisationId: w.org.id, programId: other.id, status: "SUBMITTED", submittedAt: new Date("2026-09-11T12:00:00Z") });
    const byProgram = await listNeedsForCoordinator({ actor: coordinator, status: "SUBMITTED", programId: w.program.id });
    expect(byProgram.needs).toHaveLength(2);
    expect(byProgram.counts.SUBMITTED).toBe(2);
    const inPeriod = await listNeedsForCoordinator({
      actor: coordinator,
      status: "SUBMITTED",
      programId: w.program.id,
      submittedIn: { start: new Date("2026-09-01T00:00:00Z"), end: new Date("2026-10-01T00:00:00Z") },
    });
    expect(inPeriod.needs.map((n) => n.submittedAt?.toISOString())).toEqual(["2026-09-10T12:00:00.000Z"]);
  });
});
