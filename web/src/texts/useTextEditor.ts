/**
 * One text being edited: autosave a moment after typing stops, a local draft until the server
 * acknowledges, and a conflict (409) kept with both versions until the writer chooses.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody, TextEntry, TextList } from '#contract/index.ts';
import { normalizeText, textKindOf, textProblem } from '#core/texts.ts';
import { ApiError } from '../shared/api.ts';
import { clearDraft, draftKey, readDraft, writeDraft } from './drafts.ts';
import { saveText, textKeys } from './textsApi.ts';

/** How long after the last keystroke the text is saved. */
export const AUTOSAVE_MS = 800;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';
export type Conflict = NonNullable<ErrorBody['conflict']>;

export interface TextEditorState {
  value: string;
  state: SaveState;
  /** What is wrong with the text (too long) or why the save failed. */
  error: string | null;
  conflict: Conflict | null;
  /** The version the editor stands on (0: nothing saved for the period). */
  version: number;
  /** The text was restored from this browser's draft. */
  restored: boolean;
  /** Shown from an earlier period and not saved for this one. */
  copied: boolean;
  change(value: string): void;
  saveNow(): void;
  keepMine(): void;
  useStored(): void;
  saveMerge(body: string): void;
}

export function useTextEditor(committee: string, period: string, entry: TextEntry): TextEditorState {
  const queryClient = useQueryClient();
  const key = draftKey(committee, period, entry.area, entry.kind);
  const kind = textKindOf(entry.kind);
  const [initial] = useState(() => {
    const draft = readDraft(key);
    if (draft && normalizeText(draft.body) !== entry.body) return { value: draft.body, version: draft.baseVersion, restored: true };
    if (draft) clearDraft(key);
    return { value: entry.body, version: entry.version, restored: false };
  });
  const [value, setValue] = useState(initial.value);
  const [state, setState] = useState<SaveState>(initial.restored ? 'unsaved' : 'saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [version, setVersion] = useState(initial.version);
  const [copied, setCopied] = useState(entry.state === 'copied' && !initial.restored);
  // What the save in flight and the timer read (state is stale inside callbacks).
  const live = useRef({
    value: initial.value,
    version: initial.version,
    saved: initial.restored ? null : entry.body,
    inFlight: false,
    conflict: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(
    async (body: string, fromVersion: number) => {
      const l = live.current;
      const problem = kind ? textProblem(kind, normalizeText(body)) : null;
      if (problem) {
        setError(problem);
        setState('error');
        return;
      }
      if (l.inFlight) return; // the answer of the save in flight starts the next one
      l.inFlight = true;
      setState('saving');
      try {
        const saved = await saveText(committee, period, entry.kind, entry.area, body, fromVersion);
        l.version = saved.version;
        l.saved = saved.body;
        l.conflict = false;
        setVersion(saved.version);
        setCopied(false);
        setConflict(null);
        setError(null);
        void queryClient.invalidateQueries({ queryKey: ['report', committee, period] });
        void queryClient.invalidateQueries({ queryKey: ['report-html', committee, period] });
        void queryClient.invalidateQueries({ queryKey: textKeys.one(committee, period, entry.kind, entry.area) });
        // The period's list (the Texter page, and an editor opened again later) shows the save at once.
        queryClient.setQueryData<TextList>(textKeys.list(committee, period), (old) =>
          old
            ? {
                ...old,
                texts: old.texts.map((t) =>
                  t.kind === saved.kind && (t.area ?? null) === (saved.area ?? null)
                    ? {
                        ...t,
                        body: saved.body,
                        version: saved.version,
                        state: saved.state,
                        copiedFrom: null,
                        updatedBy: saved.updatedBy,
                        updatedAt: saved.updatedAt,
                        required: false,
                      }
                    : t,
                ),
              }
            : old,
        );
        if (normalizeText(l.value) === saved.body) {
          clearDraft(key);
          setState('saved');
        } else {
          writeDraft(key, { body: l.value, baseVersion: saved.version });
          setState('unsaved');
          timer.current = setTimeout(() => {
            timer.current = null;
            void save(live.current.value, live.current.version);
          }, AUTOSAVE_MS);
        }
      } catch (e) {
        const details = e instanceof ApiError ? e.details : undefined;
        if (e instanceof ApiError && e.status === 409 && details?.conflict) {
          l.conflict = true;
          setConflict(details.conflict);
          setState('conflict');
        } else {
          setError(e instanceof Error ? e.message : String(e));
          setState('error');
        }
      } finally {
        l.inFlight = false;
      }
    },
    [committee, period, entry.kind, entry.area, key, kind, queryClient],
  );

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const l = live.current;
      if (!l.conflict) void save(l.value, l.version);
    }, AUTOSAVE_MS);
  }, [save]);

  // A restored draft is saved from the version it was written on (a newer one on the server is a conflict).
  useEffect(() => {
    if (initial.restored) schedule();
    return () => {
      // Leaving the page with a save pending: it is sent now (the draft stays until it is answered).
      if (!timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      const l = live.current;
      if (!l.conflict) void save(l.value, l.version);
    };
  }, [initial.restored, schedule, save]);

  const change = (next: string) => {
    const l = live.current;
    l.value = next;
    setValue(next);
    writeDraft(key, { body: next, baseVersion: l.version });
    if (l.conflict) return; // saved only when the writer has chosen
    const problem = kind ? textProblem(kind, normalizeText(next)) : null;
    setError(problem);
    setState(problem ? 'error' : 'unsaved');
    if (!problem) schedule();
  };

  const resolveWith = (body: string, storedVersion: number) => {
    const l = live.current;
    l.value = body;
    l.version = storedVersion;
    l.conflict = false;
    setValue(body);
    writeDraft(key, { body, baseVersion: storedVersion });
    void save(body, storedVersion);
  };

  return {
    value,
    state,
    error,
    conflict,
    version,
    restored: initial.restored,
    copied,
    change,
    saveNow: () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const l = live.current;
      if (!l.conflict) void save(l.value, l.version);
    },
    keepMine: () => conflict && resolveWith(live.current.value, conflict.stored.version),
    useStored: () => {
      if (!conflict) return;
      const l = live.current;
      l.value = conflict.stored.body;
      l.version = conflict.stored.version;
      l.saved = conflict.stored.body;
      l.conflict = false;
      setValue(conflict.stored.body);
      setVersion(conflict.stored.version);
      setConflict(null);
      clearDraft(key);
      setState('saved');
    },
    saveMerge: (body: string) => conflict && resolveWith(body, conflict.stored.version),
  };
}
