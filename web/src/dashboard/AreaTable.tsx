import { UnperiodizedBadge, UnperiodizedNote } from '../budget/UnperiodizedBadge.tsx';
import type { AreaFigures, Figures, ReportJson } from '../shared/contract.ts';
import { capitalize, formatMoney, isNegative, mnkrCell, monthName, periodSpanLabel } from '../shared/format.ts';
import { areaPath, Link } from '../shared/router.tsx';

/** An amount cell in mnkr: a dash ("saknas" to a screen reader) when there is none, red when negative. */
export function Amount({ value, signed }: { value: number | null; signed: boolean }) {
  if (value === null) {
    return (
      <td className="num missing">
        <span aria-hidden="true">–</span>
        <span className="sr-only">saknas</span>
      </td>
    );
  }
  return <td className={isNegative(value) ? 'num negative' : 'num'}>{mnkrCell(value, signed)}</td>;
}

function Cells({ figures, showPrevious }: { figures: Figures; showPrevious: boolean }) {
  return (
    <>
      <Amount value={figures.actualResult} signed={false} />
      <Amount value={figures.budgetResult} signed={false} />
      <Amount value={figures.deviation} signed />
      {showPrevious && <Amount value={figures.previousDeviation} signed />}
      <Amount value={figures.forecastDeviation} signed />
    </>
  );
}

function AreaName({ area, committee, period, links }: { area: AreaFigures; committee: string; period: string; links: boolean }) {
  return (
    <th scope="row">
      {links ? <Link to={areaPath(committee, period, area.code)}>{area.name}</Link> : area.name}
      {area.material && (
        <>
          {' '}
          <span className="badge">Väsentlig</span>
        </>
      )}
      {links && <UnperiodizedBadge area={area} committee={committee} period={period} />}
    </th>
  );
}

/**
 * Every area of the committee, with the committee's total in the footer. `links`: to each area's
 * drill-down (of the working ledger; not for a published version).
 */
export function AreaTable({ report, links = true }: { report: ReportJson; links?: boolean }) {
  const { previousPeriod, period, fiscalYear } = report;
  const showPrevious = previousPeriod !== null;
  const anyMaterial = report.areas.some((a) => a.material);
  return (
    <section className="areas" aria-labelledby="areas-heading">
      <h2 id="areas-heading">Verksamhetsområden</h2>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="areas-caption" tabIndex={0}>
        <table className="figures-table">
          <caption id="areas-caption">
            Resultat per verksamhetsområde, ackumulerat {periodSpanLabel(fiscalYear.start, period)}, i mnkr
          </caption>
          <thead>
            <tr>
              <th scope="col">Verksamhetsområde</th>
              <th scope="col" className="num">
                Resultat ack.
              </th>
              <th scope="col" className="num">
                Budget ack.
              </th>
              <th scope="col" className="num">
                Avvikelse
              </th>
              {showPrevious && (
                <th scope="col" className="num">
                  Avvikelse {monthName(previousPeriod)}
                </th>
              )}
              <th scope="col" className="num">
                Årsprognos (avvikelse)
              </th>
            </tr>
          </thead>
          <tbody>
            {report.areas.map((area) => (
              <tr key={area.code} className={area.material ? 'material' : undefined}>
                <AreaName area={area} committee={report.committee.id} period={period} links={links} />
                <Cells figures={area} showPrevious={showPrevious} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{report.committee.name} totalt</th>
              <Cells figures={report.total} showPrevious={showPrevious} />
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="table-notes">
        <li>Positiv avvikelse betyder bättre än budget: lägre kostnader eller högre intäkter.</li>
        <li>Välj ett område för att se avvikelsen per kontogrupp och konto, ner till konteringarna.</li>
        {anyMaterial && (
          <li>
            <span className="badge">Väsentlig</span> avvikelsen (ackumulerad eller i prognosen) når nämndens väsentlighetsgräns
            {` på ${formatMoney(report.materialityThreshold, 'tkr')}`}; området ska då ha en kommentar och en åtgärd i rapporten.
          </li>
        )}
        <UnperiodizedNote report={report} />
        {!showPrevious && <li>{capitalize(monthName(period))} är räkenskapsårets första månad: ingen jämförelse med föregående månad.</li>}
        <li>Totalen räknas fram ur konteringarna, inte ur de avrundade raderna. Raderna summerar därför inte alltid exakt till totalen.</li>
      </ul>
    </section>
  );
}
