import { useState } from 'react';
import { fetchMapping } from '../shared/api.ts';
import { latestPeriod, refreshCommittees, useCommittees } from '../shared/committees.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, importPath, Link } from '../shared/router.tsx';
import { ErrorMessage, Loading } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useFetch } from '../shared/useFetch.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { MappingTable } from './MappingTable.tsx';
import { MappingUpload } from './MappingUpload.tsx';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './mapping.css';

/** /:committee/mappning: which area each responsibility code belongs to in the report. */
export function MappingPage({ committee }: { committee: string }) {
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState('');
  const mapping = useFetch(`${committee}/${version}`, (signal) => fetchMapping(committee, signal));
  const committees = useCommittees();
  const summary = committees.data?.find((c) => c.id === committee);
  const name = mapping.data?.committee.name ?? summary?.name;
  const latest = summary ? latestPeriod(summary) : undefined;
  useDocumentTitle(`Mappning${name ? `, ${name}` : ''}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(mapping.status !== 'loading', `mapping/${committee}`);

  const saved = (text: string) => {
    setMessage(text);
    setVersion((v) => v + 1);
    refreshCommittees();
  };

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
      {mapping.status === 'loading' && !mapping.data && <Loading text="Hämtar mappningen …" />}
      {mapping.status === 'error' && (
        <>
          <ErrorMessage title="Mappningen kunde inte hämtas." error={mapping.error} onRetry={mapping.retry} />
          <p>
            <Link to={importPath()}>Importera en fil</Link> för att skapa en ny nämnd.
          </p>
        </>
      )}
      {mapping.data && (
        <div aria-busy={mapping.status === 'loading'}>
          <MappingTable key={version} mapping={mapping.data} onSaved={saved} />
          <MappingUpload committee={committee} onSaved={saved} />
        </div>
      )}
    </Layout>
  );
}
