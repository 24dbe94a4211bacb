// Mutations of a pairing's strategy document. Saves are per section and carry the version they
// were edited from; the section row is locked (SELECT … FOR UPDATE) so two saves of the same
// section run one after the other, and the second one sees the first. Nothing is ever silently
// overwritten: a save based on an older version is merged with `mergeSectionSave` when the two
// edits touch different parts of the section, and handed back as a conflict otherwise.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db, type DbTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { otherSideUserIds, pairingAccess, requireEditAccess } from "@/lib/pairings/workspace-access";
import { DEMO_STRATEGY_TITLE } from "./demo-content";
import { emptyStrategy } from "./empty";
import { jsonEqual } from "./json";
import { mergeSectionSave, type ConflictPoint } from "./merge";
import { parseSection, SECTION_KEYS, type SectionKey, type StrategyContent } from "./schema";
import { readStoredSection } from "./stored";

/** Successive autosaves of one person on one section within this window make one revision. */
export const REVISION_COALESCE_MS = 10 * 60_000;
export const COMMENT_MAX = 4000;

const sectionKey = z.enum(SECTION_KEYS, { error: "strategy.validation.invalidChoice" });

export const CreateDocumentSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("blank") }),
  z.object({ source: z.literal("copy"), copyFromId: z.string().min(1, { error: "validation.choose" }) }),
]);

export const SaveSectionSchema = z.object({
  section: sectionKey,
  baseVersion: z.number().int().min(0),
  /** The section as the client last received it (at `baseVersion`): the base of a three-way merge. */
  base: z.unknown(),
  content: z.unknown(),
});

export const CommentSchema = z.object({
  section: sectionKey,
  body: z.string().trim().min(1, { error: "validation.required" }).max(COMMENT_MAX, { error: "strategy.validation.tooLong" }),
  parentId: z.string().min(1).optional(),
});

export const SharingSchema = z.object({ shared: z.boolean() });

export type SaveOutcome =
  | { status: "saved" | "merged" | "unchanged"; section: SectionKey; version: number; content: unknown }
  | {
      status: "conflict";
      section: SectionKey;
      /** What the person tried to save. */
      mine: unknown;
      /** What is stored now, and its version: the new base once the person chose. */
      theirs: unknown;
      version: number;
      theirsBy: string | null;
      points: ConflictPoint[];
    };

async function documentFor(tx: DbTx, pairingId: string) {
  const document = await tx.strategyDocument.findUnique({ where: { pairingId }, select: { id: true, title: true } });
  if (!document) throw notFound();
  return document;
}

/** Starts the pairing's document, blank or as a copy of an alumni document both authors agreed to share. */
export async function createStrategyDocument(options: { actor: Actor; pairingId: string; input: unknown; locale?: "fr" | "en"; now?: Date }) {
  const { actor } = options;
  const input = CreateDocumentSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const access = await requireEditAccess(tx, actor, options.pairingId);
    await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${access.pairingId} FOR UPDATE`;
    if (await tx.strategyDocument.count({ where: { pairingId: access.pairingId } })) {
      throw new AppError("conflict", "strategy.workspace.errors.alreadyStarted");
    }
    let content: StrategyContent = emptyStrategy();
    let copiedFromId: string | null = null;
    if (input.source === "copy") {
      const source = await tx.strategyDocument.findFirst({
        where: { id: input.copyFromId, ...SHAREABLE_WHERE, pairingId: { not: access.pairingId } },
        select: { id: true, sections: { select: { key: true, content: true } } },
      });
      // Outside the shared set is indistinguishable from not existing.
      if (!source) throw notFound();
      copiedFromId = source.id;
      for (const section of source.sections) {
        if ((SECTION_KEYS as readonly string[]).includes(section.key)) {
          const key = section.key as SectionKey;
          content = { ...content, [key]: readStoredSection(key, section.content) };
        }
      }
    }
    const id = newId();
    const locale = options.locale ?? actor.locale;
    await tx.strategyDocument.create({
      data: { id, pairingId: access.pairingId, title: titleFor(locale, access.organisationName), copiedFromId, createdAt: now },
    });
    // Version 1 of every section is the starting point, so the history can show (and restore) it.
    await tx.strategySection.createMany({
      data: SECTION_KEYS.map((key) => ({ documentId: id, key, content: content[key] as object, version: 1, updatedById: actor.id, updatedAt: now })),
    });
    await tx.strategyRevision.createMany({
      data: SECTION_KEYS.map((key) => ({ id: newId(), documentId: id, sectionKey: key, version: 1, content: content[key] as object, authorId: actor.id, createdAt: now })),
    });
    await audit(tx, { actorId: actor.id, action: "strategy.create", entityType: "StrategyDocument", entityId: id, data: { pairingId: access.pairingId, copiedFromId } });
    return { id };
  });
}

function titleFor(locale: "fr" | "en", organisation: string) {
  // The workbook's title, then the organisation; same wording as the demo document's.
  const prefix = DEMO_STRATEGY_TITLE[locale].split(" — ")[0] ?? "";
  return `${prefix} — ${organisation}`;
}

/** Completed pairings whose document both the organisation and the volunteer agreed to share. */
export const SHAREABLE_WHERE = {
  sharedByOrgAt: { not: null },
  sharedByVolunteerAt: { not: null },
  pairing: { status: "COMPLETED" as const },
};

/**
 * Saves one section. See the file comment; returns what the client should now hold, or both
 * versions when the person has to choose.
 */
export async function saveStrategySection(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }): Promise<SaveOutcome> {
  const { actor } = options;
  const input = SaveSectionSchema.parse(options.input);
  const parsed = parseSection(input.section, input.content);
  if (!parsed.ok) throw new z.ZodError(parsed.issues.map((issue) => ({ ...issue, path: ["content", ...issue.path] })) as z.core.$ZodIssue[]);
  const mine: unknown = parsed.value;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await requireEditAccess(tx, actor, options.pairingId);
    const document = await documentFor(tx, options.pairingId);
    const current = await lockSection(tx, document.id, input.section);

    if (current.version === input.baseVersion) {
      if (jsonEqual(mine, current.content)) return { status: "unchanged", section: input.section, version: current.version, content: current.content };
      const version = await writeSection(tx, { documentId: document.id, section: input.section, content: mine, from: current.version, actorId: actor.id, now });
      return { status: "saved", section: input.section, version, content: mine };
    }

    const base = await mergeBase(tx, document.id, input.section, input.baseVersion, input.base);
    const merge = mergeSectionSave({ base, mine, theirs: current.content, section: input.section });
    switch (merge.outcome) {
      case "nothingToSave":
      case "alreadySaved":
        return { status: "unchanged", section: input.section, version: current.version, content: current.content };
      case "saveMine": {
        const version = await writeSection(tx, { documentId: document.id, section: input.section, content: mine, from: current.version, actorId: actor.id, now });
        return { status: "saved", section: input.section, version, content: mine };
      }
      case "conflict": {
        if (merge.combined !== null) {
          const version = await writeSection(tx, { documentId: document.id, section: input.section, content: merge.combined, from: current.version, actorId: actor.id, now });
          return { status: "merged", section: input.section, version, content: merge.combined };
        }
        const by = current.updatedById ? await tx.user.findUnique({ where: { id: current.updatedById }, select: { name: true } }) : null;
        return { status: "conflict", section: input.section, mine, theirs: current.content, version: current.version, theirsBy: by?.name ?? null, points: merge.points };
      }
    }
  });
}

async function lockSection(tx: DbTx, documentId: string, section: SectionKey) {
  const rows = await tx.$queryRaw<{ version: number; content: unknown; updatedById: string | null }[]>`
    SELECT version, content, "updatedById" FROM "StrategySection" WHERE "documentId" = ${documentId} AND key = ${section} FOR UPDATE`;
  const row = rows[0];
  if (row) return { ...row, content: readStoredSection(section, row.content) as unknown };
  // A section added to the schema after the document was created: start it empty.
  await tx.strategySection.create({ data: { documentId, key: section, content: emptyStrategy()[section] as object, version: 0 } });
  return { version: 0, content: emptyStrategy()[section] as unknown, updatedById: null };
}

/**
 * The content the client edited from. The stored revision is authoritative when it still exists;
 * successive autosaves are folded into one revision, so an intermediate version may be gone —
 * then the client's copy (validated) is used. Without either, an empty section: every field both
 * sides touched then shows as a conflict, which is safe.
 */
async function mergeBase(tx: DbTx, documentId: string, section: SectionKey, version: number, clientBase: unknown): Promise<unknown> {
  const revision = await tx.strategyRevision.findUnique({ where: { documentId_sectionKey_version: { documentId, sectionKey: section, version } }, select: { content: true } });
  if (revision) return readStoredSection(section, revision.content);
  const parsed = parseSection(section, clientBase);
  return parsed.ok ? parsed.value : emptyStrategy()[section];
}

async function writeSection(
  tx: DbTx,
  options: { documentId: string; section: SectionKey; content: unknown; from: number; actorId: string; now: Date; restoredFromId?: string },
): Promise<number> {
  const version = options.from + 1;
  await tx.strategySection.update({
    where: { documentId_key: { documentId: options.documentId, key: options.section } },
    data: { content: options.content as object, version, updatedById: options.actorId, updatedAt: options.now },
  });
  await tx.strategyDocument.update({ where: { id: options.documentId }, data: { updatedAt: options.now } });
  const latest = await tx.strategyRevision.findFirst({
    where: { documentId: options.documentId, sectionKey: options.section },
    orderBy: { version: "desc" },
    select: { id: true, version: true, authorId: true, restoredFromId: true, createdAt: true },
  });
  const foldable =
    !options.restoredFromId &&
    latest !== null &&
    latest.version === options.from &&
    latest.version > 1 &&
    latest.authorId === options.actorId &&
    latest.restoredFromId === null &&
    options.now.getTime() - latest.createdAt.getTime() < REVISION_COALESCE_MS;
  if (foldable) {
    await tx.strategyRevision.update({ where: { id: latest.id }, data: { version, content: options.content as object, createdAt: options.now } });
  } else {
    await tx.strategyRevision.create({
      data: {
        id: newId(),
        documentId: options.documentId,
        sectionKey: options.section,
        version,
        content: options.content as object,
        authorId: options.actorId,
        restoredFromId: options.restoredFromId ?? null,
        createdAt: options.now,
      },
    });
  }
  return version;
}

/** Puts a section back as it was in an earlier revision. A restore is a new revision: nothing is erased. */
export async function restoreStrategyRevision(options: { actor: Actor; pairingId: string; revisionId: string; now?: Date }) {
  const { actor } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    await requireEditAccess(tx, actor, options.pairingId);
    const document = await documentFor(tx, options.pairingId);
    const revision = await tx.strategyRevision.findFirst({ where: { id: options.revisionId, documentId: document.id }, select: { id: true, sectionKey: true, content: true, version: true } });
    if (!revision || !(SECTION_KEYS as readonly string[]).includes(revision.sectionKey)) throw notFound();
    const section = revision.sectionKey as SectionKey;
    const current = await lockSection(tx, document.id, section);
    const content = readStoredSection(section, revision.content);
    if (jsonEqual(content, current.content)) return { section, version: current.version, changed: false };
    const version = await writeSection(tx, { documentId: document.id, section, content, from: current.version, actorId: actor.id, now, restoredFromId: revision.id });
    await audit(tx, { actorId: actor.id, action: "strategy.restore", entityType: "StrategyDocument", entityId: document.id, data: { section, revisionId: revision.id, fromVersion: revision.version } });
    return { section, version, changed: true };
  });
}

/** The actor's side (organisation or volunteer) agrees, or stops agreeing, that later pairings may copy the document. */
export async function setStrategySharing(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const input = SharingSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const access = await pairingAccess(tx, actor, options.pairingId);
    if (access.side === "coordinator") throw new AppError("forbidden", "errors.forbidden");
    const document = await documentFor(tx, access.pairingId);
    const field = access.side === "organisation" ? "sharedByOrgAt" : "sharedByVolunteerAt";
    await tx.strategyDocument.update({ where: { id: document.id }, data: { [field]: input.shared ? now : null } });
    await audit(tx, { actorId: actor.id, action: input.shared ? "strategy.share" : "strategy.unshare", entityType: "StrategyDocument", entityId: document.id, data: { side: access.side } });
  });
}

/** A comment (or a reply) on a section; the other side of the pairing is notified. Coordinators may comment. */
export async function addStrategyComment(options: { actor: Actor; pairingId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const input = CommentSchema.parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const access = await pairingAccess(tx, actor, options.pairingId);
    const document = await documentFor(tx, access.pairingId);
    let parentAuthorId: string | null = null;
    if (input.parentId) {
      const parent = await tx.strategyComment.findFirst({ where: { id: input.parentId, documentId: document.id, parentId: null }, select: { sectionKey: true, authorId: true } });
      if (!parent || parent.sectionKey !== input.section) throw notFound();
      parentAuthorId = parent.authorId;
    }
    const id = newId();
    await tx.strategyComment.create({
      data: { id, documentId: document.id, sectionKey: input.section, parentId: input.parentId ?? null, authorId: actor.id, body: input.body, createdAt: now },
    });
    const recipients = await otherSideUserIds(tx, access, actor.id);
    if (parentAuthorId && parentAuthorId !== actor.id) recipients.push(parentAuthorId);
    await notify(tx, {
      userIds: recipients,
      kind: input.parentId ? "strategyCommentReply" : "strategyComment",
      params: { author: actor.name, organisation: access.organisationName, excerpt: excerpt(input.body) },
      path: `/pairings/${access.pairingId}/strategy#comments-${input.section}`,
    });
    return { id };
  });
}

function excerpt(body: string) {
  const oneLine = body.replace(/\s+/g, " ").trim();
  return oneLine.length > 280 ? `${oneLine.slice(0, 279)}…` : oneLine;
}

/** Marks a comment thread resolved, or reopens it. Anyone who can comment can resolve. */
export async function resolveStrategyComment(options: { actor: Actor; pairingId: string; commentId: string; input: unknown; now?: Date }) {
  const { actor } = options;
  const input = z.object({ resolved: z.boolean() }).parse(options.input);
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const access = await pairingAccess(tx, actor, options.pairingId);
    const document = await documentFor(tx, access.pairingId);
    const comment = await tx.strategyComment.findFirst({ where: { id: options.commentId, documentId: document.id, parentId: null }, select: { id: true } });
    if (!comment) throw notFound();
    await tx.strategyComment.update({
      where: { id: comment.id },
      data: input.resolved ? { resolvedAt: now, resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    await audit(tx, { actorId: actor.id, action: input.resolved ? "strategy.comment.resolve" : "strategy.comment.reopen", entityType: "StrategyComment", entityId: comment.id });
  });
}
