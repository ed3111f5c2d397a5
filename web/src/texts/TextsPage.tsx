/**
 * /:committee/:period/texter: every text of the period with its state (missing, copied, written),
 * filtered by state and area; the committee's own texts edited here, an area's on its page; and
 * the committee's materiality threshold.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { TextEntry } from '#contract/index.ts';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { areaPath, dashboardPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { MaterialityForm } from './MaterialityForm.tsx';
import { TextEditor } from './TextEditor.tsx';
import { textListQuery } from './textsApi.ts';
import './texts.css';

const STATE_LABELS = { missing: 'Saknas', copied: 'Kopierad', written: 'Skriven' } as const;
type StateFilter = 'all' | 'required' | 'warnings' | keyof typeof STATE_LABELS;
const FILTERS: [StateFilter, string][] = [
  ['all', 'Alla'],
  ['required', 'Krävs men saknas'],
  ['warnings', 'Med varningar'],
  ['missing', 'Saknas'],
  ['copied', 'Kopierade'],
  ['written', 'Skrivna'],
];

function matches(t: TextEntry, state: StateFilter, area: string): boolean {
  if (area === '__committee' ? t.area !== null : area !== '' && t.area !== area) return false;
  if (state === 'all') return true;
  if (state === 'required') return t.required;
  if (state === 'warnings') return t.warnings.length > 0;
  return t.state === state;
}

function StateCell({ t }: { t: TextEntry }) {
  return (
    <td>
      <span className={`text-state text-state-${t.state}`}>{STATE_LABELS[t.state]}</span>
      {t.copiedFrom && <span> från {periodLabel(t.copiedFrom)}</span>}
      {t.required && <span className="badge text-required">Krävs</span>}
    </td>
  );
}

function WarningsCell({ t }: { t: TextEntry }) {
  if (t.warnings.length === 0) return <td>–</td>;
  return (
    <td>
      <ul className="texts-warning-list">
        {t.warnings.map((w) => (
          <li key={`${w.type}/${w.start}/${w.end}`}>{w.message}</li>
        ))}
      </ul>
    </td>
  );
}

export function TextsPage({ committee, period }: { committee: string; period: string }) {
  const list = useQuery(textListQuery(committee, period));
  const { summary } = useCommittee(committee);
  const name = summary?.name ?? committee;
  useDocumentTitle(`Texter, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!list.isPending, `texts/${committee}/${period}`);
  const [state, setState] = useState<StateFilter>('all');
  const [area, setArea] = useState('');
  const id = useId();
  const data = list.data;
  const shown = data?.texts.filter((t) => matches(t, state, area)) ?? [];
  const count = (s: TextEntry['state']) => data?.texts.filter((t) => t.state === s).length ?? 0;

  return (
    <Layout crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: 'Texter' }]}>
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            Texter
          </h1>
          <p className="lead">Rapportens texter för perioden och vilka som saknas.</p>
        </div>
        <Link to={dashboardPath(committee, period)} className="back-link">
          <span aria-hidden="true">← </span>Tillbaka till översikten
        </Link>
      </div>
      {list.isPending && <Loading text="Hämtar texterna …" />}
      <QueryError title="Texterna kunde inte hämtas." query={list} />
      {data && (
        <>
          <p>
            {data.texts.length} texter: {count('written')} skrivna, {count('copied')} kopierade, {count('missing')} saknas, varav{' '}
            {data.texts.filter((t) => t.required).length} krävs; {data.texts.filter((t) => t.warnings.length > 0).length} med varningar.
          </p>
          <section aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`}>Alla texter</h2>
            <div className="texts-filters">
              <div className="field">
                <label htmlFor={`${id}-state`}>Tillstånd</label>
                <select id={`${id}-state`} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
                  {FILTERS.map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-area`}>Område</label>
                <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)}>
                  <option value="">Alla</option>
                  <option value="__committee">Nämnden</option>
                  {data.areas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p role="status" className="sr-only">
              {shown.length} texter visas.
            </p>
            {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
            <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <table className="figures-table texts-table">
                <caption id={`${id}-caption`}>
                  Texter för {periodLabel(period)}: {shown.length} av {data.texts.length}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Område</th>
                    <th scope="col">Text</th>
                    <th scope="col">Tillstånd</th>
                    <th scope="col">Senast sparad</th>
                    <th scope="col">Varningar</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((t) => (
                    <tr key={`${t.area}/${t.kind}`}>
                      <th scope="row">
                        {t.area ? (
                          <Link to={`${areaPath(committee, period, t.area)}#texter`}>{t.areaName}</Link>
                        ) : (
                          <a href={`#namndtext-${t.kind}`}>Nämnden</a>
                        )}
                      </th>
                      <td>{t.label}</td>
                      <StateCell t={t} />
                      <td>{t.updatedAt ? `${t.updatedAt.slice(0, 10)} av ${t.updatedBy ?? 'okänd'}` : '–'}</td>
                      <WarningsCell t={t} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby={`${id}-committee`} className="texts-section">
            <h2 id={`${id}-committee`}>Nämndens texter</h2>
            {data.texts
              .filter((t) => t.area === null)
              .map((t) => (
                <div key={t.kind} id={`namndtext-${t.kind}`}>
                  <TextEditor committee={committee} period={period} entry={t} />
                </div>
              ))}
          </section>
          <MaterialityForm committee={committee} period={period} threshold={data.materialityThreshold} />
        </>
      )}
    </Layout>
  );
}
