import { useEffect } from 'react';
import { latestPeriod, useCommittees } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, importPath, Link, navigate, rollupPath } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { NotFound } from './NotFound.tsx';

/** The start page: the committees and their latest period. With a single committee, goes straight to it. */
export function Home() {
  useDocumentTitle('Nämnder');
  const committees = useCommittees();
  const list = committees.data;
  const only = list?.length === 1 ? list[0] : undefined;
  const onlyLatest = only ? latestPeriod(only) : undefined;
  const heading = useHeadingFocus<HTMLHeadingElement>(committees.isSuccess, 'home');

  useEffect(() => {
    if (only && onlyLatest) navigate(dashboardPath(only.id, onlyLatest), { replace: true });
  }, [only, onlyLatest]);

  return (
    <Layout>
      <h1 ref={heading} tabIndex={-1}>
        Nämnder
      </h1>
      {committees.isPending && <Loading text="Hämtar nämnderna …" />}
      <QueryError title="Nämnderna kunde inte hämtas." query={committees} />
      {list && list.length === 0 && (
        <p>
          Det finns inga nämnder med uppföljningsdata ännu. <Link to={importPath()}>Importera en fil</Link> för att börja.
        </p>
      )}
      {list && list.length > 0 && (
        <ul className="committee-list">
          {list.map((c) => {
            const latest = latestPeriod(c);
            return (
              <li key={c.id}>
                {latest ? (
                  <Link to={dashboardPath(c.id, latest)}>
                    {c.name}, {periodLabel(latest)}
                  </Link>
                ) : (
                  <span>{c.name} (ingen period med data)</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list && list.length > 0 && (
        <p className="rollup-link">
          <Link to={rollupPath()}>Sammanställning till kommunstyrelsen</Link>: alla nämnders resultat, prognoser och investeringar i en
          tabell.
        </p>
      )}
    </Layout>
  );
}

/** /:committee → the committee's latest period. */
export function CommitteeRedirect({ committee }: { committee: string }) {
  useDocumentTitle('Nämnd');
  const committees = useCommittees();
  const found = committees.data?.find((c) => c.id === committee);
  const latest = found ? latestPeriod(found) : undefined;

  useEffect(() => {
    if (found && latest) navigate(dashboardPath(found.id, latest), { replace: true });
  }, [found, latest]);

  if (committees.isError) {
    return (
      <Layout>
        <h1>Nämnd</h1>
        <QueryError title="Nämnderna kunde inte hämtas." query={committees} />
      </Layout>
    );
  }
  if (committees.isSuccess && (!found || !latest)) {
    return <NotFound message={found ? `${found.name} har ingen period med data ännu.` : `Det finns ingen nämnd med id "${committee}".`} />;
  }
  return (
    <Layout>
      <h1>Nämnd</h1>
      <Loading />
    </Layout>
  );
}
