import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AuditEntryJson } from '#contract/index.ts';
import { AUDIT_ENTITIES, entityLabel } from '#core/audit.ts';
import { latestPeriod, useCommittee } from '../shared/committees.ts';
import { formatTimestamp, periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { mappingQuery } from '../shared/queries.ts';
import { dashboardPath } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { type AuditFilters, auditCsvUrl, fetchAuditPage } from './auditApi.ts';
import { readableValue } from './auditValue.ts';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './audit.css';

const PAGE_SIZE = 50;
const NO_FILTERS: AuditFilters = { area: '', period: '', entity: '' };

function Value({ entity, value }: { entity: string; value: unknown }) {
  const lines = readableValue(entity, value);
  if (lines.length === 0) return <span className="audit-none">–</span>;
  return (
    <ul className="audit-value">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one value never move.
        <li key={i}>
          {l.label && <span className="audit-field">{l.label}: </span>}
          {l.text}
        </li>
      ))}
    </ul>
  );
}

function Row({ e }: { e: AuditEntryJson }) {
  return (
    <tr>
      <td>
        <time dateTime={e.at}>{formatTimestamp(e.at)}</time>
      </td>
      <td>{e.user}</td>
      <td>{e.areaName ?? 'Nämnden'}</td>
      <td>{e.period ? periodLabel(e.period) : '–'}</td>
      <td>
        {e.entityLabel}
        <span className="audit-key"> {e.key}</span>
      </td>
      <td>{e.actionLabel}</td>
      <td>
        <Value entity={e.entity} value={e.before} />
      </td>
      <td>
        <Value entity={e.entity} value={e.after} />
      </td>
    </tr>
  );
}

/** /:committee/andringslogg: every change of the committee, who made it and when, with its value before and after. */
export function AuditPage({ committee }: { committee: string }) {
  const id = useId();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const { summary } = useCommittee(committee);
  const areas = useQuery(mappingQuery(committee)).data?.areas ?? [];
  const log = useQuery({
    queryKey: ['audit', committee, filters, offset],
    queryFn: ({ signal }) => fetchAuditPage(committee, filters, { limit: PAGE_SIZE, offset }, signal),
    placeholderData: keepPreviousData,
  });
  const data = log.isError ? undefined : log.data;
  const name = data?.committee.name ?? summary?.name;
  const latest = summary ? latestPeriod(summary) : undefined;
  useDocumentTitle(`Ändringslogg${name ? `, ${name}` : ''}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!log.isPending, `audit/${committee}`);
  const set = (field: keyof AuditFilters) => (value: string) => {
    setFilters((f) => ({ ...f, [field]: value }));
    setOffset(0);
  };
  const select = (field: keyof AuditFilters, label: string, options: readonly { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select id={`${id}-${field}`} value={filters[field]} onChange={(e) => set(field)(e.target.value)}>
        <option value="">Alla</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const shownTo = data ? Math.min(data.offset + data.entries.length, data.total) : 0;

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        ...(latest ? [{ label: name ?? committee, to: dashboardPath(committee, latest) }] : [{ label: name ?? committee }]),
        { label: 'Ändringslogg' },
      ]}
      footer="Belopp i kronor. Loggen visar varje ändring med värdet före och efter; den ändras aldrig i efterhand."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">{name ?? committee}</p>
          <h1 ref={heading} tabIndex={-1}>
            Ändringslogg
          </h1>
          <p className="lead">Vem som ändrade vad och när: texter, prognoser, budget, poster, nyckeltal, mappning och importer.</p>
        </div>
      </div>
      <search className="audit-filters" aria-label="Filtrera ändringsloggen">
        {select(
          'area',
          'Område',
          areas.map((a) => ({ value: a.id, label: a.name })),
        )}
        {select(
          'period',
          'Period',
          [...(summary?.periods ?? [])].reverse().map((p) => ({ value: p, label: periodLabel(p) })),
        )}
        {select(
          'entity',
          'Vad',
          AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) })),
        )}
        <a className="button" href={auditCsvUrl(committee, filters)} download>
          Ladda ner CSV
        </a>
      </search>
      {log.isPending && <Loading text="Hämtar ändringsloggen …" />}
      {log.isError && <QueryError title="Ändringsloggen kunde inte hämtas." query={log} />}
      {data && (
        <div aria-busy={log.isFetching}>
          <p role="status" className="audit-count">
            {data.total === 0
              ? 'Inga ändringar med det filtret.'
              : `Visar ${data.offset + 1}–${shownTo} av ${data.total} ändringar, nyaste först.`}
          </p>
          {data.entries.length > 0 && (
            <div className="audit-scroll">
              <table className="audit-table">
                <caption className="sr-only">Ändringar, nyaste först</caption>
                <thead>
                  <tr>
                    <th scope="col">Tid</th>
                    <th scope="col">Användare</th>
                    <th scope="col">Område</th>
                    <th scope="col">Period</th>
                    <th scope="col">Vad</th>
                    <th scope="col">Åtgärd</th>
                    <th scope="col">Före</th>
                    <th scope="col">Efter</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <Row key={e.id} e={e} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.total > PAGE_SIZE && (
            <nav className="audit-pages" aria-label="Sidor i ändringsloggen">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                Nyare
              </button>
              <button type="button" className="button" disabled={shownTo >= data.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                Äldre
              </button>
            </nav>
          )}
        </div>
      )}
    </Layout>
  );
}
