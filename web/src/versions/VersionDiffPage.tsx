import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { VersionDiff } from '#contract/index.ts';
import { useCommittee } from '../shared/committees.ts';
import { formatMoney, formatTimestamp, periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { dashboardPath, Link, navigate } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { versionDiffQuery, versionListQuery, versionsOf } from './api.ts';
import { versionDiffPath, versionsPath } from './routes.ts';
import './versions.css';
import '../shared/forms.css';

const tkr = (ore: number | null) => (ore === null ? 'saknas' : formatMoney(ore, 'tkr'));
const change = (from: number | null, to: number | null) =>
  from === null || to === null ? '' : formatMoney(to - from, 'tkr', { signed: true });

/** /:committee/:period/versioner/jamfor/:from/:to: what changed between two published versions, per area. */
export function VersionDiffPage({ committee, period, from, to }: { committee: string; period: string; from: number; to: number }) {
  const diff = useQuery(versionDiffQuery(committee, period, from, to));
  const list = useQuery(versionListQuery(committee));
  const { summary } = useCommittee(committee);
  const name = summary?.name ?? committee;
  const title = `Ändringar från version ${from} till version ${to}`;
  useDocumentTitle(`${title}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(!diff.isPending, `${committee}/${period}/${from}/${to}`);

  return (
    <Layout
      crumbs={[
        { label: 'Nämnder', to: '/' },
        { label: name, to: dashboardPath(committee, period) },
        { label: 'Publicerade versioner', to: versionsPath(committee, period) },
        { label: `Version ${from} mot ${to}` },
      ]}
      footer="Belopp i tusen kronor (tkr). Positiv avvikelse betyder bättre än budget."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, {periodLabel(period)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {diff.data && (
            <p className="lead">
              Version {from} publicerades {formatTimestamp(diff.data.from.publishedAt)} av {diff.data.from.publishedBy}, version {to}{' '}
              {formatTimestamp(diff.data.to.publishedAt)} av {diff.data.to.publishedBy}. Belopp i tkr.
            </p>
          )}
        </div>
      </div>
      <ChooseVersions
        key={`${from}/${to}`}
        committee={committee}
        period={period}
        from={from}
        to={to}
        numbers={versionsOf(list.data, period).map((v) => v.number)}
      />
      {diff.isPending && <Loading text="Jämför versionerna …" />}
      <QueryError title="Versionerna kunde inte jämföras." query={diff} />
      {diff.data && <Changes diff={diff.data} />}
      <p>
        <Link to={versionsPath(committee, period)}>Till versionerna</Link>
      </p>
    </Layout>
  );
}

function ChooseVersions(props: { committee: string; period: string; from: number; to: number; numbers: number[] }) {
  const [from, setFrom] = useState(String(props.from));
  const [to, setTo] = useState(String(props.to));
  if (props.numbers.length < 2) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(versionDiffPath(props.committee, props.period, Number(from), Number(to)));
  };
  const options = props.numbers.map((n) => (
    <option key={n} value={n}>
      Version {n}
    </option>
  ));
  return (
    <form className="version-diff-form" onSubmit={submit} aria-label="Välj versioner att jämföra">
      <label>
        Från
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        Till
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className="button">
        Jämför
      </button>
    </form>
  );
}

function Changes({ diff }: { diff: VersionDiff }) {
  if (diff.changes.length === 0) return <p>Versionerna har samma siffror och texter.</p>;
  return (
    <>
      {diff.changes.map((c) => (
        <section key={c.area ?? ''} className="version-change" aria-labelledby={`andring-${c.area ?? 'namnden'}`}>
          <h2 id={`andring-${c.area ?? 'namnden'}`}>
            {c.name}
            {c.presence === 'added' && ' (nytt område)'}
            {c.presence === 'removed' && ' (borttaget område)'}
          </h2>
          {c.figures.length > 0 && (
            <table className="version-table">
              <caption className="sr-only">Ändrade siffror för {c.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Siffra</th>
                  <th scope="col" className="amount">
                    Version {diff.from.number}
                  </th>
                  <th scope="col" className="amount">
                    Version {diff.to.number}
                  </th>
                  <th scope="col" className="amount">
                    Förändring
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.figures.map((f) => (
                  <tr key={f.figure}>
                    <th scope="row">{f.label}</th>
                    <td className="amount">{tkr(f.from)}</td>
                    <td className="amount">{tkr(f.to)}</td>
                    <td className="amount">{change(f.from, f.to)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {c.texts.map((t) => (
            <div key={t.kind}>
              <h3>{t.label}</h3>
              <TextChanges parts={t.parts} from={diff.from.number} to={diff.to.number} />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

type Part = VersionDiff['changes'][number]['texts'][number]['parts'][number];

/** A text's word diff; a rewritten text (nothing in common) as the two versions one after the other. */
function TextChanges({ parts, from, to }: { parts: Part[]; from: number; to: number }) {
  if (!parts.some((p) => p.change === 'same')) {
    return (
      <>
        {parts.map((p) => (
          <div key={p.change} className="text-diff">
            <p className="text-diff-label">{p.change === 'removed' ? `Version ${from} (borttaget)` : `Version ${to} (tillagt)`}</p>
            {p.change === 'removed' ? <del>{p.text}</del> : <ins>{p.text}</ins>}
          </div>
        ))}
      </>
    );
  }
  return (
    <p className="text-diff">
      {parts.map((p, i) =>
        p.change === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed list, never reordered
          <span key={i}>{p.text}</span>
        ) : p.change === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ins key={i}>
            <span className="sr-only">[tillagt: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <del key={i}>
            <span className="sr-only">[borttaget: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
