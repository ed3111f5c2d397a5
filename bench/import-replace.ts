/**
 * Replace benchmark (issue 7, undo): the 1M-voucher ledger imported into a fresh database, then a
 * newer export of the same fiscal year (the same file with another #GEN date) imported over it,
 * timed: what replacing a year costs, journal for undo included; then the first file again over
 * it (dropping the journal the second left), and the undo of that. SQLite, then PostgreSQL when
 * UPPFOLJNING_TEST_PG or DATABASE_URL names a server. Each run in a child process of its own.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ChildResult, inFreshPostgres, mb, runChild } from './_children.ts';
import { benchLedger, CACHE } from './_ledger.ts';

const vouchers = Number(process.env.BENCH_VOUCHERS ?? 1_000_000);
const { sie } = benchLedger(vouchers, 40);
const newer = join(CACHE, `ledger-${vouchers}-40.newer.se`);
if (!existsSync(newer)) {
  // The same bytes but the generation date: another SHA-256, the same fiscal year and vouchers.
  let first = true;
  await pipeline(
    createReadStream(sie),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        if (first) {
          first = false;
          const at = chunk.indexOf('#GEN ');
          if (at < 0) throw new Error(`${sie}: no #GEN line`);
          chunk.write('#GEN 19991231', at, 'latin1');
        }
        yield chunk;
      }
    },
    createWriteStream(newer),
  );
}

const onPostgres = (url: string): Promise<ChildResult> =>
  inFreshPostgres(url, `uppf_bench_replace_${process.pid}`, (target) => runChild('_replace-child', sie, newer, target));

const line = (label: string, r: ChildResult & { againSeconds?: number; undoSeconds?: number }) =>
  console.log(
    `${label.padEnd(22)} ${r.seconds.toFixed(2).padStart(6)} s  ${mb(r.maxRssKb).padStart(7)}  ${Math.round(r.counts.vouchers / r.seconds)
      .toString()
      .padStart(7)} vouchers/s; the first file again over it ${(r.againSeconds ?? 0).toFixed(2)} s` +
      (r.undoSeconds === undefined ? '' : `; undo of that ${r.undoSeconds.toFixed(2)} s`),
  );
const sqlite = runChild('_replace-child', sie, newer, join(CACHE, 'bench-replace.sqlite'));
console.log(`file                   ${sie} then ${newer} (${sqlite.counts.vouchers} vouchers, ${sqlite.counts.transactions} postings)`);
console.log('                       seconds  peak RSS');
line('replace, SQLite', sqlite);
const pgUrl = process.env.UPPFOLJNING_TEST_PG || process.env.DATABASE_URL;
if (pgUrl) line('replace, PostgreSQL', await onPostgres(pgUrl));
else console.log('replace, PostgreSQL    skipped (set UPPFOLJNING_TEST_PG or DATABASE_URL)');
