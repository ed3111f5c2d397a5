/**
 * SIE import benchmark (issues 3 and 6): the 1M-voucher ledger from gen-ledger imported into a
 * fresh SQLite database, its vouchers and postings stored as rows, against the floor measured in
 * the same run (bench/import-floor.ts: the same rows inserted by a bare better-sqlite3 loop from
 * memory). Target: at most 1.5× the floor, under 300 MB peak RSS. Then the same import on
 * PostgreSQL (COPY) when UPPFOLJNING_TEST_PG (an admin URL) or DATABASE_URL names a server: into a
 * fresh database there, dropped afterwards. Each import runs in a child process of its own.
 */
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ChildResult, inFreshPostgres, mb, runChild } from './_children.ts';
import { benchLedger, CACHE } from './_ledger.ts';

const vouchers = Number(process.env.BENCH_VOUCHERS ?? 1_000_000);
const { sie } = benchLedger(vouchers, 40);
const size = statSync(sie).size;

async function rawScan(): Promise<number> {
  const t0 = performance.now();
  let lines = 0;
  for await (const chunk of createReadStream(sie, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let i = -1;
    while ((i = chunk.indexOf(10, i + 1)) !== -1) lines++;
  }
  if (lines === 0) throw new Error('empty file');
  return (performance.now() - t0) / 1000;
}

/** Imports into a fresh database on the PostgreSQL server of `url`, then drops it. */
const onPostgres = (url: string): Promise<ChildResult> =>
  inFreshPostgres(url, `uppf_bench_import_${process.pid}`, (target) => runChild('_import-child', sie, target));

const scans = [await rawScan(), await rawScan(), await rawScan()].sort((a, b) => a - b);
const scan = scans[1] ?? 0;
const floor = runChild('_floor-child', sie, join(CACHE, 'bench-floor.sqlite'));
const sqlite = runChild('_import-child', sie, join(CACHE, 'bench-import.sqlite'));
const pgUrl = process.env.UPPFOLJNING_TEST_PG || process.env.DATABASE_URL;
const postgres = pgUrl ? await onPostgres(pgUrl) : null;

const megabytes = size / 1e6;
const line = (label: string, r: ChildResult, extra: string) =>
  console.log(
    `${label.padEnd(22)} ${r.seconds.toFixed(2).padStart(6)} s  ${mb(r.maxRssKb).padStart(7)}  ${Math.round(r.counts.vouchers / r.seconds)
      .toString()
      .padStart(7)} vouchers/s  ${extra}`,
  );
console.log(
  `file                   ${sie} (${megabytes.toFixed(1)} MB, ${sqlite.counts.vouchers} vouchers, ${sqlite.counts.transactions} postings)`,
);
console.log(`raw scan               ${scan.toFixed(3)} s (median of 3; ${(megabytes / scan).toFixed(0)} MB/s)`);
console.log('                       seconds  peak RSS');
line('floor (bare SQLite)', floor, '(rows held in memory count in its RSS)');
line(
  'import, SQLite',
  sqlite,
  `${(sqlite.seconds / floor.seconds).toFixed(2)}× the floor (target ≤ 1.5×), RSS target < 300 MB; ${(sqlite.seconds / scan).toFixed(0)}× the raw scan`,
);
if (postgres) line('import, PostgreSQL', postgres, `${(postgres.seconds / floor.seconds).toFixed(2)}× the SQLite floor (COPY)`);
else console.log('import, PostgreSQL     skipped (set UPPFOLJNING_TEST_PG or DATABASE_URL)');
