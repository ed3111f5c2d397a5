import { Amount } from '../dashboard/AreaTable.tsx';
import { formatTimestamp } from '../shared/format.ts';
import { Link, reportPath } from '../shared/router.tsx';
import { versionDashboardPath } from '../versions/routes.ts';
import type { RollupCommitteeJson, RollupJson, RollupSource } from './rollup-api.ts';

type Numbers = RollupJson['total'];

const AMOUNT_HEADS = ['Resultat ack.', 'Budget ack.', 'Avvikelse', 'Årsprognos', 'Investeringsbudget', 'Investeringar, utfall'];

function Cells({ n }: { n: Numbers }) {
  return (
    <>
      <Amount value={n.actualResult} signed={false} />
      <Amount value={n.budgetResult} signed={false} />
      <Amount value={n.deviation} signed />
      <Amount value={n.forecastDeviation} signed />
      <Amount value={n.investments.adjustedBudget} signed={false} />
      <Amount value={n.investments.actual} signed={false} />
    </>
  );
}

/** Where a committee's figures come from, in words. */
export function sourceText(source: RollupSource): string {
  return source.kind === 'published' ? `Publicerad version ${source.version}, ${formatTimestamp(source.publishedAt)}` : 'Utkast';
}

/** The committee's report: the published version shown, else the working draft's report. */
function reportLink(c: RollupCommitteeJson, period: string): string {
  return c.source.kind === 'published' ? versionDashboardPath(c.id, period, c.source.version) : reportPath(c.id, period);
}

/** Every committee's figures, the municipality's total in the footer, and where each committee's come from. */
export function RollupTable({ rollup }: { rollup: RollupJson }) {
  const { period, periodLabel } = rollup;
  return (
    <section className="rollup-table" aria-labelledby="rollup-table-heading">
      <h2 id="rollup-table-heading">Nämndernas resultat</h2>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="rollup-caption" tabIndex={0}>
        <table className="figures-table">
          <caption id="rollup-caption">Resultat per nämnd, ackumulerat till och med {periodLabel}, i mnkr</caption>
          <thead>
            <tr>
              <th scope="col">Nämnd</th>
              {AMOUNT_HEADS.map((h) => (
                <th key={h} scope="col" className="num">
                  {h}
                </th>
              ))}
              <th scope="col">Underlag</th>
            </tr>
          </thead>
          <tbody>
            {rollup.committees.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={reportLink(c, period)}>{c.name}</Link>
                </th>
                <Cells n={c} />
                <td className={c.source.kind === 'draft' ? 'source draft' : 'source'}>{sourceText(c.source)}</td>
              </tr>
            ))}
            {rollup.notes.map((n) => (
              <tr key={n.id}>
                <th scope="row">{n.name}</th>
                <td colSpan={6} className="missing">
                  {n.note}
                </td>
                <td className="source">Inga siffror</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Kommunen totalt</th>
              <Cells n={rollup.total} />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="table-notes">
        <li>Positiv avvikelse betyder bättre än budget. Årsprognosen är den prognostiserade avvikelsen för helåret.</li>
        <li>Underlag: nämndens senast publicerade version för perioden, annars arbetsutkastet (Utkast).</li>
        <li>Välj en nämnd för att se dess rapport.</li>
      </ul>
    </section>
  );
}
