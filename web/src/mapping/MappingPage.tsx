import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { latestPeriod, useCommittee } from '../shared/committees.ts';
import { Layout } from '../shared/Layout.tsx';
import { mappingQuery } from '../shared/queries.ts';
import { dashboardPath, importPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { AreaNames } from './AreaNames.tsx';
import { MappingTable } from './MappingTable.tsx';
import { MappingUpload } from './MappingUpload.tsx';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './mapping.css';

/** /:committee/mappning: which area each responsibility code belongs to in the report. */
export function MappingPage({ committee }: { committee: string }) {
  const [message, setMessage] = useState('');
  const mapping = useQuery(mappingQuery(committee));
  const { summary } = useCommittee(committee);
  const data = mapping.isError ? undefined : mapping.data;
  const name = data?.committee.name ?? summary?.name;
  const latest = summary ? latestPeriod(summary) : undefined;
  useDocumentTitle(`Mappning${name ? `, ${name}` : ''}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!mapping.isPending, `mapping/${committee}`);

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        ...(latest ? [{ label: name ?? committee, to: dashboardPath(committee, latest) }] : [{ label: name ?? committee }]),
        { label: 'Mappning' },
      ]}
      footer="Ansvar utan område redovisas som Ej fördelat: nämndens totaler stämmer ändå mot bokföringen."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">{name ?? committee}</p>
          <h1 ref={heading} tabIndex={-1}>
            Mappning av ansvar
          </h1>
          <p className="lead">Vilket verksamhetsområde varje ansvarskod hör till i uppföljningen.</p>
        </div>
        {latest && (
          <Link className="button" to={dashboardPath(committee, latest)}>
            Till översikten
          </Link>
        )}
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
      {mapping.isPending && <Loading text="Hämtar mappningen …" />}
      {mapping.isError && (
        <>
          <QueryError title="Mappningen kunde inte hämtas." query={mapping} />
          <p>
            <Link to={importPath()}>Importera en fil</Link> för att skapa en ny nämnd.
          </p>
        </>
      )}
      {data && (
        <div aria-busy={mapping.isFetching}>
          <MappingTable mapping={data} onSaved={setMessage} />
          <MappingUpload committee={committee} onSaved={setMessage} />
          <AreaNames committee={committee} onSaved={setMessage} />
        </div>
      )}
    </Layout>
  );
}
