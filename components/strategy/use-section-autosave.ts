"use client";

// Autosave of one strategy section. Edits are saved a moment after the person stops typing (or
// at once with "Save now"); each save carries the version and the content it was edited from, so
// the server can merge or report a conflict. While a save is in flight further edits wait for it,
// then go out based on its result. Nothing typed is dropped: on an error or a conflict the local
// value stays as it is until the person decides.
import { useCallback, useEffect, useRef, useState } from "react";
import { jsonEqual, mergeSectionSave, type ConflictPoint, type SectionKey } from "@/lib/strategy";
import type { SaveSectionResult } from "@/app/[locale]/(pairing)/pairings/[id]/strategy/actions";

export const AUTOSAVE_DELAY_MS = 1200;

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "merged" | "conflict" | "error";

export interface ConflictState {
  mine: unknown;
  theirs: unknown;
  version: number;
  theirsBy: string | null;
  points: ConflictPoint[];
}

interface Synced {
  content: unknown;
  version: number;
}

export function useSectionAutosave(options: {
  section: SectionKey;
  initial: Synced;
  save: (payload: { section: SectionKey; baseVersion: number; base: unknown; content: unknown }) => Promise<SaveSectionResult>;
}) {
  const { section, save } = options;
  const [value, setValueState] = useState<unknown>(options.initial.content);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  const valueRef = useRef<unknown>(options.initial.content);
  const synced = useRef<Synced>(options.initial);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const paused = useRef(false);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  // The timer calls the latest `flush` through a ref: `flush` itself schedules the next save.
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = useCallback(() => {
    clearTimer();
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    if (inFlight.current || paused.current) return;
    const sent = valueRef.current;
    const base = synced.current;
    if (jsonEqual(sent, base.content)) {
      setStatus((s) => (s === "pending" ? "saved" : s));
      return;
    }
    inFlight.current = true;
    setStatus("saving");
    let result: SaveSectionResult;
    try {
      result = await save({ section, baseVersion: base.version, base: base.content, content: sent });
    } catch {
      inFlight.current = false;
      setError({ message: "", fields: {} });
      setStatus("error");
      return;
    }
    inFlight.current = false;
    if (!result.ok) {
      setError({ message: result.state.message ?? "", fields: prefixless(result.state.errors ?? {}) });
      setStatus("error");
      return;
    }
    const outcome = result.outcome;
    if (outcome.status === "conflict") {
      paused.current = true;
      setConflict({ mine: valueRef.current, theirs: outcome.theirs, version: outcome.version, theirsBy: outcome.theirsBy, points: outcome.points });
      setStatus("conflict");
      return;
    }
    setError(null);
    synced.current = { content: outcome.content, version: outcome.version };
    setSavedAt(new Date());
    const typedSince = !jsonEqual(valueRef.current, sent);
    if (!typedSince) {
      // The stored content may differ from what was sent (merged with someone else's edit).
      valueRef.current = outcome.content;
      setValueState(outcome.content);
      setStatus(outcome.status === "merged" ? "merged" : "saved");
      return;
    }
    // The person kept typing during the save: fold the server's result into what they typed.
    const rebased = mergeSectionSave({ base: sent, mine: valueRef.current, theirs: outcome.content, section });
    if (rebased.outcome === "conflict" && rebased.combined !== null) {
      valueRef.current = rebased.combined;
      setValueState(rebased.combined);
    }
    setStatus("pending");
    schedule();
  }, [save, section, schedule]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const setValue = useCallback(
    (next: unknown) => {
      valueRef.current = next;
      setValueState(next);
      if (paused.current) return;
      setStatus("pending");
      schedule();
    },
    [schedule],
  );

  /** Resolves a conflict: keep what I wrote (saved over theirs) or take theirs. */
  const resolveConflict = useCallback(
    (choice: "mine" | "theirs") => {
      if (!conflict) return;
      synced.current = { content: conflict.theirs, version: conflict.version };
      paused.current = false;
      setConflict(null);
      if (choice === "theirs") {
        valueRef.current = conflict.theirs;
        setValueState(conflict.theirs);
        setStatus("saved");
        return;
      }
      valueRef.current = conflict.mine;
      setValueState(conflict.mine);
      void flush();
    },
    [conflict, flush],
  );

  // Leaving the page with unsaved edits: ask the browser to warn.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!jsonEqual(valueRef.current, synced.current.content)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  useEffect(() => clearTimer, []);

  return { value, setValue, status, conflict, error, savedAt, flush, resolveConflict };
}

/** Server field errors come as "content.0.name"; the editor looks fields up as "0.name". */
function prefixless(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([key, messages]) => [key.replace(/^content\.?/, ""), messages]));
}
