import { fiscalYearLabel, fiscalYearOf } from '../../../src/core/period.ts';
import { monthName } from '../shared/format.ts';
import { dashboardPath, Link } from '../shared/router.tsx';

/**
 * The months of the fiscal year that have data, as links (the period lives in the URL);
 * other fiscal years as links to their latest month.
 */
export function PeriodSwitcher({ committee, periods, current }: { committee: string; periods: string[]; current: string }) {
  const year = fiscalYearOf(current);
  const months = periods.filter((p) => p >= year.start && p <= year.end);
  const otherYears = new Map<string, string>();
  for (const p of periods) {
    const fy = fiscalYearOf(p);
    if (fy.start !== year.start) otherYears.set(fiscalYearLabel(fy), p); // ascending: keeps the latest
  }
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
      {otherYears.size > 0 && (
        <p className="other-years">
          Andra år:{' '}
          {[...otherYears].map(([label, p], i) => (
            <span key={label}>
              {i > 0 && ', '}
              <Link to={dashboardPath(committee, p)}>{label}</Link>
            </span>
          ))}
        </p>
      )}
    </nav>
  );
}
