import type { AreaFigures, ReportJson } from '../shared/contract.ts';
import { budgetPath, Link } from '../shared/router.tsx';
import { GROUP_LABELS } from './groups.ts';

/** "ej periodiserad budget" beside an area whose budget is straight while its actual is seasonal; links to its periodization. */
export function UnperiodizedBadge({ area, committee, period }: { area: AreaFigures; committee: string; period: string }) {
  if (!area.budgetNotPeriodized) return null;
  const groups = area.unperiodizedGroups.map((g) => (GROUP_LABELS[g] ?? g).toLowerCase()).join(', ');
  return (
    <>
      {' '}
      <Link className="badge badge-budget" to={budgetPath(committee, period, 'periodisering')} title={`Rak budget för ${groups}`}>
        Ej periodiserad budget<span className="sr-only"> ({groups}): periodisera</span>
      </Link>
    </>
  );
}

/** The table note that explains the badge, when some area has it. */
export function UnperiodizedNote({ report }: { report: ReportJson }) {
  if (!report.areas.some((a) => a.budgetNotPeriodized)) return null;
  return (
    <li>
      <span className="badge">Ej periodiserad budget</span> budgeten är rak (en tolftedel i månaden) medan utfallet kommer vid andra tider
      på året; avvikelsen beror då på tidpunkten. Välj märket för att periodisera budgeten.
    </li>
  );
}
