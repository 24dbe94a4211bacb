// Reads of a pairing's strategy document, scoped through `pairingAccess`.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { pairingAccess, type PairingAccess } from "@/lib/pairings/workspace-access";
import { SHAREABLE_WHERE } from "./commands";
import { SECTION_KEYS, type SectionKey, type StrategyContent } from "./schema";
import { documentStatesAfter, readStoredDocument, readStoredSection } from "./stored";

export interface SectionState {
  key: SectionKey;
  content: unknown;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface CommentView {
  id: string;
  sectionKey: SectionKey;
  body: string;
  author: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  replies: { id: string; body: string; author: string | null; createdAt: Date }[];
}

export interface StrategyWorkspace {
  access: PairingAccess;
  document: {
    id: string;
    title: string;
    sharedByOrgAt: Date | null;
    sharedByVolunteerAt: Date | null;
    copiedFrom: { title: string } | null;
    sections: SectionState[];
    comments: CommentView[];
  } | null;
}

export async function getStrategyWorkspace(options: { actor: Actor; pairingId: string }): Promise<StrategyWorkspace> {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  const document = await db.strategyDocument.findUnique({
    where: { pairingId: access.pairingId },
    select: {
      id: true,
      title: true,
      sharedByOrgAt: true,
      sharedByVolunteerAt: true,
      copiedFrom: { select: { title: true } },
      sections: { select: { key: true, content: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } } },
      comments: {
        where: { parentId: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          sectionKey: true,
          body: true,
          createdAt: true,
          resolvedAt: true,
          author: { select: { name: true } },
          resolvedBy: { select: { name: true } },
          replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
        },
      },
    },
  });
  if (!document) return { access, document: null };
  const stored = new Map(document.sections.map((s) => [s.key, s]));
  const sections = SECTION_KEYS.map((key): SectionState => {
    const row = stored.get(key);
    return {
      key,
      content: readStoredSection(key, row?.content),
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? new Date(0),
      updatedBy: row?.updatedBy?.name ?? null,
    };
  });
  const comments = document.comments
    .filter((c) => (SECTION_KEYS as readonly string[]).includes(c.sectionKey))
    .map((c) => ({
      id: c.id,
      sectionKey: c.sectionKey as SectionKey,
      body: c.body,
      author: c.author?.name ?? null,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt,
      resolvedBy: c.resolvedBy?.name ?? null,
      replies: c.replies.map((r) => ({ id: r.id, body: r.body, author: r.author?.name ?? null, createdAt: r.createdAt })),
    }));
  return {
    access,
    document: {
      id: document.id,
      title: document.title,
      sharedByOrgAt: document.sharedByOrgAt,
      sharedByVolunteerAt: document.sharedByVolunteerAt,
      copiedFrom: document.copiedFrom,
      sections,
      comments,
    },
  };
}

/** The whole document, for the export and the printable page. */
export async function getStrategyForExport(options: { actor: Actor; pairingId: string }): Promise<{ title: string; content: StrategyContent; updatedAt: Date }> {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  const document = await db.strategyDocument.findUnique({
    where: { pairingId: access.pairingId },
    select: { title: true, updatedAt: true, sections: { select: { key: true, content: true } } },
  });
  if (!document) throw notFound();
  return { title: document.title, content: readStoredDocument(document.sections), updatedAt: document.updatedAt };
}

/** Documents a new pairing may start from: alumni pairings' documents both authors agreed to share. */
export async function listShareableStrategies(options: { actor: Actor; pairingId: string }) {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  if (!access.canEdit) return [];
  const documents = await db.strategyDocument.findMany({
    where: { ...SHAREABLE_WHERE, pairingId: { not: access.pairingId } },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, title: true, updatedAt: true, pairing: { select: { need: { select: { organisation: { select: { name: true } }, needType: { select: { nameFr: true, nameEn: true } } } } } } },
  });
  return documents.map((d) => ({ id: d.id, title: d.title, updatedAt: d.updatedAt, organisation: d.pairing.need.organisation.name }));
}

export interface RevisionView {
  id: string;
  sectionKey: SectionKey;
  version: number;
  author: string | null;
  createdAt: Date;
  restoredFrom: { id: string; createdAt: Date } | null;
}

/**
 * The history of the document, oldest first, with the document as it stood after each revision
 * (to compare any two of them).
 */
export async function getStrategyHistory(options: { actor: Actor; pairingId: string }) {
  const access = await pairingAccess(db, options.actor, options.pairingId);
  const document = await db.strategyDocument.findUnique({ where: { pairingId: access.pairingId }, select: { id: true, title: true } });
  if (!document) throw notFound();
  const rows = await db.strategyRevision.findMany({
    where: { documentId: document.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, sectionKey: true, version: true, content: true, createdAt: true, restoredFromId: true, author: { select: { name: true } } },
  });
  const known = rows.filter((r) => (SECTION_KEYS as readonly string[]).includes(r.sectionKey));
  const createdAtById = new Map(known.map((r) => [r.id, r.createdAt]));
  const revisions: RevisionView[] = known.map((r) => {
    const restoredAt = r.restoredFromId ? createdAtById.get(r.restoredFromId) : undefined;
    return {
      id: r.id,
      sectionKey: r.sectionKey as SectionKey,
      version: r.version,
      author: r.author?.name ?? null,
      createdAt: r.createdAt,
      restoredFrom: r.restoredFromId && restoredAt ? { id: r.restoredFromId, createdAt: restoredAt } : null,
    };
  });
  return { access, title: document.title, revisions, states: documentStatesAfter(known) };
}
