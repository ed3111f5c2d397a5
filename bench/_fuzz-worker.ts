/** Worker of bench/fuzz.ts: reads inputs [from, to) of one format and seed, posting each outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { fuzzInput } from '#test/helpers/fuzz-inputs.ts';
import { type Format, readOutcome } from '#test/helpers/read-outcome.ts';

const { format, seed, from, to, dir } = workerData as { format: Format; seed: number; from: number; to: number; dir: string };
for (let i = from; i < to; i++) {
  parentPort?.postMessage({ i, started: true });
  const bytes = await fuzzInput(format, seed, i);
  const t = performance.now();
  const outcome = await readOutcome(format, bytes, [], dir);
  const ms = performance.now() - t;
  const warnings = outcome.kind === 'accepted' ? outcome.warnings : 0;
  const error = outcome.kind === 'crash' ? String((outcome.error as Error)?.stack ?? outcome.error).slice(0, 600) : undefined;
  parentPort?.postMessage({ i, kind: outcome.kind, warnings, ms, error });
}
