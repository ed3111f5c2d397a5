import type { Investments as InvestmentFigures } from '../shared/contract.ts';
import { fiscalYearLabel, fiscalYearOf, formatMoney, periodLabel } from '../shared/format.ts';

/** The investment budget, its adjusted amount and actual to date. */
export function Investments({ investments, period, startMonth }: { investments: InvestmentFigures; period: string; startMonth: number }) {
  const rows: [string, number][] = [
    ['Investeringsbudget', investments.budget],
    ['Budget efter justering', investments.adjustedBudget],
    [`Utfall till och med ${periodLabel(period)}`, investments.actual],
  ];
  return (
    <section className="investments" aria-labelledby="investments-heading">
      <h2 id="investments-heading">Investeringar {fiscalYearLabel(fiscalYearOf(period, startMonth))}</h2>
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
