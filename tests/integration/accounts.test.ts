import { describe, expect, it } from "vitest";
import { inviteMember } from "@/lib/accounts/invitations";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { findInvitation, signUpOrganisationMember, signUpVolunteer, signUpWithInvitation } from "@/lib/accounts/sign-up";
import { createStaffAccount } from "@/lib/accounts/staff";
import { loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { actorFor, createOrganisation, createProgram, createUser, DEFAULT_PASSWORD } from "@/tests/factories";

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

describe("sign-up", () => {
  it("creates an organisation with its first member as owner", async () => {
    const { userId, organisationId } = await signUpOrganisationMember({
      input: { name: "Nadia Ouellet", email: "Nadia@Example.org", password: "assez long mot de passe", locale: "fr", organisationName: "Centre", sectorId: "sector-maternal-health" },
      ip: "10.0.0.1",
    });
    const actor = await loadActor(db, userId);
    expect(actor?.email).toBe("nadia@example.org");
    expect(actor?.organisationIds).toEqual([organisationId]);
    expect(await code(signUpVolunteer({ input: { name: "Autre", email: "nadia@example.org", password: "assez long mot de passe", locale: "fr" }, ip: "10.0.0.1" }))).toBe("conflict");
  });

  it("a volunteer gets the volunteer role and an empty profile to complete", async () => {
    const { userId } = await signUpVolunteer({ input: { name: "Kemi", email: "kemi@example.org", password: "assez long mot de passe", locale: "en" }, ip: "10.0.0.2" });
    const actor = await loadActor(db, userId);
    expect(actor?.roles).toEqual(["VOLUNTEER"]);
    expect((await db.volunteerProfile.findUniqueOrThrow({ where: { userId } })).completedAt).toBeNull();
  });

  it("joins an organisation through an invitation, once", async () => {
    const owner = await createUser(db);
    const org = await createOrganisation(db, { memberIds: [owner.id] });
    await inviteMember({ actor: await actorFor(db, owner.id), organisationId: org.id, input: { email: "colleague@example.org" } });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: "colleague@example.org" } });
    const token = /\/join\/([\w-]+)/.exec(email.text)?.[1];
    expect(token).toBeTruthy();
    expect((await findInvitation(token!))?.organisation.id).toBe(org.id);
    const input = { name: "Colleague", email: "colleague@example.org", password: "assez long mot de passe", locale: "fr", token };
    const { userId } = await signUpWithInvitation({ input, ip: "10.0.0.3" });
    expect((await loadActor(db, userId))?.organisationIds).toEqual([org.id]);
    expect(await code(signUpWithInvitation({ input: { ...input, email: "other@example.org" }, ip: "10.0.0.3" }))).toBe("not_found");
  });

  it("only members can invite to their organisation", async () => {
    const stranger = await createUser(db);
    const org = await createOrganisation(db);
    expect(await code(inviteMember({ actor: await actorFor(db, stranger.id), organisationId: org.id, input: { email: "x@example.org" } }))).toBe("not_found");
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const user = await createUser(db, { email: "person@example.org" });
    expect((await authenticate({ email: "PERSON@example.org", password: DEFAULT_PASSWORD, ip: "1.1.1.1" }))?.id).toBe(user.id);
    expect(await authenticate({ email: "person@example.org", password: "wrong", ip: "1.1.1.1" })).toBeNull();
  });

  it("rate-limits repeated attempts on one account with counters in the database", async () => {
    await createUser(db, { email: "target@example.org" });
    const attempts = [];
    for (let i = 0; i < 5; i++) attempts.push(await code(authenticate({ email: "target@example.org", password: "wrong", ip: `2.2.2.${i}` })));
    expect(attempts).toEqual(["ok", "ok", "ok", "ok", "ok"]); // wrong password: null, not an error
    // The sixth attempt is refused, even with the right password.
    expect(await code(authenticate({ email: "target@example.org", password: DEFAULT_PASSWORD, ip: "2.2.2.9" }))).toBe("rate_limited");
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "signin:email:target@example.org" } });
    expect(bucket.count).toBe(6);
  });

  it("counts concurrent attempts exactly (no lost update between servers)", async () => {
    const { hit } = await import("@/lib/rate-limit");
    const results = await Promise.all(Array.from({ length: 30 }, () => hit("test:concurrent", { limit: 10, windowSeconds: 60 })));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});

describe("password reset", () => {
  it("emails a one-hour link in the user's language; the link works once and signs out other sessions", async () => {
    const user = await createUser(db, { email: "reset@example.org", locale: "en" });
    await requestPasswordReset({ input: { email: "reset@example.org" } });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: "reset@example.org" } });
    expect(email.locale).toBe("en");
    expect(email.subject).toBe("Reset your Tandem password");
    const token = /\/reset-password\/([\w-]+)/.exec(email.text)?.[1];
    await resetPassword({ input: { token, password: "a new long password", confirm: "a new long password" } });
    expect(await code(resetPassword({ input: { token, password: "another long password", confirm: "another long password" } }))).toBe("not_found");
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1);
    expect(await loadActor(db, user.id, 0)).toBeNull(); // an old session token no longer works
    expect((await authenticate({ email: "reset@example.org", password: "a new long password", ip: "3.3.3.3" }))?.id).toBe(user.id);
  });

  it("says nothing about unknown addresses", async () => {
    await expect(requestPasswordReset({ input: { email: "nobody@example.org" } })).resolves.toBeUndefined();
    expect(await db.emailOutbox.count({ where: { toEmail: "nobody@example.org" } })).toBe(0);
  });
});

describe("staff accounts", () => {
  it("an admin creates a coordinator for a program, who receives a link to set a password", async () => {
    const admin = await actorFor(db, (await createUser(db, { roles: ["ADMIN"] })).id);
    const program = await createProgram(db);
    const { id } = await createStaffAccount({ actor: admin, input: { name: "Julien", email: "julien@example.org", locale: "fr", role: "COORDINATOR", programIds: [program.id] } });
    const actor = await loadActor(db, id);
    expect(actor?.roles).toEqual(["COORDINATOR"]);
    expect(actor?.coordinatedProgramIds).toEqual([program.id]);
    expect((await db.emailOutbox.findFirstOrThrow({ where: { toEmail: "julien@example.org" } })).subject).toBe("Votre compte Tandem est prêt");
  });

  it("nobody else can", async () => {
    const coordinator = await actorFor(db, (await createUser(db, { roles: ["COORDINATOR"] })).id);
    expect(await code(createStaffAccount({ actor: coordinator, input: { name: "X", email: "x@example.org", locale: "fr", role: "ADMIN", programIds: [] } }))).toBe("not_found");
  });
});
