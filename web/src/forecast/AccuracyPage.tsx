/**
 * /:committee/prognossakerhet/:year: forecast accuracy once the fiscal year's last month is in the
 * ledger. Per area and month the forecast, the outcome, the difference in tkr and in percent of
 * the area's annual budgeted net cost (kommunbidrag left out), and each area's and the committee's
 * average of the absolute differences.
 */
import { useQuery } from '@tanstack/react-query';
import { formatRate } from '#core/forecast-accuracy.ts';
import type { ForecastAccuracyJson } from '../shared/contract.ts';
import { fiscalYearLabel, formatMoney, periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { accuracyQuery } from './forecast-api.ts';
import '../dashboard/dashboard.css';
import './forecast.css';

type Row = ForecastAccuracyJson['total'] & { name: string };
const tkr = (ore: number | null) => (ore === null ? '–' : formatMoney(ore, 'tkr', { signed: true, bare: true }));

export function AccuracyPage({ committee, year }: { committee: string; year: string }) {
  const acc = useQuery(accuracyQuery(committee, year));
  const data = acc.isError ? undefined : acc.data;
  const name = data?.committee.name ?? committee;
  useDocumentTitle(`Prognossäkerhet ${year}, ${name}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!acc.isPending, `accuracy/${committee}/${year}`);
  const rows: Row[] = data ? [...data.areas, { ...data.total, name: 'Hela nämnden' }] : [];
  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name }, { label: `Prognossäkerhet ${year}` }]}
      footer="Belopp i tusentals kronor (tkr)."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">{name}</p>
          <h1 ref={heading} tabIndex={-1}>
            Prognossäkerhet {data ? fiscalYearLabel(data.fiscalYear) : year}
          </h1>
          <p className="lead">
            Hur långt varje månads årsprognos låg från utfallet. Skillnad = prognos − utfall (positiv = prognosen var för ljus). Procenten
            är av områdets budgeterade nettokostnad för året (kostnader minus intäkter i årsbudgeten, kommunbidraget oräknat).
          </p>
        </div>
      </div>
      {acc.isPending && <Loading text="Hämtar prognossäkerheten …" />}
      <QueryError title="Prognossäkerheten kan inte visas." query={acc} />
      {data && (
        // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
        <div className="table-scroll" role="region" aria-labelledby="accuracy-caption" tabIndex={0}>
          <table className="figures-table">
            <caption id="accuracy-caption">
              Årsprognos mot utfall per område och månad, i tkr och i procent av budgeterad nettokostnad.
            </caption>
            <thead>
              <tr>
                <th scope="col">Område och månad</th>
                <th scope="col" className="num">
                  Prognos, tkr
                </th>
                <th scope="col" className="num">
                  Utfall, tkr
                </th>
                <th scope="col" className="num">
                  Skillnad, tkr
                </th>
                <th scope="col" className="num">
                  Skillnad, %
                </th>
              </tr>
            </thead>
            {rows.map((r) => (
              <tbody key={r.name}>
                <tr className="group-row">
                  <th scope="rowgroup">{r.name}: medel av skillnaden</th>
                  <td className="num">–</td>
                  <td className="num">{tkr(r.outcome)}</td>
                  <td className="num">
                    {r.meanAbsoluteDifference === null ? '–' : formatMoney(r.meanAbsoluteDifference, 'tkr', { bare: true })}
                  </td>
                  <td className="num">{r.meanAbsoluteRate === null ? '–' : formatRate(r.meanAbsoluteRate).replace('+', '')}</td>
                </tr>
                {r.months.length === 0 ? (
                  <tr>
                    <th scope="row">Ingen prognos lämnad</th>
                    <td colSpan={4} />
                  </tr>
                ) : (
                  r.months.map((m) => (
                    <tr key={m.period}>
                      <th scope="row">{periodLabel(m.period)}</th>
                      <td className="num">{tkr(m.forecast)}</td>
                      <td className="num">{tkr(m.outcome)}</td>
                      <td className="num">{tkr(m.difference)}</td>
                      <td className="num">{formatRate(m.differenceRate)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </Layout>
  );
}
