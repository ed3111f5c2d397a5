/**
 * `npm run bench -- fuzz [SEED]`: the readers against mutated inputs (test/helpers/fuzz-inputs.ts):
 * 100 000 SIE (conformance files and generated ones), 20 000 CSV and 20 000 XLSX, each read in a
 * worker thread (two at a time) that is killed when one input takes longer than 10 s. Prints per
 * format the clean errors (SieError/TableError), inputs read with and without warnings, crashes
 * (any other exception: the first examples with format, seed and input number to reproduce) and
 * slow inputs (over 1 s). Target: zero crashes, zero slow inputs. FUZZ_SCALE=0.1 runs a tenth,
 * FUZZ_FORMATS=csv,xlsx only those formats.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Format } from '#test/helpers/read-outcome.ts';

const seed = Number(process.argv[2] ?? 1);
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const COUNTS: [Format, number][] = [
  ['sie', Math.round(100_000 * scale)],
  ['csv', Math.round(20_000 * scale)],
  ['xlsx', Math.round(20_000 * scale)],
];
const WORKERS = 2;
const SLOW_MS = 1000;
const KILL_MS = 10_000;

interface Tally {
  error: number;
  warned: number;
  accepted: number;
  crash: number;
  slow: number;
  killed: number;
  examples: string[];
  slowest: number;
}

const dir = mkdtempSync(join(tmpdir(), 'uppf-fuzz-'));

/** Runs inputs [from, to) in a worker, restarting it past an input that hangs. */
async function run(format: Format, from: number, to: number, tally: Tally, wdir: string): Promise<void> {
  let next = from;
  while (next < to) {
    next = await new Promise<number>((resolve) => {
      // A worker thread runs TypeScript through tsx's loader, registered in the thread itself.
      const script = JSON.stringify(new URL('./_fuzz-worker.ts', import.meta.url).href);
      const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${script}); })`, {
        eval: true,
        workerData: { format, seed, from: next, to, dir: wdir },
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      });
      let current = next;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          tally.killed++;
          tally.slow++;
          if (tally.examples.length < 5) tally.examples.push(`${format} seed ${seed} input ${current}: killed after ${KILL_MS} ms`);
          void worker.terminate();
          resolve(current + 1);
        }, KILL_MS);
      };
      worker.on('message', (m: { i: number; started?: boolean; kind: string; warnings: number; ms: number; error?: string }) => {
        current = m.i;
        if (m.started) return arm();
        if (m.ms > SLOW_MS) {
          tally.slow++;
          if (tally.examples.length < 5) tally.examples.push(`${format} seed ${seed} input ${m.i}: slow, ${m.ms.toFixed(0)} ms`);
        }
        tally.slowest = Math.max(tally.slowest, m.ms);
        if (m.kind === 'error') tally.error++;
        else if (m.kind === 'crash') {
          tally.crash++;
          if (tally.examples.length < 5) tally.examples.push(`${format} seed ${seed} input ${m.i}: ${m.error}`);
        } else if (m.warnings > 0) tally.warned++;
        else tally.accepted++;
      });
      worker.on('error', (e) => {
        clearTimeout(timer);
        tally.crash++;
        if (tally.examples.length < 5) tally.examples.push(`${format} seed ${seed} input ${current}: worker died: ${e.message}`);
        resolve(current + 1);
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve(to);
      });
    });
  }
}

const started = performance.now();
console.log(`fuzz: seed ${seed}, ${WORKERS} worker threads, slow > ${SLOW_MS} ms, killed after ${KILL_MS} ms`);
let crashes = 0;
let slow = 0;
const only = process.env.FUZZ_FORMATS?.split(',');
for (const [format, n] of COUNTS.filter(([f]) => !only || only.includes(f))) {
  const t = performance.now();
  const tally: Tally = { error: 0, warned: 0, accepted: 0, crash: 0, slow: 0, killed: 0, examples: [], slowest: 0 };
  const per = Math.ceil(n / WORKERS);
  await Promise.all(
    Array.from({ length: WORKERS }, (_, w) => run(format, w * per, Math.min(n, (w + 1) * per), tally, mkdtempSync(join(dir, `w${w}-`)))),
  );
  const s = ((performance.now() - t) / 1000).toFixed(1);
  console.log(
    `${format.padEnd(4)} ${String(n).padStart(7)} inputs in ${s} s: clean errors ${tally.error}, accepted with warnings ${tally.warned}, ` +
      `accepted ${tally.accepted}, crashes ${tally.crash}, slow ${tally.slow} (killed ${tally.killed}; slowest ${tally.slowest.toFixed(0)} ms)`,
  );
  for (const e of tally.examples) console.log(`  ${e}`);
  crashes += tally.crash;
  slow += tally.slow;
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `total ${((performance.now() - started) / 1000).toFixed(1)} s: crashes ${crashes}, slow ${slow}${crashes + slow === 0 ? ' (target met)' : ''}`,
);
process.exitCode = crashes + slow === 0 ? 0 : 1;
