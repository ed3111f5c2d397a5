import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { PeriodInputPage } from '../shared/PeriodInputPage.tsx';
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
  return (
    <PeriodInputPage
      committee={committee}
      period={period}
      name={name}
      title="Nyckeltal"
      lead={`Nämndens nyckeltal per område och månad, räkenskapsåret till och med ${periodLabel(period)}.`}
      footer="Nyckeltal är verksamhetens mått bredvid ekonomin: antal placeringar, hushåll, sjukfrånvaro, årsarbetare."
      query={kpis}
      loading="Hämtar nyckeltalen …"
      failed="Nyckeltalen kunde inte hämtas."
      message={message}
    >
      {data && (
        <>
          {data.definitions.length > 0 && <KpiGrid key={data.months.join()} table={data} onSaved={setMessage} />}
          <KpiUpload committee={committee} onSaved={setMessage} />
          <KpiDefinitions committee={committee} definitions={data.definitions} onSaved={setMessage} />
        </>
      )}
    </PeriodInputPage>
  );
}
