import { useQuery } from '@tanstack/react-query';
import { formatMoney } from '../shared/format.ts';
import { budgetPath, Link } from '../shared/router.tsx';
import { budgetQuery } from './api.ts';
import { GROUP_LABELS } from './groups.ts';

const tkr = (x: number, signed = false) => formatMoney(x, 'tkr', { signed });

/** On the area page: the area's budget for the year, as imported and after the year's decisions, with the flag. */
export function AreaBudget({ committee, period, area }: { committee: string; period: string; area: string }) {
  const budget = useQuery(budgetQuery(committee, period));
  const a = budget.data?.areas.find((x) => x.areaId === area);
  if (!a) return null;
  return (
    <section aria-labelledby="area-budget-heading" className="drill-section">
      <h2 id="area-budget-heading">Budget {budget.data?.fiscalYear}</h2>
      <p>
        Budgeterat resultat för året: {tkr(a.originalResult)} enligt den inlästa budgeten
        {a.steps.length > 0 ? `, ${tkr(a.revisedResult)} efter ${a.steps.length === 1 ? 'ett beslut' : `${a.steps.length} beslut`}` : ''}.
      </p>
      {a.steps.length > 0 && (
        <ul>
          {a.steps.map((s) => (
            <li key={`${s.decisionId}-${s.group}`}>
              {s.decidedOn}: {(GROUP_LABELS[s.group] ?? s.group).toLowerCase()} {tkr(s.amount, true)} (resultatet{' '}
              {tkr(s.resultEffect, true)})
            </li>
          ))}
        </ul>
      )}
      {a.unperiodizedGroups.length > 0 && (
        <p>
          <span className="badge">Ej periodiserad budget</span>{' '}
          {a.unperiodizedGroups.map((g) => (GROUP_LABELS[g] ?? g).toLowerCase()).join(', ')}: budgeten är rak medan utfallet kommer vid
          andra tider på året.
        </p>
      )}
      <p>
        <Link to={budgetPath(committee, period)}>Budgetbeslut</Link> ·{' '}
        <Link to={budgetPath(committee, period, 'periodisering')}>Periodisering</Link>
      </p>
    </section>
  );
}
