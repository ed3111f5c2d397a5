import { formatMoney } from '../shared/format.ts';
import type { BudgetOverviewJson } from './api.ts';
import { GROUP_LABELS } from './groups.ts';

const tkr = (x: number, signed = false) => formatMoney(x, 'tkr', { signed, bare: true });

/** Per area: the year's budgeted result as imported, the decisions, the revised budget; and each area's history. */
export function RevisedBudget({ overview }: { overview: BudgetOverviewJson }) {
  const decided = overview.areas.filter((a) => a.steps.length > 0);
  const text = (id: string) => overview.decisions.find((d) => d.id === id);
  return (
    <section aria-labelledby="revised-heading">
      <h2 id="revised-heading">Reviderad budget per område</h2>
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
      <div className="table-scroll" role="region" aria-labelledby="revised-caption" tabIndex={0}>
        <table className="figures-table">
          <caption id="revised-caption">Budgeterat resultat för helåret {overview.fiscalYear}, tkr</caption>
          <thead>
            <tr>
              <th scope="col">Verksamhetsområde</th>
              <th scope="col" className="num">
                Ursprunglig budget
              </th>
              <th scope="col" className="num">
                Beslut
              </th>
              <th scope="col" className="num">
                Reviderad budget
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.areas.map((a) => (
              <tr key={a.areaId}>
                <th scope="row">{a.name}</th>
                <td className="num">{tkr(a.originalResult)}</td>
                <td className="num">{a.steps.length > 0 ? tkr(a.revisedResult - a.originalResult, true) : '–'}</td>
                <td className="num">{tkr(a.revisedResult)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {decided.map((a) => (
        <details key={a.areaId} className="history" open>
          <summary>Historik: {a.name}</summary>
          <table className="figures-table">
            <caption className="sr-only">Budgetbeslut för {a.name}, tkr</caption>
            <thead>
              <tr>
                <th scope="col">Datum</th>
                <th scope="col">Beslut</th>
                <th scope="col">Kontogrupp</th>
                <th scope="col" className="num">
                  Belopp
                </th>
                <th scope="col" className="num">
                  Effekt på resultatet
                </th>
                <th scope="col" className="num">
                  Budget efter beslutet
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>–</td>
                <th scope="row">Ursprunglig budget</th>
                <td />
                <td />
                <td />
                <td className="num">{tkr(a.originalResult)}</td>
              </tr>
              {a.steps.map((s) => (
                <tr key={`${s.decisionId}-${s.group}`}>
                  <td>{s.decidedOn}</td>
                  <th scope="row">
                    {text(s.decisionId)?.body} {text(s.decisionId)?.text ?? s.decisionId}
                  </th>
                  <td>{GROUP_LABELS[s.group] ?? s.group}</td>
                  <td className="num">{tkr(s.amount, true)}</td>
                  <td className="num">{tkr(s.resultEffect, true)}</td>
                  <td className="num">{tkr(s.revisedResult)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
