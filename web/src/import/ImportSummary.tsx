import type { Ref } from 'react';
import { latestPeriod, useCommittees } from '../shared/committees.ts';
import type { ImportJobJson, SieImportSummary, TableImportSummary } from '../shared/contract.ts';
import { formatMoney, periodLabel } from '../shared/format.ts';
import { dashboardPath, Link, mappingPath } from '../shared/router.tsx';
import { MonthCounts } from './MonthCounts.tsx';

const count = (n: number) => n.toLocaleString('sv-SE');
const kr = (ore: number) => formatMoney(ore, 'kr', { decimals: 2 });
const MAX_WARNINGS = 200;

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function SieDetails({ s }: { s: SieImportSummary }) {
  const c = s.counts;
  const mismatches = s.reconciliation.mismatches;
  return (
    <>
      <Facts
        rows={[
          ['SIE-typ', s.sieType === null ? 'okänd' : String(s.sieType)],
          ['Program', s.program ?? 'okänt'],
          ['Teckenkodning', s.encoding],
          ['Kontrollsumma (#KSUMMA)', s.checksum === 'ok' ? 'stämmer' : 'saknas i filen'],
          ['Räkenskapsår', s.fiscalYears.map(yearText).join(', ') || 'inga'],
        ]}
      />
      <h3>Antal</h3>
      <Facts
        rows={[
          ['Konton', count(c.accounts)],
          ['Objekt', count(c.objects)],
          ['Verifikationer', count(c.vouchers)],
          ['Transaktioner', count(c.transactions)],
          ['Periodsaldon', count(c.periodBalances)],
          ['Periodbudgetar', count(c.periodBudgets)],
          ['Nya områden', count(c.areasCreated)],
        ]}
      />
      <MonthCounts what="Verifikationer" months={(s.vouchersPerMonth ?? []).map((m) => ({ period: m.period, count: m.vouchers }))} />
      <h3>Avstämning</h3>
      <p>
        {count(s.reconciliation.accountsChecked)} konton stämdes av mot filens periodsaldon:{' '}
        {mismatches.length === 0 ? 'inga avvikelser.' : `${count(mismatches.length)} avvikelser.`}
      </p>
      {mismatches.length > 0 && (
        <table className="figures-table compact">
          <caption>Konton där filens saldo och summan av verifikationerna skiljer sig, i kronor</caption>
          <thead>
            <tr>
              <th scope="col">Konto</th>
              <th scope="col" className="num">
                Enligt filen
              </th>
              <th scope="col" className="num">
                Beräknat
              </th>
            </tr>
          </thead>
          <tbody>
            {mismatches.map((m) => (
              <tr key={m.account}>
                <th scope="row">{m.account}</th>
                <td className="num">{kr(m.expected)}</td>
                <td className="num">{kr(m.computed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Varningar</h3>
      {s.warnings.length === 0 ? (
        <p>Inga varningar.</p>
      ) : (
        <>
          <ul className="warnings">
            {s.warnings.slice(0, MAX_WARNINGS).map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id and never reorder.
              <li key={i}>
                {w.line > 0 && <span className="warning-line">Rad {w.line}: </span>}
                {w.message}
              </li>
            ))}
          </ul>
          {s.warnings.length > MAX_WARNINGS && <p>… och {count(s.warnings.length - MAX_WARNINGS)} varningar till.</p>}
        </>
      )}
    </>
  );
}

/** "2025-01-01 – 2025-12-31 (innevarande, nytt för nämnden: 1 234 utfallsbelopp, 456 budgetbelopp)" */
function yearText(y: SieImportSummary['fiscalYears'][number]): string {
  const notes = [
    y.index === 0 ? 'innevarande' : null,
    y.newToCommittee ? 'nytt för nämnden' : null,
    y.actuals !== undefined ? `${count(y.actuals)} utfallsbelopp, ${count(y.budgets ?? 0)} budgetbelopp` : null,
  ].filter(Boolean);
  return `${y.start} – ${y.end}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

const MAX_CODES = 30;
const listed = (items: string[]) =>
  items.length > MAX_CODES ? `${items.slice(0, MAX_CODES).join(', ')} … (${count(items.length)} st.)` : items.join(', ') || 'inga';

function TableDetails({ s }: { s: TableImportSummary }) {
  const r = s.replaced;
  return (
    <>
      <TableFacts s={s} />
      <MonthCounts what="Rader" months={(s.rowsPerPeriod ?? []).map((m) => ({ period: m.period, count: m.rows }))} />
      {r && (
        <>
          <h3>Ersatt</h3>
          <p>Filen ersatte beloppen för {count(r.pairs)} par av period och ansvar; andra ansvar i perioderna är orörda.</p>
          <Facts
            rows={[
              ['Perioder', listed(r.periods)],
              ['Ansvar', listed(r.codes)],
              ['Summa före', kr(r.before)],
              ['Summa efter', kr(r.after)],
              ...(s.kind === 'actual' ? ([['Borttagna konteringar', count(r.postingsRemoved)]] as [string, string][]) : []),
            ]}
          />
        </>
      )}
      {(s.warnings ?? []).length > 0 && (
        <>
          <h3>Varningar</h3>
          <ul className="warnings">
            {(s.warnings ?? []).map((w) => (
              <li key={w.message}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function TableFacts({ s }: { s: TableImportSummary }) {
  return (
    <Facts
      rows={[
        ['Typ', s.kind === 'actual' ? 'Utfall' : 'Budget'],
        ['Rader', count(s.rows)],
        ['Belopp (period, konto, ansvar)', count(s.counts.amounts)],
        ['Ansvar', count(s.counts.codes)],
        ['Nya områden', count(s.counts.areasCreated)],
        ['Perioder', s.periods.length ? `${s.periods[0]} – ${s.periods[s.periods.length - 1]}` : 'inga'],
        ['Summa (bokföringens tecken)', kr(s.total)],
      ]}
    />
  );
}

/** What the import did: counts, encoding, checksum, fiscal years, reconciliation and warnings. */
export function ImportSummary({ job, headingRef }: { job: ImportJobJson; headingRef: Ref<HTMLHeadingElement> }) {
  const committees = useCommittees();
  const s = job.summary;
  if (!s) return null;
  const committee = committees.data?.find((c) => c.id === job.committee);
  const latest = committee ? latestPeriod(committee) : undefined;
  return (
    <section className="form-panel status-success import-summary" aria-labelledby="import-summary-heading">
      <h2 id="import-summary-heading" ref={headingRef} tabIndex={-1}>
        {s.unchanged ? 'Filen är redan inläst: inget ändrades' : 'Importen är klar'}
      </h2>
      <Facts
        rows={[
          ['Fil', s.fileName],
          ['Nämnd', committee ? `${committee.name} (${job.committee})` : job.committee],
          ['SHA-256', s.sha256],
        ]}
      />
      {'sieType' in s ? <SieDetails s={s} /> : <TableDetails s={s} />}
      <p className="form-actions">
        {latest && (
          <Link className="button button-primary" to={dashboardPath(job.committee, latest)}>
            Visa översikten för {periodLabel(latest)}
          </Link>
        )}
        <Link className="button" to={mappingPath(job.committee)}>
          Mappa ansvar till områden
        </Link>
      </p>
    </section>
  );
}
