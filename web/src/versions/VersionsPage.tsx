import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCommittee } from '../shared/committees.ts';
import { formatTimestamp, periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, Link } from '../shared/router.tsx';
import { ErrorMessage, Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { usePublishVersion, versionFileUrl, versionHtmlUrl, versionListQuery, versionsOf } from './api.ts';
import { versionDashboardPath, versionDiffPath } from './routes.ts';
import { useVersionAccessFor } from './useVersionAccess.ts';
import './versions.css';
import '../shared/forms.css';

const FILES = [
  ['pdf', 'PDF'],
  ['docx', 'Word'],
  ['xlsx', 'Excel'],
] as const;

/** /:committee/:period/versioner: the period's published versions, and publishing the next one (for those who may). */
export function VersionsPage({ committee, period }: { committee: string; period: string }) {
  const { canPublish } = useVersionAccessFor(committee);
  const list = useQuery(versionListQuery(committee));
  const { summary } = useCommittee(committee);
  const name = summary?.name ?? committee;
  const versions = versionsOf(list.data, period);
  const publish = usePublishVersion(committee, period);
  const [message, setMessage] = useState('');
  const title = 'Publicerade versioner';
  useDocumentTitle(`${title}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!list.isPending, `${title}/${committee}/${period}`);
  const next = (versions[0]?.number ?? 0) + 1;

  const onPublish = () => {
    setMessage('');
    publish.mutate(undefined, {
      onSuccess: (v) => setMessage(`Version ${v.number} av rapporten för ${periodLabel(period)} är publicerad.`),
    });
  };

  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: title }]}
      footer="En publicerad version ändras aldrig; att publicera igen ger nästa version."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="lead">
            En publicerad version är rapporten som den var när den publicerades: senare importer och ändringar ändrar den inte.
          </p>
        </div>
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
      {canPublish && (
        <section className="version-publish" aria-labelledby="publicera">
          <h2 id="publicera">Publicera</h2>
          <p>Rapporten för {periodLabel(period)} fryses som den ser ut nu, med siffror, texter och den färdiga rapporten.</p>
          <button type="button" className="button button-primary" onClick={onPublish} aria-disabled={publish.isPending || undefined}>
            {publish.isPending ? 'Publicerar …' : `Publicera version ${next}`}
          </button>
          {publish.error && <ErrorMessage title="Rapporten kunde inte publiceras." error={publish.error} />}
        </section>
      )}
      <section aria-labelledby="versioner">
        <h2 id="versioner">Versioner för {periodLabel(period)}</h2>
        {list.isPending && <Loading text="Hämtar versionerna …" />}
        <QueryError title="Versionerna kunde inte hämtas." query={list} />
        {list.isSuccess && versions.length === 0 && <p>Ingen version för {periodLabel(period)} är publicerad ännu.</p>}
        {versions.length > 0 && (
          <table className="version-table">
            <caption className="sr-only">Publicerade versioner för {periodLabel(period)}, senaste först</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Publicerad</th>
                <th scope="col">Av</th>
                <th scope="col">Visa</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number}>
                  <th scope="row">Version {v.number}</th>
                  <td>{formatTimestamp(v.publishedAt)}</td>
                  <td>{v.publishedBy}</td>
                  <td>
                    <ul className="inline-links">
                      <li>
                        <Link to={versionDashboardPath(committee, period, v.number)}>
                          Översikten<span className="sr-only"> för version {v.number}</span>
                        </Link>
                      </li>
                      <li>
                        <a href={versionHtmlUrl(committee, period, v.number)}>
                          Rapporten<span className="sr-only"> för version {v.number}</span>
                        </a>
                      </li>
                      {FILES.map(([ext, label]) => (
                        <li key={ext}>
                          <a href={versionFileUrl(committee, period, v.number, ext)} download>
                            {label}
                            <span className="sr-only"> för version {v.number}</span>
                          </a>
                        </li>
                      ))}
                      {v.number > 1 && (
                        <li>
                          <Link to={versionDiffPath(committee, period, v.number - 1, v.number)}>Ändringar mot version {v.number - 1}</Link>
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <p>
        <Link to={dashboardPath(committee, period)}>Till översikten</Link>
      </p>
    </Layout>
  );
}
