/**
 * The editor of one text: a labelled text area with its state (saved, unsaved, saving), its
 * length against the limit, the conflict view on a 409 (both versions side by side, "Behåll min",
 * "Använd sparad" and an editable merge) and the text's history.
 */
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { TextEntry } from '#contract/index.ts';
import { textLength } from '#core/texts.ts';
import { periodLabel } from '../shared/format.ts';
import { TextWarnings } from './TextWarnings.tsx';
import { textHistoryQuery } from './textsApi.ts';
import { type Conflict, type TextEditorState, useTextEditor } from './useTextEditor.ts';

/** Tall enough for the text (about 100 characters a row), between 4 and 16 rows. */
const rowsFor = (text: string) =>
  Math.min(
    16,
    Math.max(
      4,
      text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 100)), 1),
    ),
  );

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' kl. ') : '');

function StatusLine({ editor, entry }: { editor: TextEditorState; entry: TextEntry }) {
  const text = {
    saved: editor.copied
      ? `Kopierad från ${entry.copiedFrom ? periodLabel(entry.copiedFrom) : 'föregående period'}, inte sparad för perioden`
      : editor.version > 0
        ? `Sparad (version ${editor.version})`
        : 'Ingen text sparad',
    unsaved:
      editor.restored && editor.version === entry.version
        ? 'Ej sparad: återställd från webbläsaren, sparas strax'
        : 'Ej sparad, sparas strax',
    saving: 'Sparar …',
    conflict: 'Ej sparad: texten har ändrats av någon annan',
    error: 'Ej sparad',
  }[editor.state];
  return (
    <p className={`text-status text-status-${editor.state}`} role="status">
      {text}
    </p>
  );
}

function ConflictView({ editor, conflict, label }: { editor: TextEditorState; conflict: Conflict; label: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const [merge, setMerge] = useState(() => `${editor.value}`);
  useEffect(() => heading.current?.focus(), []);
  const stored = conflict.stored;
  return (
    <section className="text-conflict" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {label}: texten har sparats av {stored.updatedBy ?? 'någon annan'} {when(stored.updatedAt)} medan du skrev
      </h4>
      <p>Din text är inte sparad. Jämför de två versionerna och välj, eller slå ihop dem nedan.</p>
      <div className="text-conflict-sides">
        <div>
          <h5>Din text (inte sparad)</h5>
          <div className="text-conflict-body">{editor.value || '(tom)'}</div>
        </div>
        <div>
          <h5>
            Sparad version {stored.version}
            {stored.updatedBy ? `, av ${stored.updatedBy}` : ''}
          </h5>
          <div className="text-conflict-body">{stored.body || '(tom)'}</div>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={editor.keepMine}>
          Behåll min
        </button>
        <button type="button" className="button" onClick={editor.useStored}>
          Använd sparad
        </button>
      </div>
      <div className="field text-merge">
        <label htmlFor={`${id}-merge`}>Sammanslagen text</label>
        <p className="hint" id={`${id}-merge-hint`}>
          Börjar som din text: klistra in det du vill behålla från den sparade och spara.
        </p>
        <textarea
          id={`${id}-merge`}
          className="input text-area"
          rows={6}
          value={merge}
          aria-describedby={`${id}-merge-hint`}
          onChange={(e) => setMerge(e.target.value)}
        />
        <button type="button" className="button" onClick={() => editor.saveMerge(merge)}>
          Spara sammanslagningen
        </button>
      </div>
    </section>
  );
}

function History({ committee, period, entry }: { committee: string; period: string; entry: TextEntry }) {
  const [open, setOpen] = useState(false);
  const history = useQuery({ ...textHistoryQuery(committee, period, entry.kind, entry.area), enabled: open });
  return (
    <details className="text-history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Historik</summary>
      {history.isPending && open && <p role="status">Hämtar historiken …</p>}
      {history.isError && <p className="field-error">Historiken kunde inte hämtas: {history.error.message}</p>}
      {history.data &&
        (history.data.history.length === 0 ? (
          <p>Inga ändringar för perioden.</p>
        ) : (
          <ol className="text-history-list">
            {history.data.history.map((c) => (
              <li key={c.version}>
                <p className="text-history-head">
                  Version {c.version}, {when(c.changedAt)} av {c.changedBy || 'okänd'}
                </p>
                <div className="text-conflict-body">{c.bodyAfter || '(tom)'}</div>
                {c.bodyBefore !== null && (
                  <details>
                    <summary>Före ändringen</summary>
                    <div className="text-conflict-body">{c.bodyBefore || '(tom)'}</div>
                  </details>
                )}
              </li>
            ))}
          </ol>
        ))}
    </details>
  );
}

export function TextEditor({ committee, period, entry }: { committee: string; period: string; entry: TextEntry }) {
  const editor = useTextEditor(committee, period, entry);
  const id = useId();
  const length = textLength(editor.value);
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 's') {
      e.preventDefault();
      editor.saveNow();
    }
  };
  const describedBy = [`${id}-hint`, `${id}-status`, editor.error ? `${id}-error` : null, `${id}-warnings`].filter(Boolean).join(' ');
  return (
    <div className="field text-editor">
      <label htmlFor={id}>
        {entry.label}
        {entry.required && editor.version === 0 && <span className="badge text-required">Krävs</span>}
      </label>
      <p className="hint" id={`${id}-hint`}>
        Stycken skiljs av en tom rad; rader som börjar med "- " eller "1. " blir listor. Sparas medan du skriver (Ctrl+S sparar direkt).{' '}
        <span className={length > entry.maxLength ? 'text-count text-count-over' : 'text-count'}>
          {length.toLocaleString('sv-SE')} av {entry.maxLength.toLocaleString('sv-SE')} tecken
        </span>
      </p>
      <textarea
        id={id}
        className="input text-area"
        rows={rowsFor(editor.value)}
        value={editor.value}
        aria-describedby={describedBy}
        aria-invalid={editor.error && editor.state === 'error' ? true : undefined}
        onChange={(e) => editor.change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div id={`${id}-status`} className="text-editor-foot">
        <StatusLine editor={editor} entry={entry} />
        {editor.state === 'error' && (
          <button type="button" className="button" onClick={editor.saveNow}>
            Försök spara igen
          </button>
        )}
        {editor.copied && editor.state === 'saved' && (
          <button type="button" className="button" onClick={editor.saveNow}>
            Behåll texten för perioden
          </button>
        )}
      </div>
      {editor.error && editor.state === 'error' && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {editor.error} Texten finns kvar här och i webbläsaren.
        </p>
      )}
      <TextWarnings committee={committee} period={period} entry={entry} version={editor.version} id={`${id}-warnings`} />
      {editor.conflict && <ConflictView editor={editor} conflict={editor.conflict} label={entry.label} />}
      <History committee={committee} period={period} entry={entry} />
    </div>
  );
}
