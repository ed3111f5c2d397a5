/**
 * SIE import benchmark (issue 3): a 1M-voucher ledger from gen-ledger imported into a fresh
 * SQLite database, against a raw scan (Node reading the same file and counting its lines).
 * Target: within 8× the raw scan and under 300 MB peak RSS.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const scans = [await rawScan(), await rawScan(), await rawScan()].sort((a, b) => a - b);
const scan = scans[1] ?? 0;
const child = resolve(import.meta.dirname, '_import-child.ts');
const tsx = resolve(import.meta.dirname, '../node_modules/.bin/tsx');
const out = execFileSync(tsx, [child, sie, join(CACHE, 'bench-import.sqlite')], { encoding: 'utf8', maxBuffer: 1 << 20 });
const r = JSON.parse(out) as { seconds: number; maxRssKb: number; counts: { vouchers: number; transactions: number } };
const mb = size / 1e6;
console.log(`file            ${sie} (${mb.toFixed(1)} MB, ${r.counts.vouchers} vouchers, ${r.counts.transactions} transactions)`);
console.log(`raw scan        ${scan.toFixed(3)} s (median of 3; ${(mb / scan).toFixed(0)} MB/s)`);
console.log(`import          ${r.seconds.toFixed(2)} s, ${(mb / r.seconds).toFixed(1)} MB/s, ${Math.round(r.counts.vouchers / r.seconds)} vouchers/s`);
console.log(`peak RSS        ${(r.maxRssKb / 1024).toFixed(0)} MB (target < 300 MB)`);
console.log(`ratio           ${(r.seconds / scan).toFixed(1)}× the raw scan (target ≤ 8×)`);
