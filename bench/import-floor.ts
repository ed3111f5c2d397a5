/**
 * The floor of a ledger import (issue 6): the vouchers and postings of the 1M-voucher ledger of
 * `npm run bench -- import`, held in memory, inserted as rows into a fresh SQLite database by a
 * bare better-sqlite3 loop (prepared statements, one transaction) into the project's tables.
 * Prints seconds and peak RSS (which includes the rows held in memory).
 */
import { join } from 'node:path';
import { mb, runChild } from './_children.ts';
import { benchLedger, CACHE } from './_ledger.ts';

const { sie } = benchLedger(Number(process.env.BENCH_VOUCHERS ?? 1_000_000), 40);
const r = runChild('_floor-child', sie, join(CACHE, 'bench-floor.sqlite'));
console.log(`rows            ${r.counts.vouchers} vouchers, ${r.counts.transactions} postings`);
console.log(`import floor    ${r.seconds.toFixed(2)} s (bare better-sqlite3 loop), peak RSS ${mb(r.maxRssKb)}`);
