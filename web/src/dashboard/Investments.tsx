import type { FiscalYear, Investments as InvestmentFigures } from '../shared/contract.ts';
import { fiscalYearLabel, formatMoney, periodLabel } from '../shared/format.ts';
import { budgetPath, Link } from '../shared/router.tsx';

const mnkr = (amount: number | null) => (amount === null ? '–' : formatMoney(amount, 'mnkr'));

/** The investment budget, its adjusted amount and actual to date, and the projects behind them. */
export function Investments({
  investments,
  period,
  fiscalYear,
  committee,
  links = true,
}: {
  investments: InvestmentFigures;
  period: string;
  fiscalYear: FiscalYear;
  committee: string;
  /** To the investment projects (the working ones; not for a published version). */
  links?: boolean;
}) {
  const rows: [string, number][] = [
    ['Investeringsbudget', investments.budget],
    ['Budget efter justering', investments.adjustedBudget],
    [`Utfall till och med ${periodLabel(period)}`, investments.actual],
  ];
  return (
    <section className="investments" aria-labelledby="investments-heading">
      <h2 id="investments-heading">Investeringar {fiscalYearLabel(fiscalYear)}</h2>
      <dl className="inline-figures">
        {rows.map(([label, amount]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatMoney(amount, 'mnkr')}</dd>
          </div>
        ))}
      </dl>
      {investments.projects.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
        <div className="table-scroll" role="region" aria-labelledby="projects-caption" tabIndex={0}>
          <table className="figures-table">
            <caption id="projects-caption">Investeringsprojekt, mnkr</caption>
            <thead>
              <tr>
                <th scope="col">Projekt</th>
                <th scope="col" className="num">
                  Budget
                </th>
                <th scope="col" className="num">
                  Överfört
                </th>
                <th scope="col" className="num">
                  Beslut
                </th>
                <th scope="col" className="num">
                  Utfall
                </th>
                <th scope="col" className="num">
                  Prognos
                </th>
              </tr>
            </thead>
            <tbody>
              {investments.projects.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td className="num">{mnkr(p.budget)}</td>
                  <td className="num">{mnkr(p.carryOver)}</td>
                  <td className="num">{mnkr(p.decisions)}</td>
                  <td className="num">{mnkr(p.actual)}</td>
                  <td className="num">{mnkr(p.forecast)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {investments.decisions.length > 0 && (
        <ul className="table-notes">
          {investments.decisions.map((d) => (
            <li key={d.id}>
              {d.body} {d.decidedOn}
              {d.ref ? ` ${d.ref}` : ''}: {d.text},{' '}
              {formatMoney(
                d.lines.reduce((s, l) => s + l.amount, 0),
                'mnkr',
                { signed: true },
              )}
            </li>
          ))}
        </ul>
      )}
      {links && (
        <p>
          <Link to={budgetPath(committee, period, 'investeringar')}>Investeringsprojekt och beslut</Link>
        </p>
      )}
    </section>
  );
}
