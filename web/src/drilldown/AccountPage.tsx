import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCommittee } from '../shared/committees.ts';
import type { AccountVouchers } from '../shared/contract.ts';
import { formatMoney, krCell, periodLabel, periodSpanLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { drillQuery, postingsQuery } from '../shared/queries.ts';
import { areaPath, dashboardPath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import '../dashboard/dashboard.css';
import './drilldown.css';

const FIRST_LIMIT = 500;
const MAX_LIMIT = 10_000;
const FOOTER = 'Belopp i kronor med bokföringens tecken: debet (kostnad) positivt, kredit (intäkt) negativt.';

function PostingsTable({ postings, caption }: { postings: AccountVouchers; caption: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll the wide table (axe: scrollable-region-focusable).
    <div className="table-scroll" role="region" aria-labelledby="postings-caption" tabIndex={0}>
      <table className="figures-table postings-table">
        <caption id="postings-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Verifikation</th>
            <th scope="col">Text</th>
            <th scope="col">Ansvar</th>
            <th scope="col" className="num">
              Belopp (kr)
            </th>
          </tr>
        </thead>
        <tbody>
          {postings.vouchers.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a voucher may post the same account twice; the list never reorders.
            <tr key={i}>
              <td className="nowrap">{v.date}</td>
              <th scope="row" className="nowrap">
                {`${v.series} ${v.number}`.trim()}
              </th>
              <td>{v.text || <span className="missing">(ingen text)</span>}</td>
              <td>{v.code || <span className="missing">(inget)</span>}</td>
              {/* Ledger sign: a credit (income) is negative without being bad, so no red here. */}
              <td className="num">{krCell(v.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Summa{postings.complete ? '' : ' av de visade'}
            </th>
            <td className="num">{krCell(postings.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** …/omrade/:area/konto/:account: the postings behind an account's figure in an area. */
export function AccountPage({ committee, period, area, account }: { committee: string; period: string; area: string; account: string }) {
  const [limit, setLimit] = useState(FIRST_LIMIT);
  const key = `${committee}/${period}/${area}/${account}`;
  const postings = useQuery(postingsQuery(committee, period, area, account, limit));
  const drill = useQuery(drillQuery(committee, period, area));
  const { summary } = useCommittee(committee);
  const committeeName = summary?.name ?? committee;
  const areaName = drill.data?.area.name ?? postings.data?.area.name;
  const figures = drill.data?.groups.flatMap((g) => g.accounts).find((a) => a.account === account);
  const title = `Konto ${account}${figures ? ` ${figures.name}` : ''}`;
  useDocumentTitle(`${title}, ${areaName ?? area}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!postings.isPending, key);
  const data = postings.isError ? undefined : postings.data;
  const ytd = data && periodSpanLabel(data.fiscalYear.start, data.period);

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        { label: committeeName, to: dashboardPath(committee, period) },
        { label: areaName ?? area, to: areaPath(committee, period, area) },
        { label: `Konto ${account}` },
      ]}
      footer={FOOTER}
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {areaName ?? area}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="lead">Konteringar{ytd && ` ackumulerat ${ytd}`}, senaste först</p>
        </div>
        <Link to={areaPath(committee, period, area)} className="back-link">
          <span aria-hidden="true">← </span>Tillbaka till området
        </Link>
      </div>
      {postings.isPending && <Loading text="Hämtar konteringarna …" />}
      <QueryError title="Konteringarna kunde inte hämtas." query={postings} />
      {data && ytd && (
        <section aria-labelledby="postings-heading" aria-busy={postings.isPlaceholderData}>
          <h2 id="postings-heading">Konteringar</h2>
          {data.vouchers.length === 0 ? (
            <p>Inga konteringar på kontot i området för perioden. Beloppet kan komma från periodsaldon utan verifikationer.</p>
          ) : (
            <PostingsTable
              postings={data}
              caption={`Konteringar på konto ${account} i ${data.area.name}, ${ytd}. Belopp i kronor med bokföringens tecken: debet (kostnad) positivt, kredit (intäkt) negativt.`}
            />
          )}
          <ul className="table-notes">
            {!data.complete && (
              <li className="cut-note">
                Listan är avkortad: de {data.vouchers.length.toLocaleString('sv-SE')} senaste konteringarna visas, och summan gäller bara
                dem.{' '}
                {limit < MAX_LIMIT && (
                  <button type="button" className="button button-small" onClick={() => setLimit(MAX_LIMIT)}>
                    Visa upp till {MAX_LIMIT.toLocaleString('sv-SE')}
                  </button>
                )}
              </li>
            )}
            {figures && data.complete && -data.total === figures.actualResult && (
              <li>
                Summan med omvänt tecken, {formatMoney(figures.actualResult, 'kr', { decimals: 2 })}, är kontots resultat i området
                (utfallet i tabellen för området).
              </li>
            )}
            {figures && data.complete && -data.total !== figures.actualResult && (
              <li>
                Kontots resultat i området är {formatMoney(figures.actualResult, 'kr', { decimals: 2 })}. Skillnaden mot konteringarna
                kommer från periodsaldon som lästes in utan verifikationer.
              </li>
            )}
          </ul>
        </section>
      )}
    </Layout>
  );
}
