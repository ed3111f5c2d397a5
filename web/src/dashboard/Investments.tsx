import type { FiscalYear, Investments as InvestmentFigures } from '../shared/contract.ts';
import { fiscalYearLabel, formatMoney, periodLabel } from '../shared/format.ts';

/** The investment budget, its adjusted amount and actual to date. */
export function Investments({
  investments,
  period,
  fiscalYear,
}: {
  investments: InvestmentFigures;
  period: string;
  fiscalYear: FiscalYear;
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
    </section>
  );
}
