import { fiscalYearLabel, fiscalYearOf, groupByFiscalYear, monthName } from '../shared/format.ts';
import { dashboardPath, Link } from '../shared/router.tsx';

/**
 * The months of the current fiscal year that have data, as links (the period lives in the URL);
 * other fiscal years as links to their latest month. Years follow the committee's fiscal year.
 */
export function PeriodSwitcher({
  committee,
  periods,
  startMonth,
  current,
}: {
  committee: string;
  periods: string[];
  startMonth: number;
  current: string;
}) {
  const year = fiscalYearOf(current, startMonth);
  const groups = groupByFiscalYear(periods, startMonth);
  const months = groups.find((g) => g.year.start === year.start)?.periods ?? [];
  const otherYears = groups.filter((g) => g.year.start !== year.start);
  return (
    <nav className="period-switcher" aria-labelledby="period-switcher-label">
      <h2 id="period-switcher-label" className="period-switcher-label">
        Period {fiscalYearLabel(year)}
      </h2>
      <ul className="segmented">
        {months.map((p) => (
          <li key={p}>
            <Link to={dashboardPath(committee, p)} keepFocus aria-current={p === current ? 'page' : undefined} className="segment">
              {monthName(p)}
              {p === current && (
                <span className="segment-check" aria-hidden="true">
                  {' ✓'}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {otherYears.length > 0 && (
        <p className="other-years">
          Andra år:{' '}
          {otherYears.map((g, i) => (
            <span key={g.year.start}>
              {i > 0 && ', '}
              <Link to={dashboardPath(committee, g.periods[g.periods.length - 1] ?? g.year.end)}>{fiscalYearLabel(g.year)}</Link>
            </span>
          ))}
        </p>
      )}
    </nav>
  );
}
