import { useQuery } from '@tanstack/react-query';
import { AreaBudget } from '../budget/AreaBudget.tsx';
import { AreaCycle } from '../cycle/AreaCycle.tsx';
import { AreaForecast } from '../forecast/AreaForecast.tsx';
import { AreaKpis } from '../kpi/AreaKpis.tsx';
import { useCommittee } from '../shared/committees.ts';
import type { AreaDrill } from '../shared/contract.ts';
import { formatMoney, isNegativeTkr, periodLabel, periodSpanLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { drillQuery } from '../shared/queries.ts';
import { accountPath, dashboardPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { AreaTexts } from '../texts/AreaTexts.tsx';
import { TKR_FOOTER, TkrCell } from './Amount.tsx';
import '../dashboard/dashboard.css';
import './drilldown.css';

const tkr = (ore: number, signed = false) => formatMoney(ore, 'tkr', { signed });

function Totals({ drill }: { drill: AreaDrill }) {
  const cards: [string, number, boolean][] = [
    ['Resultat ackumulerat', drill.actualResult, false],
    ['Budgeterat resultat', drill.budgetResult, false],
    ['Avvikelse mot budget', drill.deviation, true],
  ];
  return (
    <dl className="cards drill-cards">
      {cards.map(([label, value, signed]) => (
        <div className="card" key={label}>
          <dt>{label}</dt>
          <dd className={isNegativeTkr(value) ? 'card-value negative' : 'card-value'}>{tkr(value, signed)}</dd>
        </div>
      ))}
    </dl>
  );
}

function GroupsTable({ drill, committee }: { drill: AreaDrill; committee: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-labelledby="drill-caption" tabIndex={0}>
      <table className="figures-table drill-table">
        <caption id="drill-caption">
          {drill.area.name}: resultat per kontogrupp och konto, ackumulerat {periodSpanLabel(drill.fiscalYear.start, drill.period)}, i tkr.
          Utfall och budget är resultat: intäkter positiva, kostnader negativa.
        </caption>
        <thead>
          <tr>
            <th scope="col">Konto</th>
            <th scope="col">Namn</th>
            <th scope="col" className="num">
              Utfall
            </th>
            <th scope="col" className="num">
              Budget
            </th>
            <th scope="col" className="num">
              Avvikelse
            </th>
          </tr>
        </thead>
        {drill.groups.map((g) => (
          <tbody key={g.group} className="drill-group">
            <tr className="group-row">
              <th scope="rowgroup" colSpan={2}>
                {g.name}
              </th>
              <TkrCell value={g.actualResult} />
              <TkrCell value={g.budgetResult} />
              <TkrCell value={g.deviation} signed />
            </tr>
            {g.accounts.map((a) => (
              <tr key={a.account}>
                <th scope="row">
                  <Link to={accountPath(committee, drill.period, drill.area.id, a.account)}>
                    {a.account}
                    <span className="sr-only"> {a.name}, visa konteringar</span>
                  </Link>
                </th>
                <td>{a.name}</td>
                <TkrCell value={a.actualResult} />
                <TkrCell value={a.budgetResult} />
                <TkrCell value={a.deviation} signed />
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {drill.area.name} totalt
            </th>
            <TkrCell value={drill.actualResult} />
            <TkrCell value={drill.budgetResult} />
            <TkrCell value={drill.deviation} signed />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** /:committee/:period/omrade/:area: the area's deviation by account group and account. */
export function AreaDrillPage({ committee, period, area }: { committee: string; period: string; area: string }) {
  const drill = useQuery(drillQuery(committee, period, area));
  const { summary } = useCommittee(committee);
  const committeeName = summary?.name ?? committee;
  const data = drill.isError ? undefined : drill.data;
  const areaName = data?.area.name;
  useDocumentTitle(`${areaName ?? 'Område'}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!drill.isPending, `area/${committee}/${period}/${area}`);

  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: committeeName, to: dashboardPath(committee, period) }, { label: areaName ?? area }]}
      footer={TKR_FOOTER}
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {committeeName}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {areaName ?? 'Område'}
          </h1>
          <p className="lead">
            Avvikelse per kontogrupp och konto{data && `, ackumulerat ${periodSpanLabel(data.fiscalYear.start, data.period)}`}
          </p>
        </div>
        <Link to={dashboardPath(committee, period)} className="back-link">
          <span aria-hidden="true">← </span>Tillbaka till översikten
        </Link>
      </div>
      {drill.isPending && <Loading text="Hämtar kontona …" />}
      <QueryError title="Området kunde inte hämtas." query={drill} />
      {data && (
        <>
          <section aria-labelledby="drill-totals-heading">
            <h2 id="drill-totals-heading">Området totalt</h2>
            <Totals drill={data} />
          </section>
          <AreaForecast committee={committee} period={period} area={area} />
          <section aria-labelledby="drill-groups-heading" className="drill-section">
            <h2 id="drill-groups-heading">Kontogrupper och konton</h2>
            {data.groups.length === 0 ? <p>Inga belopp på området för perioden.</p> : <GroupsTable drill={data} committee={committee} />}
            <ul className="table-notes">
              <li>Välj ett konto för att se konteringarna bakom beloppet.</li>
              <li>Positiv avvikelse betyder bättre än budget: lägre kostnader eller högre intäkter.</li>
              {data.codes.length > 0 && <li>Ansvar i området: {data.codes.join(', ')}.</li>}
            </ul>
          </section>
          <AreaTexts committee={committee} period={period} area={area} />
          <AreaBudget committee={committee} period={period} area={area} />
          <AreaKpis committee={committee} period={period} area={area} />
          <AreaCycle committee={committee} period={period} area={area} />
        </>
      )}
    </Layout>
  );
}
