/**
 * The area page's forecast: the expected full-year deviation or the full-year result (either
 * view; the other is shown), the proposed baselines, the earlier forecasts of the year and the
 * change since the previous one. Amounts typed without a unit are tkr.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { AreaForecastJson } from '../shared/contract.ts';
import { formatMoney, periodLabel } from '../shared/format.ts';
import { QueryError } from '../shared/Status.tsx';
import { forecastsQuery, useRemoveForecast, useSaveForecast } from './forecast-api.ts';
import { readTkrInput } from './typed-amount.ts';
import '../shared/forms.css';
import './forecast.css';

type View = 'deviation' | 'result';
const tkr = (ore: number | null | undefined, signed = true) => (ore == null ? '–' : formatMoney(ore, 'tkr', { signed }));

export function AreaForecast({ committee, period, area }: { committee: string; period: string; area: string }) {
  const list = useQuery(forecastsQuery(committee, period));
  // Kept above the form: the form starts again from what was saved, and the "saved" state stays.
  const save = useSaveForecast(committee, period, area);
  const remove = useRemoveForecast(committee, period, area);
  if (list.isPending) return null;
  if (list.isError) return <QueryError title="Prognosen kunde inte hämtas." query={list} />;
  const a = list.data.areas.find((x) => x.id === area);
  if (!a) return null;
  return <ForecastForm key={`${a.forecast?.deviation}`} period={period} a={a} save={save} remove={remove} />;
}

function ForecastForm({
  period,
  a,
  save,
  remove,
}: {
  period: string;
  a: AreaForecastJson;
  save: ReturnType<typeof useSaveForecast>;
  remove: ReturnType<typeof useRemoveForecast>;
}) {
  const id = useId();
  const [view, setView] = useState<View>('deviation');
  const [text, setText] = useState(a.forecast ? formatMoney(a.forecast.deviation, 'tkr', { bare: true }) : '');
  const [error, setError] = useState('');
  const typed = text.trim() === '' ? null : readTkrInput(text);
  const ore = typed?.ok ? typed.ore : null;
  const deviation = ore === null ? null : view === 'deviation' ? ore : ore - a.annualBudget;
  const switchView = (next: View) => {
    if (next === view) return;
    if (ore !== null) setText(formatMoney(next === 'result' ? ore + a.annualBudget : ore - a.annualBudget, 'tkr', { bare: true }));
    setView(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readTkrInput(text);
    if (!read.ok) return setError(read.message);
    setError('');
    remove.reset();
    save.mutate(view === 'deviation' ? { deviation: read.ore } : { result: read.ore });
  };
  const status = save.isPending
    ? 'Sparar …'
    : save.isError
      ? ''
      : save.isSuccess
        ? 'Prognosen är sparad.'
        : remove.isSuccess
          ? 'Prognosen är borttagen.'
          : '';
  const label = view === 'deviation' ? 'Avvikelse mot budget för helåret, tkr' : 'Resultat för helåret, tkr';
  return (
    <section className="forecast-panel form-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Årsprognos {periodLabel(period)}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend>Ange som</legend>
          <div className="choices">
            {(['deviation', 'result'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name={`${id}-view`} checked={view === v} onChange={() => switchView(v)} />
                {v === 'deviation' ? 'Avvikelse mot budget' : 'Helårsresultat'}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-amount`}>{label}</label>
          <p className="hint" id={`${id}-hint`}>
            Positiv avvikelse = bättre än budget. Utan enhet räknas beloppet i tkr; "-0,3 mnkr" och "250 tkr" går också.
          </p>
          <input
            id={`${id}-amount`}
            type="text"
            inputMode="decimal"
            className="input"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''} ${id}-other`}
          />
          {error && (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          )}
          <p className="hint" id={`${id}-other`} aria-live="polite">
            {deviation === null
              ? `Årsbudget (resultat): ${tkr(a.annualBudget, false)}.`
              : view === 'deviation'
                ? `Motsvarar ett helårsresultat på ${tkr(deviation + a.annualBudget, false)} (årsbudget ${tkr(a.annualBudget, false)}).`
                : `Motsvarar en avvikelse på ${tkr(deviation)} mot årsbudgeten ${tkr(a.annualBudget, false)}.`}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
            Spara prognos
          </button>
          {a.forecast && (
            <button
              type="button"
              className="button"
              onClick={() => {
                save.reset();
                remove.mutate();
              }}
            >
              Ta bort prognos
            </button>
          )}
        </div>
        <p className="status-message" role="status">
          {status}
        </p>
        {(save.isError || remove.isError) && (
          <p className="field-error" role="alert">
            {(save.error ?? remove.error)?.message}
          </p>
        )}
      </form>
      <Proposals
        a={a}
        period={period}
        onUse={(ore) => {
          setView('deviation');
          setText(formatMoney(ore, 'tkr', { bare: true }));
        }}
      />
    </section>
  );
}

function Proposals({ a, period, onUse }: { a: AreaForecastJson; period: string; onUse: (ore: number) => void }) {
  const earlier = a.year.filter((f) => f.period < period);
  const proposals: [string, string, number][] = [
    ['Periodiserad', 'utfall hittills + återstående månaders budget', a.baseline.periodized],
    ['Efter takt', 'utfall hittills / förflutna månader × 12', a.baseline.runRate],
  ];
  return (
    <div className="forecast-facts">
      <h3>Förslag</h3>
      <ul className="plain-list">
        {proposals.map(([name, how, ore]) => (
          <li key={name}>
            {name} ({how}): <strong>{tkr(ore)}</strong>{' '}
            <button type="button" className="button button-small" onClick={() => onUse(ore)}>
              Använd<span className="sr-only"> {name.toLowerCase()} prognos</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>Tidigare prognoser i år</h3>
      {earlier.length === 0 ? (
        <p>Ingen tidigare prognos i år.</p>
      ) : (
        <ul className="plain-list">
          {earlier.map((f) => (
            <li key={f.period}>
              {periodLabel(f.period)}: {tkr(f.deviation)}
            </li>
          ))}
        </ul>
      )}
      <p>
        Förändring mot föregående prognos: <strong>{tkr(a.change)}</strong>
      </p>
    </div>
  );
}
