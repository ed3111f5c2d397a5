import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { REPORT_CSS } from '#report/html-style.ts';
import { reportHtmlUrl } from '../shared/api.ts';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { reportHtmlQuery } from '../shared/queries.ts';
import { dashboardPath, Link, shouldFocusHeading } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { Downloads } from './Downloads.tsx';
import './report.css';

/**
 * The report (resultatrapport) as a document: the server renders it (the same HTML as the
 * standalone file), the app embeds the fragment and adds a toolbar.
 */
export function ReportView({ committee, period }: { committee: string; period: string }) {
  const fragment = useQuery(reportHtmlQuery(committee, period));
  const name = useCommittee(committee).summary?.name;
  const html = fragment.isError ? undefined : fragment.data;

  useDocumentTitle(`Resultatrapport ${name ?? ''} ${periodLabel(period)}`.replace(/\s+/g, ' '));
  // The fragment brings its own h1 ("Resultatrapport april 2025"): focus it after an in-app
  // navigation, once per report (not again when a refetch brings new HTML).
  const documentRef = useRef<HTMLDivElement>(null);
  const focused = useRef<string | null>(null);
  const loaded = html !== undefined;
  const key = `${committee}/${period}`;
  useEffect(() => {
    if (!loaded || focused.current === key) return;
    focused.current = key;
    const h1 = documentRef.current?.querySelector('h1');
    if (h1 && shouldFocusHeading()) {
      h1.tabIndex = -1;
      h1.focus();
    }
  }, [loaded, key]);

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        { label: name ?? committee, to: dashboardPath(committee, period) },
        { label: `Rapport ${periodLabel(period)}` },
      ]}
    >
      <div className="report-toolbar">
        <Link to={dashboardPath(committee, period)} className="back-link">
          <span aria-hidden="true">← </span>Tillbaka till översikten
        </Link>
        <div className="report-actions">
          <a className="button" href={reportHtmlUrl(committee, period)}>
            Öppna som HTML-fil
          </a>
          <button type="button" className="button" onClick={() => window.print()} disabled={!html}>
            Skriv ut
          </button>
        </div>
      </div>
      <Downloads committee={committee} period={period} />
      {html === undefined && <h1 className="report-pending-title">Resultatrapport {periodLabel(period)}</h1>}
      {fragment.isPending && <Loading text="Hämtar rapporten …" />}
      <QueryError title="Rapporten kunde inte hämtas." query={fragment} />
      {html !== undefined && (
        <>
          {/* The same CSS as the standalone HTML file: one look for the report everywhere. */}
          <style>{REPORT_CSS}</style>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: our own server renders the fragment from the report model and escapes every text in it. */}
          <div ref={documentRef} className="report-document" dangerouslySetInnerHTML={{ __html: html }} />
        </>
      )}
    </Layout>
  );
}
