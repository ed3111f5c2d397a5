/**
 * The report's sections in their order: each with a checkbox to include it, its heading, and
 * buttons that move it up or down. A move is announced ("Resultat flyttades upp till plats 1 av
 * 5.") and keeps focus on the button pressed; at the top or bottom the button says it cannot
 * move (aria-disabled, still focusable) instead of vanishing from the tab order.
 */
import { useEffect, useRef } from 'react';

export interface SectionRow {
  key: string;
  title: string;
  included: boolean;
  /** The standard heading, shown as a hint. */
  standard: string;
}

export function SectionList({
  rows,
  onChange,
  onAnnounce,
  errors,
  idPrefix,
}: {
  rows: SectionRow[];
  onChange(rows: SectionRow[]): void;
  onAnnounce(message: string): void;
  /** Errors by section key (its heading). */
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterMove.current) return;
    buttons.current.get(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });

  const update = (key: string, change: Partial<SectionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    const target = index + by;
    if (!row || target < 0 || target >= rows.length) {
      onAnnounce(`${row?.title || row?.standard} kan inte flyttas ${by < 0 ? 'upp' : 'ner'}: det är ${by < 0 ? 'först' : 'sist'}.`);
      return;
    }
    const next = [...rows];
    next.splice(index, 1);
    next.splice(target, 0, row);
    focusAfterMove.current = `${row.key}:${by}`;
    onChange(next);
    onAnnounce(`${row.title || row.standard} flyttades ${by < 0 ? 'upp' : 'ner'} till plats ${target + 1} av ${rows.length}.`);
  };

  return (
    <ol className="template-sections">
      {rows.map((row, i) => {
        const id = `${idPrefix}-${row.key}`;
        const error = errors[row.key];
        const name = row.title || row.standard;
        return (
          <li key={row.key} className={row.included ? undefined : 'template-section-off'}>
            <div className="field field-check">
              <input
                type="checkbox"
                id={`${id}-on`}
                checked={row.included}
                onChange={(e) => update(row.key, { included: e.target.checked })}
              />
              <label htmlFor={`${id}-on`}>
                Ta med <span className="sr-only">avsnittet {name}</span>
              </label>
            </div>
            <div className="field template-section-title">
              <label htmlFor={`${id}-title`}>Rubrik för avsnitt {i + 1}</label>
              <p className="hint" id={`${id}-hint`}>
                Standard: {row.standard}
              </p>
              <input
                type="text"
                id={`${id}-title`}
                value={row.title}
                maxLength={200}
                onChange={(e) => update(row.key, { title: e.target.value })}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                aria-invalid={error ? true : undefined}
              />
              {error && (
                <p className="field-error" id={`${id}-error`}>
                  {error}
                </p>
              )}
            </div>
            <div className="template-move">
              {([-1, 1] as const).map((by) => {
                const blocked = by < 0 ? i === 0 : i === rows.length - 1;
                return (
                  <button
                    key={by}
                    type="button"
                    className="button"
                    ref={(el) => {
                      if (el) buttons.current.set(`${row.key}:${by}`, el);
                      else buttons.current.delete(`${row.key}:${by}`);
                    }}
                    aria-disabled={blocked || undefined}
                    onClick={() => move(i, by)}
                  >
                    <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span> Flytta {by < 0 ? 'upp' : 'ner'}
                    <span className="sr-only"> {name}</span>
                  </button>
                );
              })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
