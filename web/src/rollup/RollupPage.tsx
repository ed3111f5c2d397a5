import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { MonthSegments } from '../dashboard/PeriodSwitcher.tsx';
import { FileLinks } from '../report/Downloads.tsx';
import { useCommittees } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { Link, navigate, rollupPath } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { RollupSummaries } from './RollupSummaries.tsx';
import { RollupTable } from './RollupTable.tsx';
import { rollupHtmlUrl, rollupJsonUrl, rollupQuery } from './rollup-api.ts';
import '../dashboard/dashboard.css';
import './rollup.css';

const TITLE = 'Sammanställning till kommunstyrelsen';

/** The periods any committee has data for, by calendar year; the current period's year as months, the others by their latest month. */
function RollupPeriods({ periods, current }: { periods: readonly string[]; current: string }) {
  const year = current.slice(0, 4);
  const months = periods.filter((p) => p.startsWith(year));
  const otherYears = [...new Set(periods.map((p) => p.slice(0, 4)))].filter((y) => y !== year);
  return (
    <nav className="period-switcher" aria-labelledby="rollup-period-label">
      <h2 id="rollup-period-label" className="period-switcher-label">
        Period {year}
      </h2>
      <MonthSegments months={months} current={current} pathOf={rollupPath} />
      {otherYears.length > 0 && (
        <p className="other-years">
          Andra år:{' '}
          {otherYears.map((y, i) => (
            <span key={y}>
              {i > 0 && ', '}
              <Link to={rollupPath(periods.filter((p) => p.startsWith(y)).at(-1))}>{y}</Link>
            </span>
          ))}
        </p>
      )}
    </nav>
  );
}

/**
 * /sammanstallning/:period: every committee the person may see, with its result, deviation,
 * forecast and investments, the municipality's total, where each committee's figures come from
 * (published version or draft), links to the reports, and each committee's summary. Without a
 * period: the latest period any committee has data for.
 */
export function RollupPage({ period }: { period: string | null }) {
  const committees = useCommittees();
  const periods = [...new Set((committees.data ?? []).flatMap((c) => c.periods))].sort();
  const latest = periods.at(-1);
  useEffect(() => {
    if (period === null && latest) navigate(rollupPath(latest), { replace: true });
  }, [period, latest]);

  const rollup = useQuery({ ...rollupQuery(period ?? ''), enabled: period !== null, placeholderData: keepPreviousData });
  const data = rollup.isError ? undefined : rollup.data;
  const current = data !== undefined && !rollup.isPlaceholderData;
  useDocumentTitle(period ? `${TITLE}, ${periodLabel(period)}` : TITLE);
  const heading = useHeadingFocus<HTMLHeadingElement>(true, 'rollup');

  return (
    <Layout crumbs={[{ label: 'Nämnder', to: '/' }, { label: TITLE }]}>
      <div className="page-head">
        <div>
          <p className="eyebrow">Kommunstyrelsen</p>
          <h1 ref={heading} tabIndex={-1}>
            {TITLE}
          </h1>
          <p className="lead">{period ? `Nämndernas resultat ackumulerat till och med ${periodLabel(period)}` : 'Nämndernas resultat'}</p>
        </div>
        {period && (
          <div className="rollup-files">
            <a className="button" href={rollupHtmlUrl(period)}>
              Öppna som HTML-fil
            </a>
            <FileLinks
              label="Ladda ner:"
              what={`sammanställningen för ${periodLabel(period)}`}
              urlOf={(ext) => `${rollupJsonUrl(period)}.${ext}`}
            />
          </div>
        )}
      </div>
      {period && periods.length > 0 && <RollupPeriods periods={periods} current={period} />}
      {committees.isSuccess && periods.length === 0 && <p>Ingen nämnd har uppföljningsdata ännu.</p>}
      <QueryError title="Nämnderna kunde inte hämtas." query={committees} />
      <p className="sr-only" role="status">
        {current && period ? `Visar sammanställningen för ${periodLabel(period)}.` : ''}
      </p>
      {period && <QueryError title={`Sammanställningen för ${periodLabel(period)} kunde inte hämtas.`} query={rollup} />}
      {(rollup.isPending && period !== null) || (period === null && committees.isPending) ? (
        <Loading text="Hämtar sammanställningen …" />
      ) : null}
      {data && (
        <div className={current ? 'figures' : 'figures figures-stale'} aria-busy={!current}>
          <p className="rollup-status">
            {data.status.kind === 'published'
              ? 'Alla nämnders siffror kommer från publicerade versioner.'
              : 'Utkast: minst en nämnds siffror kommer från arbetsutkastet eller saknas.'}
          </p>
          <RollupTable rollup={data} />
          <RollupSummaries committees={data.committees} />
        </div>
      )}
    </Layout>
  );
}
