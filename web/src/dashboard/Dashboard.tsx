import { useCommittee } from '../shared/committees.ts';
import { periodLabel, periodSpanLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { Link, reportPath } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { useShownReport } from '../versions/useShownReport.ts';
import { useVersionAccessFor } from '../versions/useVersionAccess.ts';
import { VersionBanner } from '../versions/VersionBanner.tsx';
import { AreaTable } from './AreaTable.tsx';
import { Investments } from './Investments.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { PeriodSwitcher } from './PeriodSwitcher.tsx';
import './dashboard.css';

/** The committee's figures for one period (the working draft or a published version): total on top, then every area. */
export function Dashboard({ committee, period, version }: { committee: string; period: string; version?: number | undefined }) {
  const access = useVersionAccessFor(committee);
  const { report, shown, versions } = useShownReport(committee, period, version, access.canReadWorking);
  const { summary } = useCommittee(committee);
  // While another period loads, the previous figures stay (dimmed, aria-busy).
  const data = report.isError ? undefined : report.data;
  const current = data !== undefined && !report.isPlaceholderData;
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
          {/* The fiscal year comes with the report: the label waits for it rather than guess January. */}
          <p className="lead">
            {data ? `Ekonomiskt läge ackumulerat ${periodSpanLabel(data.fiscalYear.start, data.period)}` : 'Ekonomiskt läge'}
          </p>
        </div>
        {shown.kind === 'draft' && (
          <Link className="button button-primary" to={reportPath(committee, period)}>
            Visa rapporten
            <span className="sr-only"> för {periodLabel(period)}</span>
          </Link>
        )}
      </div>

      {summary && summary.periods.length > 0 && <PeriodSwitcher committee={committee} summary={summary} current={period} />}
      {access.known && (
        <VersionBanner committee={committee} period={period} shown={shown} versions={versions} canReadWorking={access.canReadWorking} />
      )}
      <p className="sr-only" role="status">
        {current && report.isSuccess ? `Visar siffror för ${periodLabel(period)}.` : ''}
      </p>

      <QueryError title={`Uppgifterna för ${periodLabel(period)} kunde inte hämtas.`} query={report} />
      {report.isPending && (report.fetchStatus !== 'idle' || shown.kind === 'unknown' || !access.known) && (
        <Loading text={`Hämtar uppgifterna för ${periodLabel(period)} …`} />
      )}
      {data && (
        <div className={current ? 'figures' : 'figures figures-stale'} aria-busy={!current}>
          <KeyFigures report={data} />
          <AreaTable report={data} links={shown.kind === 'draft'} />
          <Investments
            investments={data.investments}
            period={data.period}
            fiscalYear={data.fiscalYear}
            committee={committee}
            links={shown.kind === 'draft'}
          />
        </div>
      )}
    </Layout>
  );
}
