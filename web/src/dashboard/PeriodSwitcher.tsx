import type { CommitteeSummary, FiscalYear } from '../shared/contract.ts';
import { fiscalYearLabel, monthName } from '../shared/format.ts';
import { dashboardPath, Link } from '../shared/router.tsx';

/** Months as links, the current one marked (the period lives in the URL; also the roll-up's). */
export function MonthSegments({
  months,
  current,
  pathOf,
}: {
  months: readonly string[];
  current: string;
  pathOf: (period: string) => string;
}) {
  return (
    <ul className="segmented">
      {months.map((p) => (
        <li key={p}>
          <Link to={pathOf(p)} keepFocus aria-current={p === current ? 'page' : undefined} className="segment">
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
  );
}

/**
 * The months of the current fiscal year that have data, as links (the period lives in the URL);
 * other fiscal years as links to their latest month. The years are the committee's (from the server).
 */
export function PeriodSwitcher({ committee, summary, current }: { committee: string; summary: CommitteeSummary; current: string }) {
  const inYear = (fy: FiscalYear) => summary.periods.filter((p) => fy.start <= p && p <= fy.end);
  const year = summary.fiscalYears.find((fy) => fy.start <= current && current <= fy.end);
  const months = year ? inYear(year) : [];
  const otherYears = summary.fiscalYears.filter((fy) => fy !== year);
  return (
    <nav className="period-switcher" aria-labelledby="period-switcher-label">
      <h2 id="period-switcher-label" className="period-switcher-label">
        Period{year && ` ${fiscalYearLabel(year)}`}
      </h2>
      <MonthSegments months={months} current={current} pathOf={(p) => dashboardPath(committee, p)} />
      {otherYears.length > 0 && (
        <p className="other-years">
          Andra år:{' '}
          {otherYears.map((fy, i) => (
            <span key={fy.start}>
              {i > 0 && ', '}
              {/* Every fiscal year in the list has bookkeeping, so it has a latest month. */}
              <Link to={dashboardPath(committee, inYear(fy).at(-1)!)}>{fiscalYearLabel(fy)}</Link>
            </span>
          ))}
        </p>
      )}
    </nav>
  );
}
