// The strategy document against a real PostgreSQL: authorisation inside every mutation, saves
// that carry their base version, two writers at once (merge or conflict, never a silent
// overwrite), history and restore, comments with notifications, sharing and copying, export.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError, mapError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { SECTION_KEYS, demoStrategy, diffRevisions, emptyStrategy, sectionTitleKey, strategyToMarkdown, type StrategyContent } from "@/lib/strategy";
import {
  addStrategyComment,
  createStrategyDocument,
  resolveStrategyComment,
  restoreStrategyRevision,
  saveStrategySection,
  setStrategySharing,
  type SaveOutcome,
} from "@/lib/strategy/commands";
import { getStrategyForExport, getStrategyHistory, getStrategyWorkspace, listShareableStrategies } from "@/lib/strategy/queries";
import { actorFor, createNeed, createOrganisation, createPairing, createProgram, createUser, createVolunteer } from "@/tests/factories";

async function pairingWorld(options: { status?: "ACTIVE" | "COMPLETED" } = {}) {
  const coordinatorUser = await createUser(db, { roles: ["COORDINATOR"] });
  const program = await createProgram(db, { coordinatorIds: [coordinatorUser.id] });
  const memberUser = await createUser(db, { name: "Nadia" });
  const secondMemberUser = await createUser(db, { name: "Amélie" });
  const org = await createOrganisation(db, { name: "Centre Mères Debout", memberIds: [memberUser.id, secondMemberUser.id] });
  const outsiderUser = await createUser(db);
  await createOrganisation(db, { memberIds: [outsiderUser.id] });
  const volunteerUser = await createVolunteer(db, { name: "Kemi", capacity: 3 });
  const need = await createNeed(db, { organisationId: org.id, programId: program.id, status: "MATCHED" });
  const pairing = await createPairing(db, { needId: need.id, volunteerId: volunteerUser.id, programId: program.id, status: options.status ?? "ACTIVE" });
  return {
    pairingId: pairing.id,
    member: await actorFor(db, memberUser.id),
    secondMember: await actorFor(db, secondMemberUser.id),
    volunteer: await actorFor(db, volunteerUser.id),
    coordinator: await actorFor(db, coordinatorUser.id),
    outsider: await actorFor(db, outsiderUser.id),
  };
}

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : (mapError(e)?.code ?? String(e))));

async function started() {
  const w = await pairingWorld();
  await createStrategyDocument({ actor: w.member, pairingId: w.pairingId, input: { source: "blank" } });
  return w;
}

const mission = (statement: string, approach = "", socialMediaRole = "") => ({ statement, approach, socialMediaRole });

async function save(actor: Awaited<ReturnType<typeof pairingWorld>>["member"], pairingId: string, section: string, baseVersion: number, base: unknown, content: unknown) {
  return saveStrategySection({ actor, pairingId, input: { section, baseVersion, base, content } });
}

describe("starting the document", () => {
  it("creates every section at version 1 with a first revision; only the two sides may start it", async () => {
    const w = await pairingWorld();
    expect(await code(createStrategyDocument({ actor: w.coordinator, pairingId: w.pairingId, input: { source: "blank" } }))).toBe("forbidden");
    expect(await code(createStrategyDocument({ actor: w.outsider, pairingId: w.pairingId, input: { source: "blank" } }))).toBe("not_found");
    await createStrategyDocument({ actor: w.volunteer, pairingId: w.pairingId, input: { source: "blank" } });
    const { document } = await getStrategyWorkspace({ actor: w.member, pairingId: w.pairingId });
    expect(document?.sections.map((s) => [s.key, s.version])).toEqual(SECTION_KEYS.map((k) => [k, 1]));
    expect(await db.strategyRevision.count({ where: { documentId: document?.id } })).toBe(SECTION_KEYS.length);
    expect(await code(createStrategyDocument({ actor: w.member, pairingId: w.pairingId, input: { source: "blank" } }))).toBe("conflict");
  });

  it("copies only documents of completed pairings that both authors agreed to share", async () => {
    const alumni = await pairingWorld();
    await createStrategyDocument({ actor: alumni.member, pairingId: alumni.pairingId, input: { source: "blank" } });
    await save(alumni.member, alumni.pairingId, "mission", 1, emptyStrategy().mission, mission("Notre mission partagée"));
    const source = await db.strategyDocument.findUniqueOrThrow({ where: { pairingId: alumni.pairingId } });
    const w = await pairingWorld();

    // Not completed, not shared: invisible.
    expect(await code(createStrategyDocument({ actor: w.member, pairingId: w.pairingId, input: { source: "copy", copyFromId: source.id } }))).toBe("not_found");
    await setStrategySharing({ actor: alumni.member, pairingId: alumni.pairingId, input: { shared: true } });
    await db.pairing.update({ where: { id: alumni.pairingId }, data: { status: "COMPLETED" } });
    expect(await listShareableStrategies({ actor: w.member, pairingId: w.pairingId })).toEqual([]);
    // The coordinator cannot consent for either side; only the volunteer's agreement completes it.
    expect(await code(setStrategySharing({ actor: alumni.coordinator, pairingId: alumni.pairingId, input: { shared: true } }))).toBe("forbidden");
    await setStrategySharing({ actor: alumni.volunteer, pairingId: alumni.pairingId, input: { shared: true } });
    expect((await listShareableStrategies({ actor: w.member, pairingId: w.pairingId })).map((d) => d.id)).toEqual([source.id]);

    await createStrategyDocument({ actor: w.member, pairingId: w.pairingId, input: { source: "copy", copyFromId: source.id } });
    const copy = await getStrategyForExport({ actor: w.volunteer, pairingId: w.pairingId });
    expect(copy.content.mission.statement).toBe("Notre mission partagée");
    expect((await db.strategyDocument.findUniqueOrThrow({ where: { pairingId: w.pairingId } })).copiedFromId).toBe(source.id);
  });
});

describe("saving a section", () => {
  it("saves on the current version, rejects invalid content with field errors, refuses coordinators and outsiders", async () => {
    const w = await started();
    const saved = await save(w.member, w.pairingId, "mission", 1, emptyStrategy().mission, mission("Donner aux mères les moyens d'agir"));
    expect(saved).toMatchObject({ status: "saved", version: 2 });
    const tooMany = [1, 2, 3, 4].map((n) => ({ id: `o${n}`, objective: "x", missionLink: "", pitfalls: "" }));
    const invalid = await save(w.member, w.pairingId, "objectives", 1, [], tooMany).catch((e: unknown) => e);
    expect(mapError(invalid)).toMatchObject({ status: 422, code: "validation" });
    expect(await code(save(w.coordinator, w.pairingId, "mission", 2, {}, mission("x")))).toBe("forbidden");
    expect(await code(save(w.outsider, w.pairingId, "mission", 2, {}, mission("x")))).toBe("not_found");
    expect(await code(saveStrategySection({ actor: w.member, pairingId: w.pairingId, input: { section: "nope", baseVersion: 1, base: {}, content: {} } }))).toBe("validation");
  });

  it("refuses edits once the pairing is over, but keeps reading and commenting open", async () => {
    const w = await started();
    await db.pairing.update({ where: { id: w.pairingId }, data: { status: "COMPLETED" } });
    expect(await code(save(w.member, w.pairingId, "mission", 1, emptyStrategy().mission, mission("x")))).toBe("conflict");
    expect(await code(addStrategyComment({ actor: w.member, pairingId: w.pairingId, input: { section: "mission", body: "Bilan : à relire." } }))).toBe("ok");
  });

  it("two writers at once on different fields: both edits kept (one saved, one merged)", async () => {
    const w = await started();
    const base = emptyStrategy().mission;
    const results = await Promise.all([
      save(w.member, w.pairingId, "mission", 1, base, mission("Énoncé de Nadia")),
      save(w.volunteer, w.pairingId, "mission", 1, base, mission("", "Approche de Kemi")),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["merged", "saved"]);
    const stored = await getStrategyForExport({ actor: w.coordinator, pairingId: w.pairingId });
    expect(stored.content.mission).toEqual(mission("Énoncé de Nadia", "Approche de Kemi"));
    const section = await db.strategySection.findFirstOrThrow({ where: { key: "mission", document: { pairingId: w.pairingId } } });
    expect(section.version).toBe(3);
  });

  it("two writers at once on the same field: one is saved, the other gets both versions and nothing is overwritten", async () => {
    const w = await started();
    const base = emptyStrategy().mission;
    const results: SaveOutcome[] = await Promise.all([
      save(w.member, w.pairingId, "mission", 1, base, mission("Version de Nadia")),
      save(w.volunteer, w.pairingId, "mission", 1, base, mission("Version de Kemi")),
    ]);
    const winner = results.find((r) => r.status === "saved");
    const loser = results.find((r) => r.status === "conflict");
    if (!winner || winner.status !== "saved" || !loser || loser.status !== "conflict") throw new Error(`unexpected outcomes ${results.map((r) => r.status).join()}`);
    const stored = await getStrategyForExport({ actor: w.member, pairingId: w.pairingId });
    expect(stored.content.mission).toEqual(winner.content);
    expect(loser.theirs).toEqual(winner.content);
    expect([loser.mine, loser.theirs].map((m) => (m as { statement: string }).statement).sort()).toEqual(["Version de Kemi", "Version de Nadia"]);
    expect(loser.points).toEqual([{ path: ["statement"], reason: "bothChanged" }]);
    expect(loser.theirsBy).toBe(winner === results[0] ? "Nadia" : "Kemi");

    // The person keeps their own version: saved on top of the version they were shown.
    const kept = await save(loser === results[0] ? w.member : w.volunteer, w.pairingId, "mission", loser.version, loser.theirs, loser.mine);
    expect(kept).toMatchObject({ status: "saved", version: loser.version + 1, content: loser.mine });
  });

  it("many concurrent saves on one section serialise: every version number is used once and none is lost", async () => {
    const w = await started();
    const writers = [w.member, w.volunteer, w.secondMember];
    const base = emptyStrategy().objectives;
    // Each writer adds its own objective from the same base: the lists merge item by item.
    const results = await Promise.all(writers.map((actor, i) => save(actor, w.pairingId, "objectives", 1, base, [{ id: `obj-${i}`, objective: `Objectif ${i}`, missionLink: "", pitfalls: "" }])));
    expect(results.every((r) => r.status === "saved" || r.status === "merged")).toBe(true);
    const stored = await getStrategyForExport({ actor: w.member, pairingId: w.pairingId });
    expect(stored.content.objectives.map((o) => o.id).sort()).toEqual(["obj-0", "obj-1", "obj-2"]);
    const versions = (await db.strategyRevision.findMany({ where: { sectionKey: "objectives", document: { pairingId: w.pairingId } }, select: { version: true } })).map((r) => r.version).sort();
    expect(versions).toEqual([1, 2, 3, 4]);
  });
});

describe("history and restore", () => {
  it("groups one person's quick successive saves, shows who changed what, and restores as a new revision", async () => {
    const w = await started();
    // After the document's creation (which used the real clock), so the history sorts as lived.
    const t0 = new Date(Date.now() + 60_000);
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const empty = emptyStrategy().mission;
    await saveStrategySection({ actor: w.member, pairingId: w.pairingId, input: { section: "mission", baseVersion: 1, base: empty, content: mission("Premier jet") }, now: at(0) });
    await saveStrategySection({ actor: w.member, pairingId: w.pairingId, input: { section: "mission", baseVersion: 2, base: mission("Premier jet"), content: mission("Premier jet, relu") }, now: at(2) });
    await saveStrategySection({ actor: w.volunteer, pairingId: w.pairingId, input: { section: "mission", baseVersion: 3, base: mission("Premier jet, relu"), content: mission("Version resserrée") }, now: at(30) });

    const history = await getStrategyHistory({ actor: w.coordinator, pairingId: w.pairingId });
    const missionRevisions = history.revisions.filter((r) => r.sectionKey === "mission");
    expect(missionRevisions.map((r) => [r.version, r.author])).toEqual([[1, "Nadia"], [3, "Nadia"], [4, "Kemi"]]);
    const [, nadia, kemi] = missionRevisions;
    const diffs = diffRevisions(history.states.get(nadia!.id) as StrategyContent, history.states.get(kemi!.id) as StrategyContent);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.changes[0]!.fields[0]).toMatchObject({ field: "statement", kind: "changed", before: "Premier jet, relu", after: "Version resserrée" });

    expect(await code(restoreStrategyRevision({ actor: w.coordinator, pairingId: w.pairingId, revisionId: nadia!.id }))).toBe("forbidden");
    const restored = await restoreStrategyRevision({ actor: w.volunteer, pairingId: w.pairingId, revisionId: nadia!.id, now: at(40) });
    expect(restored).toEqual({ section: "mission", version: 5, changed: true });
    const after = await getStrategyHistory({ actor: w.member, pairingId: w.pairingId });
    const last = after.revisions.at(-1)!;
    expect(last).toMatchObject({ sectionKey: "mission", version: 5, author: "Kemi", restoredFrom: { id: nadia!.id } });
    expect((await getStrategyForExport({ actor: w.member, pairingId: w.pairingId })).content.mission.statement).toBe("Premier jet, relu");
    // The restore is not folded into later saves: the next quick save makes its own revision.
    await saveStrategySection({ actor: w.volunteer, pairingId: w.pairingId, input: { section: "mission", baseVersion: 5, base: mission("Premier jet, relu"), content: mission("Encore") }, now: at(41) });
    expect((await getStrategyHistory({ actor: w.member, pairingId: w.pairingId })).revisions.filter((r) => r.sectionKey === "mission")).toHaveLength(5);
  });
});

describe("comments", () => {
  it("notifies the other side, supports replies and resolving, and refuses outsiders", async () => {
    const w = await started();
    const { id } = await addStrategyComment({ actor: w.member, pairingId: w.pairingId, input: { section: "objectives", body: "Peut-on préciser la cible ?" } });
    expect((await db.notification.findMany({ where: { kind: "strategyComment", link: { contains: w.pairingId } } })).map((n) => n.userId)).toEqual([w.volunteer.id]);
    const email = await db.emailOutbox.findFirstOrThrow({ where: { userId: w.volunteer.id } });
    expect(email.text).toContain("Peut-on préciser la cible ?");

    await addStrategyComment({ actor: w.coordinator, pairingId: w.pairingId, input: { section: "objectives", body: "D'accord avec Nadia.", parentId: id } });
    const replyRecipients = (await db.notification.findMany({ where: { kind: "strategyCommentReply", link: { contains: w.pairingId } } })).map((n) => n.userId).sort();
    expect(replyRecipients).toEqual([w.member.id, w.secondMember.id, w.volunteer.id].sort());

    expect(await code(addStrategyComment({ actor: w.outsider, pairingId: w.pairingId, input: { section: "objectives", body: "?" } }))).toBe("not_found");
    expect(await code(addStrategyComment({ actor: w.member, pairingId: w.pairingId, input: { section: "objectives", body: "   " } }))).toBe("validation");
    expect(await code(addStrategyComment({ actor: w.member, pairingId: w.pairingId, input: { section: "pitch", body: "Réponse ailleurs", parentId: id } }))).toBe("not_found");

    await resolveStrategyComment({ actor: w.volunteer, pairingId: w.pairingId, commentId: id, input: { resolved: true } });
    const { document } = await getStrategyWorkspace({ actor: w.member, pairingId: w.pairingId });
    expect(document?.comments).toEqual([expect.objectContaining({ id, resolvedBy: "Kemi", replies: [expect.objectContaining({ author: expect.any(String) })] })]);
  });
});

describe("export", () => {
  it("the Markdown export contains every filled section of the reference strategy, in both languages", async () => {
    const w = await started();
    for (const locale of ["fr", "en"] as const) {
      const content = demoStrategy(locale);
      for (const key of SECTION_KEYS) {
        const current = await db.strategySection.findFirstOrThrow({ where: { key, document: { pairingId: w.pairingId } }, select: { version: true, content: true } });
        await save(w.member, w.pairingId, key, current.version, current.content, content[key]);
      }
      const exported = await getStrategyForExport({ actor: w.coordinator, pairingId: w.pairingId });
      expect(exported.content).toEqual(content);
      const t = getTranslator(locale);
      const markdown = strategyToMarkdown({ content: exported.content, title: exported.title, translate: t, locale });
      for (const key of SECTION_KEYS) expect(markdown).toContain(`## ${t(sectionTitleKey(key))}`);
      expect(markdown).not.toContain(t("strategy.export.notFilled"));
      expect(markdown).toContain(content.personas[0]!.name);
      expect(markdown).toContain(content.contentPlan.at(-1)!.owner);
    }
    expect(await code(getStrategyForExport({ actor: w.outsider, pairingId: w.pairingId }))).toBe("not_found");
  });
});
