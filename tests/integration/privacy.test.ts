import { describe, expect, it } from "vitest";
import { deleteOwnAccount, exportPersonalData } from "@/lib/accounts/privacy";
import { loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor, createNeed, createOrganisation, createPairing, createVolunteer, DEFAULT_PASSWORD } from "@/tests/factories";

describe("personal data", () => {
  it("exports the person's own data, including consented lived experience", async () => {
    const user = await createVolunteer(db, { email: "mine@example.org", identityTags: ["parent"] });
    const data = await exportPersonalData(await actorFor(db, user.id));
    expect(data.user.email).toBe("mine@example.org");
    expect(data.user.selfIdentification?.tags).toEqual(["parent"]);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
  });

  it("deletes an account after confirmation: no sign-in, no identity data, sessions ended", async () => {
    const user = await createVolunteer(db, { email: "gone@example.org", identityTags: ["woman"] });
    const actor = await actorFor(db, user.id);
    await expect(deleteOwnAccount({ actor, input: { confirmEmail: "other@example.org" } })).rejects.toBeInstanceOf(AppError);
    await deleteOwnAccount({ actor, input: { confirmEmail: "GONE@example.org" } });
    expect(await db.identitySelfIdentification.count({ where: { userId: user.id } })).toBe(0);
    expect(await authenticate({ email: "gone@example.org", password: DEFAULT_PASSWORD, ip: "privacy" })).toBeNull();
    expect(await loadActor(db, user.id)).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).not.toContain("gone@");
  });

  it("refuses while the volunteer has a pairing in progress", async () => {
    const user = await createVolunteer(db);
    const org = await createOrganisation(db);
    const need = await createNeed(db, { organisationId: org.id, status: "MATCHED" });
    await createPairing(db, { needId: need.id, volunteerId: user.id, status: "ACTIVE" });
    const error = await deleteOwnAccount({ actor: await actorFor(db, user.id), input: { confirmEmail: user.email } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "conflict" });
  });
});
