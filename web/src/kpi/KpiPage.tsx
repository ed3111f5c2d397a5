import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { kpisQuery } from './api.ts';
import { KpiDefinitions } from './KpiDefinitions.tsx';
import { KpiGrid } from './KpiGrid.tsx';
import { KpiUpload } from './KpiUpload.tsx';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './kpi.css';

/** /:committee/:period/nyckeltal: the committee's key figures, their values in a grid, and a sheet upload. */
export function KpiPage({ committee, period }: { committee: string; period: string }) {
  const kpis = useQuery(kpisQuery(committee, period));
  const { summary } = useCommittee(committee);
  const data = kpis.isError ? undefined : kpis.data;
  const name = data?.committee.name ?? summary?.name ?? committee;
  const [message, setMessage] = useState('');
  useDocumentTitle(`Nyckeltal, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!kpis.isPending, `kpis/${committee}/${period}`);

  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: 'Nyckeltal' }]}
      footer="Nyckeltal är verksamhetens mått bredvid ekonomin: antal placeringar, hushåll, sjukfrånvaro, årsarbetare."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            Nyckeltal
          </h1>
          <p className="lead">Nämndens nyckeltal per område och månad, räkenskapsåret till och med {periodLabel(period)}.</p>
        </div>
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
      {kpis.isPending && <Loading text="Hämtar nyckeltalen …" />}
      <QueryError title="Nyckeltalen kunde inte hämtas." query={kpis} />
      {data && (
        <>
          {data.definitions.length > 0 && <KpiGrid key={data.months.join()} table={data} onSaved={setMessage} />}
          <KpiUpload committee={committee} onSaved={setMessage} />
          <KpiDefinitions committee={committee} definitions={data.definitions} onSaved={setMessage} />
        </>
      )}
      <p>
        <Link to={dashboardPath(committee, period)}>Till översikten</Link>
      </p>
    </Layout>
  );
}
