/**
 * The template's form: sections (order, include, heading), the cover's municipality, charts and
 * key figures, saved with the version it started from. A stale save (someone saved meanwhile) is
 * shown with who saved and when, and keeps what was typed; the saved template can be read in.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { TemplateJson } from '#contract/index.ts';
import { ApiError, errorBodyOf } from '../shared/api.ts';
import { afterTemplateChange, resetTemplate, saveTemplate } from './api.ts';
import { bodyOf, type Draft, draftOf, sectionOfField } from './draft.ts';
import { SectionList } from './SectionList.tsx';

interface Problem {
  message: string;
  field: string | null;
  /** A stale save: someone saved meanwhile (the message says who). */
  conflict: boolean;
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : '');

export function TemplateForm({
  template,
  version,
  onSaved,
  onReload,
  onAnnounce,
}: {
  template: TemplateJson;
  /** The version the form started from (moved on by the page's own logo changes). */
  version: number;
  onSaved(saved: TemplateJson, message: string): void;
  onReload(): void;
  onAnnounce(message: string): void;
}) {
  const id = useId();
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // Asked to confirm a reset: focus moves to "Ja, återställ" (the button that asked is gone).
  useEffect(() => {
    if (confirmReset) confirmRef.current?.focus();
  }, [confirmReset]);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const toggle = (list: string[], key: string, on: boolean) => (on ? [...list, key] : list.filter((k) => k !== key));

  const run = async (work: () => Promise<TemplateJson>, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await work();
      await afterTemplateChange(client, template.committee, saved);
      onSaved(saved, message);
    } catch (err) {
      const body = errorBodyOf(err);
      const conflict = err instanceof ApiError && err.status === 409 && body.field === 'version';
      setProblem({ message: body.error, field: body.field ?? null, conflict });
      requestAnimationFrame(() => problemRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void run(() => saveTemplate(template.committee, bodyOf(draft, template), version), 'Rapportmallen är sparad.');
  };
  const sectionErrors: Record<string, string> = {};
  const errorKey = sectionOfField(problem?.field, draft);
  if (errorKey && problem) sectionErrors[errorKey] = problem.message;

  return (
    <form className="form-panel template-form" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Avsnitt och innehåll</h2>
      {problem && (
        <div className="status status-error" role="alert" tabIndex={-1} ref={problemRef}>
          <h3 className="status-title">{problem.conflict ? 'Mallen har ändrats av någon annan' : 'Mallen sparades inte'}</h3>
          <p>{problem.message}</p>
          {problem.conflict && (
            <>
              <p>Dina ändringar finns kvar i formuläret. Läs in den sparade mallen för att se den (dina ändringar försvinner då).</p>
              <button type="button" className="button" onClick={onReload}>
                Läs in den sparade mallen
              </button>
            </>
          )}
        </div>
      )}
      <fieldset className="field">
        <legend>Avsnitt i rapportens ordning</legend>
        <p className="hint">Bocka ur ett avsnitt för att ta bort det ur rapporten. Avsnitten numreras 1, 2, … i den ordning de står.</p>
        <SectionList idPrefix={id} rows={draft.rows} onChange={(rows) => set({ rows })} onAnnounce={onAnnounce} errors={sectionErrors} />
      </fieldset>

      <fieldset className="field">
        <legend>Försättsblad</legend>
        <p>Nämnd: {template.committeeName}</p>
        <div className="field">
          <label htmlFor={`${id}-municipality`}>Kommunens namn</label>
          <p className="hint" id={`${id}-municipality-hint`}>
            Visas överst på försättsbladet, t.ex. "Exempelkommun". Lämna tomt för ingen rad.
          </p>
          <input
            id={`${id}-municipality`}
            type="text"
            value={draft.municipality}
            maxLength={200}
            onChange={(e) => set({ municipality: e.target.value })}
            aria-describedby={`${id}-municipality-hint`}
            aria-invalid={problem?.field === 'cover.municipality' || undefined}
          />
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>Diagram</legend>
        <div className="template-checks">
          {template.choices.charts.map((c) => (
            <div className="field-check" key={c.key}>
              <input
                type="checkbox"
                id={`${id}-chart-${c.key}`}
                checked={draft.charts.includes(c.key)}
                onChange={(e) => set({ charts: toggle(draft.charts, c.key, e.target.checked) })}
              />
              <label htmlFor={`${id}-chart-${c.key}`}>{c.name}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <fieldset className="field">
        <legend>Nyckeltal</legend>
        <div className="choices">
          <label>
            <input type="radio" name={`${id}-kpis`} checked={draft.kpis === null} onChange={() => set({ kpis: null })} />
            Alla nyckeltal
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-kpis`}
              checked={draft.kpis !== null}
              onChange={() => set({ kpis: template.choices.kpis.map((k) => k.id) })}
            />
            Valda nyckeltal
          </label>
        </div>
        {draft.kpis !== null && (
          <div className="template-checks">
            {template.choices.kpis.length === 0 && <p>Nämnden har inga nyckeltal.</p>}
            {template.choices.kpis.map((k) => (
              <div className="field-check" key={k.id}>
                <input
                  type="checkbox"
                  id={`${id}-kpi-${k.id}`}
                  checked={draft.kpis?.includes(k.id) ?? false}
                  onChange={(e) => set({ kpis: toggle(draft.kpis ?? [], k.id, e.target.checked) })}
                />
                <label htmlFor={`${id}-kpi-${k.id}`}>{k.name}</label>
              </div>
            ))}
          </div>
        )}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? 'Sparar …' : 'Spara mallen'}
        </button>
        {!confirmReset ? (
          <button type="button" className="button" onClick={() => setConfirmReset(true)}>
            Återställ standardmallen
          </button>
        ) : (
          <span className="template-confirm">
            <span id={`${id}-reset-what`}>
              Återställa? Standardmallens avsnitt och rubriker, alla diagram och nyckeltal; ingen kommun och ingen logotyp.
            </span>
            <button
              type="button"
              className="button"
              ref={confirmRef}
              aria-describedby={`${id}-reset-what`}
              onClick={() => {
                setConfirmReset(false);
                void run(() => resetTemplate(template.committee), 'Standardmallen är återställd.');
              }}
            >
              Ja, återställ
            </button>
            <button type="button" className="button" onClick={() => setConfirmReset(false)}>
              Avbryt
            </button>
          </span>
        )}
      </div>
      {template.updatedAt && (
        <p className="hint">
          Senast ändrad {when(template.updatedAt)} av {template.updatedBy} (version {template.version}).
        </p>
      )}
    </form>
  );
}
