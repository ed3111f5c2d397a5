/**
 * ../shared (the seed, the conformance corpus, gen-ledger) sits beside the project in development
 * and in CI. A clone without it may skip the tests that read it, saying so; CI never does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CONFORMANCE_SIE = join(SHARED, 'conformance/sie');
export const GEN_LEDGER = join(SHARED, 'tools/gen-ledger.mjs');
export const HAS_SHARED = existsSync(GEN_LEDGER) && existsSync(CONFORMANCE_SIE);
if (!HAS_SHARED) {
  if (process.env.CI === 'true') throw new Error(`CI=true but ${SHARED} is missing`);
  console.warn(`${SHARED} is missing: the tests that read it are skipped`);
}

export interface GeneratedLedger {
  sie: string;
  expect: string;
  csv: string;
}

/** Runs gen-ledger into a fresh temporary folder. */
export function generateLedger(args: string[]): GeneratedLedger {
  const dir = mkdtempSync(join(tmpdir(), 'uppf-gen-'));
  const out = { sie: join(dir, 'ledger.se'), expect: join(dir, 'expect.json'), csv: join(dir, 'tx.csv') };
  execFileSync(process.execPath, [GEN_LEDGER, '--out', out.sie, '--expect', out.expect, '--csv', out.csv, ...args]);
  return out;
}

export interface Oracle {
  year: number;
  months: number;
  vouchers: number;
  transRecords: number;
  total: { resultOre: number; budgetOre: number; deviationOre: number };
  areas: { object: string; name: string; resultOreByMonth: number[]; budgetOreByMonth: number[] }[];
}
