/** Generated benchmark inputs, cached outside the repository (never committed). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const CACHE = process.env.UPPFOLJNING_BENCH_CACHE ?? join(homedir(), '.cache', 'uppfoljning-bench');
const GEN = resolve(import.meta.dirname, '../../shared/tools/gen-ledger.mjs');

/** A gen-ledger SIE file with its oracle, generated once. */
export function benchLedger(vouchers: number, areas: number): { sie: string; expect: string } {
  mkdirSync(CACHE, { recursive: true });
  const base = join(CACHE, `ledger-${vouchers}-${areas}`);
  const out = { sie: `${base}.se`, expect: `${base}.expect.json` };
  if (!existsSync(out.sie) || !existsSync(out.expect)) {
    if (!existsSync(GEN)) throw new Error(`${GEN} is missing (../shared beside the project)`);
    console.log(`generating ${out.sie} …`);
    execFileSync(
      process.execPath,
      [GEN, '--vouchers', String(vouchers), '--areas', String(areas), '--out', out.sie, '--expect', out.expect],
      {
        stdio: 'inherit',
      },
    );
  }
  return out;
}
