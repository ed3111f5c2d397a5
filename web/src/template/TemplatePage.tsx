import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TemplateJson } from '#contract/index.ts';
import { mayIn, useSession } from '../session/session-context.ts';
import { latestPeriod, useCommittee } from '../shared/committees.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, Link, reportPath } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { MaterialityForm } from '../texts/MaterialityForm.tsx';
import { afterTemplateChange, templateQuery } from './api.ts';
import { LogoForm } from './LogoForm.tsx';
import { TemplateForm } from './TemplateForm.tsx';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import '../mapping/mapping.css';
import '../texts/texts.css';
import './template.css';

/** /:committee/rapportmall: the committee's report template (controllers and administrators). */
export function TemplatePage({ committee }: { committee: string }) {
  const client = useQueryClient();
  const query = useQuery(templateQuery(committee));
  const { summary } = useCommittee(committee);
  const data = query.isError ? undefined : query.data;
  const name = data?.committeeName ?? summary?.name ?? committee;
  const latest = summary ? latestPeriod(summary) : undefined;
  useDocumentTitle(`Rapportmall, ${name}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!query.isPending, `template/${committee}`);
  const [message, setMessage] = useState('');
  const writes = mayIn(useSession(), committee, 'write');
  // The form is rebuilt from the stored template when it is read in again (after a save, a reset or a conflict).
  const [generation, setGeneration] = useState(0);
  // The version the form's edits start from: the page's own logo changes move it on.
  const [version, setVersion] = useState<number | null>(null);
  const baseVersion = version ?? data?.version ?? 0;

  const saved = (t: TemplateJson, text: string) => {
    setVersion(t.version);
    setGeneration((g) => g + 1);
    setMessage(text);
  };
  const logoChanged = (t: TemplateJson, text: string) => {
    void afterTemplateChange(client, committee, t);
    // Only our own change moves the form on; someone else's save in between still makes the form's save stale.
    if (t.version === baseVersion + 1) setVersion(t.version);
    setMessage(text);
  };
  const reload = async () => {
    const fresh = await client.fetchQuery({ ...templateQuery(committee), staleTime: 0 });
    setVersion(fresh.version);
    setGeneration((g) => g + 1);
    setMessage('Den sparade mallen är inläst.');
  };

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        ...(latest ? [{ label: name, to: dashboardPath(committee, latest) }] : [{ label: name }]),
        { label: 'Rapportmall' },
      ]}
      footer="Mallen gäller nämndens rapporter från nu; en publicerad version behåller det utseende den publicerades med."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">{name}</p>
          <h1 ref={heading} tabIndex={-1}>
            Rapportmall
          </h1>
          <p className="lead">
            Vilka avsnitt rapporten har, i vilken ordning och under vilka rubriker, försättsbladet, diagram och nyckeltal.
          </p>
        </div>
        {latest && (
          <Link className="button" to={reportPath(committee, latest)}>
            Visa rapporten
          </Link>
        )}
      </div>
      <p className="status-message" role="status">
        {message}
      </p>
      {query.isPending && <Loading text="Hämtar rapportmallen …" />}
      {query.isError && <QueryError title="Rapportmallen kunde inte hämtas." query={query} />}
      {data && !writes && <p className="status">Bara nämndens controller och administratörer kan ändra rapportmallen.</p>}
      {data && writes && (
        <>
          {data.isDefault && <p>Nämnden har standardmallen: samma avsnitt och rubriker som förlagan.</p>}
          <TemplateForm
            key={generation}
            template={data}
            version={baseVersion}
            onSaved={saved}
            onReload={() => void reload()}
            onAnnounce={setMessage}
          />
          <LogoForm key={`logo-${generation}`} template={data} onChanged={logoChanged} />
          <MaterialityForm committee={committee} period={latest ?? ''} threshold={data.materialityThreshold} />
        </>
      )}
    </Layout>
  );
}
