import type { ReactNode } from 'react';
import { periodLabel } from './format.ts';
import { Layout } from './Layout.tsx';
import { dashboardPath, Link } from './router.tsx';
import { Loading, QueryError } from './Status.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { useHeadingFocus } from './useHeadingFocus.ts';

type Query = Parameters<typeof QueryError>[0]['query'];

/**
 * The frame of a page where a committee's inputs of one period are entered (items, key figures):
 * breadcrumbs, the heading that takes focus, a status line for what was saved, loading and error.
 */
export function PeriodInputPage({
  committee,
  period,
  name,
  title,
  lead,
  footer,
  query,
  loading,
  failed,
  message,
  children,
}: {
  committee: string;
  period: string;
  name: string;
  title: string;
  lead: string;
  footer: string;
  query: Query & { isPending: boolean };
  loading: string;
  failed: string;
  message: string;
  children: ReactNode;
}) {
  useDocumentTitle(`${title}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!query.isPending, `${title}/${committee}/${period}`);
  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: title }]}
      footer={footer}
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="lead">{lead}</p>
        </div>
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
      {query.isPending && <Loading text={loading} />}
      <QueryError title={failed} query={query} />
      {children}
      <p>
        <Link to={dashboardPath(committee, period)}>Till översikten</Link>
      </p>
    </Layout>
  );
}
