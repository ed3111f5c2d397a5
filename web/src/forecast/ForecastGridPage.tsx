/** /:committee/:period/prognos: the controller's forecast grid, saved all or nothing, with a visible state. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ForecastList } from '../shared/contract.ts';
import { fiscalYearLabel, formatMoney, periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { accuracyPath, dashboardPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { ForecastGrid } from './ForecastGrid.tsx';
import { forecastsQuery, useSaveForecastBatch } from './forecast-api.ts';
import { changedKeys, type GridState, savedTexts, toBatch } from './grid-cells.ts';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './forecast.css';

export function ForecastGridPage({ committee, period }: { committee: string; period: string }) {
  const list = useQuery(forecastsQuery(committee, period));
  const data = list.isError ? undefined : list.data;
  const name = data?.committee.name ?? committee;
  useDocumentTitle(`Prognoser, ${name}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!list.isPending, `forecast-grid/${committee}/${period}`);
  // Kept above the editor: the editor starts again from the saved list, and the "saved" state stays.
  const save = useSaveForecastBatch(committee, period);
  const complete = data ? data.periodsWithData.includes(data.fiscalYear.end) : false;
  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: 'Prognoser' }]}
      footer="Belopp i tusentals kronor (tkr). Positiv avvikelse betyder bättre än budget."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            Prognoser per område
          </h1>
          <p className="lead">
            Skriv eller klistra in (från Excel) årsprognosen per område och månad i tkr. Piltangenterna och Tab flyttar mellan rutorna.
          </p>
        </div>
        {data && complete && (
          <Link className="button" to={accuracyPath(committee, data.fiscalYear.start.slice(0, 4))}>
            Prognossäkerhet {fiscalYearLabel(data.fiscalYear)}
          </Link>
        )}
      </div>
      {list.isPending && <Loading text="Hämtar prognoserna …" />}
      <QueryError title="Prognoserna kunde inte hämtas." query={list} />
      {data && <GridEditor period={period} list={data} save={save} />}
    </Layout>
  );
}

function GridEditor({ period, list, save }: { period: string; list: ForecastList; save: ReturnType<typeof useSaveForecastBatch> }) {
  const [state, setState] = useState<GridState>(() => ({ saved: savedTexts(list), edits: new Map() }));
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const changed = changedKeys(state).length;
  // The list fetched again (after a save, or when the window gets focus back) renews what is
  // saved; what is typed and not yet saved stays.
  useEffect(() => setState((s) => ({ saved: savedTexts(list), edits: s.edits })), [list]);
  // Leaving the page (or closing the tab) with unsaved cells asks first.
  useEffect(() => {
    if (changed === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);
  const onEdit = (edits: [string, string][], skipped: number) => {
    setState((s) => ({ saved: s.saved, edits: new Map([...s.edits, ...edits]) }));
    if (edits.length > 1 || skipped > 0)
      setNotice(`${edits.length} rutor inklistrade${skipped ? `; ${skipped} värden utanför rutnätet hoppades över` : ''}.`);
    save.reset();
  };
  const submit = () => {
    const batch = toBatch(list, state);
    setErrors(batch.errors);
    if (batch.errors.length > 0 || batch.cells.length === 0) return;
    // Once saved, the cells sent are no longer edits; a cell typed again meanwhile stays one.
    const sent = new Map(changedKeys(state).map((k) => [k, state.edits.get(k)]));
    save.mutate(batch.cells, {
      onSuccess: () =>
        setState((s) => ({ saved: s.saved, edits: new Map([...s.edits].filter(([k, t]) => !sent.has(k) || sent.get(k) !== t)) })),
    });
  };
  const status = save.isPending
    ? 'Sparar …'
    : save.isSuccess
      ? 'Alla ändringar är sparade.'
      : changed === 0
        ? 'Inga osparade ändringar.'
        : `${changed} ${changed === 1 ? 'osparad ändring' : 'osparade ändringar'}.`;
  const total = list.total.forecast;
  return (
    <>
      <p>
        Nämndens prognos {periodLabel(period)} (sparad):{' '}
        <strong>{total === null ? 'ingen' : formatMoney(total, 'tkr', { signed: true })}</strong>. Summan per månad i rutnätets sista rad
        räknar med det du skriver och med poster på nämndnivå utanför områdena.
      </p>
      <ForecastGrid list={list} state={state} onEdit={onEdit} />
      <div className="button-row grid-actions">
        <button type="button" className="button button-primary" onClick={submit} aria-disabled={save.isPending || undefined}>
          Spara prognoserna
        </button>
        <p className="status-message" role="status">
          {status} {notice}
        </p>
      </div>
      {(errors.length > 0 || save.isError) && (
        <div className="grid-errors" role="alert">
          <p>Ingenting sparades:</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
            {save.isError && <li>{save.error.message}</li>}
          </ul>
        </div>
      )}
    </>
  );
}
