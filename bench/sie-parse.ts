/**
 * Benchmark of the streaming SIE reader against a raw scan of the same file.
 *
 *   npm run bench -- sie-parse [FILE] [--runs 3] [--chunk 65536]
 *
 * Without FILE it uses (and makes once) the 1M-voucher ledger of `npm run bench -- import`.
 *
 * Per run, in turn: the raw scan (fs stream, counting '\n' bytes), readSie without a sink, and
 * readSie with a sink that receives every voucher (as an importer does). Prints the best run of
 * each (the first run includes the JIT's warm-up): seconds, MB/s, vouchers/s, the ratio to the raw
 * scan, and the peak RSS of the process.
 */
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readSie } from '#ledger/sie/index.ts';
import { benchLedger } from './_ledger.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, chunk: { type: 'string', default: String(64 * 1024) } },
});
// Without a file: the cached 1M-voucher ledger of `npm run bench -- import`.
const file = positionals[0] ?? benchLedger(1_000_000, 40).sie;
const runs = Number(values.runs);
const highWaterMark = Number(values.chunk);
const bytes = statSync(file).size;
const stream = () => createReadStream(file, { highWaterMark });

async function rawScan(): Promise<number> {
  let lines = 0;
  for await (const chunk of stream() as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

interface Best {
  seconds: number;
  /** CPU time of the process (user + system, all threads: GC runs beside the main thread). */
  cpu: number;
  vouchers: number;
}

async function time(fn: () => Promise<number>): Promise<Best> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const vouchers = await fn();
  const c = process.cpuUsage(c0);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6, vouchers };
}

const best: Record<string, Best> = {};
const keep = (name: string, r: Best) => {
  if (!best[name] || r.seconds < best[name].seconds) best[name] = r;
};
const rssBefore = process.memoryUsage().rss;
let lines = 0;
for (let run = 0; run < runs; run++) {
  keep('raw scan', await time(async () => (lines = await rawScan())));
  keep('readSie', await time(async () => (await readSie(stream())).counts.vouchers));
  let seen = 0;
  keep('readSie + sink', await time(async () => (await readSie(stream(), {}, { voucher: () => void seen++ })).counts.vouchers));
  if (seen !== best['readSie + sink']!.vouchers) throw new Error('the sink missed vouchers');
}

const mb = bytes / 1e6;
const raw = best['raw scan']!.seconds;
console.log(`${file}: ${mb.toFixed(1)} MB, ${lines} lines, chunks of ${highWaterMark} bytes, best of ${runs}`);
for (const [name, r] of Object.entries(best)) {
  const perSecond = name === 'raw scan' ? '' : `  ${(r.vouchers / r.seconds / 1e6).toFixed(2)} M vouchers/s`;
  console.log(
    `${name.padEnd(15)} ${r.seconds.toFixed(3)} s (cpu ${r.cpu.toFixed(3)} s)  ${(mb / r.seconds).toFixed(0).padStart(5)} MB/s${perSecond}  ×${(r.seconds / raw).toFixed(2)} raw scan`,
  );
}
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`peak RSS ${(peak / 1e6).toFixed(0)} MB (${(rssBefore / 1e6).toFixed(0)} MB before the first run)`);
