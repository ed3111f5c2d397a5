import { fetchReport } from '../shared/api.ts';
import { useCommittees } from '../shared/committees.ts';
import { periodLabel, yearToDateLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { Link, reportPath } from '../shared/router.tsx';
import { ErrorMessage, Loading } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useFetch } from '../shared/useFetch.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { AreaTable } from './AreaTable.tsx';
import { Investments } from './Investments.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { PeriodSwitcher } from './PeriodSwitcher.tsx';
import './dashboard.css';

/** The committee's figures for one period: total on top, then every area. */
export function Dashboard({ committee, period }: { committee: string; period: string }) {
  const report = useFetch(`${committee}/${period}`, (signal) => fetchReport(committee, period, signal));
  const committees = useCommittees();
  const summary = committees.data?.find((c) => c.id === committee);
  // While another period loads, the previous figures stay (dimmed, aria-busy).
  const data = report.status === 'error' ? undefined : report.data;
  const current = data?.period === period && data.committee.id === committee;
  const name = data?.committee.name ?? summary?.name;

  useDocumentTitle(name ? `${name}, ${periodLabel(period)}` : periodLabel(period));
  const heading = useHeadingFocus<HTMLHeadingElement>(name !== undefined, committee);

  return (
    <Layout crumbs={[{ label: 'Nämnder', to: '/' }, { label: name ?? committee }]}>
      <div className="page-head">
        <div>
          <p className="eyebrow">Månadsuppföljning</p>
          <h1 ref={heading} tabIndex={-1}>
            {name ?? 'Nämnd'}
          </h1>
          <p className="lead">Ekonomiskt läge ackumulerat {yearToDateLabel(period)}</p>
        </div>
        <Link className="button button-primary" to={reportPath(committee, period)}>
          Visa rapporten
          <span className="sr-only"> för {periodLabel(period)}</span>
        </Link>
      </div>

      {summary && summary.periods.length > 0 && <PeriodSwitcher committee={committee} periods={summary.periods} current={period} />}
      <p className="sr-only" role="status">
        {current && report.status === 'ok' ? `Visar siffror för ${periodLabel(period)}.` : ''}
      </p>

      {report.status === 'error' && (
        <ErrorMessage title={`Uppgifterna för ${periodLabel(period)} kunde inte hämtas.`} error={report.error} onRetry={report.retry} />
      )}
      {report.status === 'loading' && !data && <Loading text={`Hämtar uppgifterna för ${periodLabel(period)} …`} />}
      {data && (
        <div className={current ? 'figures' : 'figures figures-stale'} aria-busy={!current}>
          <KeyFigures report={data} />
          <AreaTable report={data} />
          <Investments investments={data.investments} period={data.period} />
        </div>
      )}
    </Layout>
  );
}
