/**
 * Ledgers written by ../shared/tools/gen-ledger.mjs read back to its oracle to the öre: per object
 * and month, result = -(sum of the postings on profit-and-loss accounts, classes 3-8), and the same
 * over budgets, from vouchers, or from #PSALDO alone.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GEN_LEDGER, HAS_SHARED } from './fixtures/support.ts';
import { readSie } from './reader.ts';
import type { SieLedger, SiePeriodAmount } from './types.ts';

interface Oracle {
  year: number;
  months: number;
  vouchers: number;
  transRecords: number;
  areas: { object: string; name: string; resultOreByMonth: number[]; budgetOreByMonth: number[] }[];
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function generate(args: string[]): { file: string; oracle: Oracle } {
  const dir = mkdtempSync(join(tmpdir(), 'sie-gen-'));
  dirs.push(dir);
  const file = join(dir, 'ledger.se');
  const expectFile = join(dir, 'expect.json');
  execFileSync(process.execPath, [GEN_LEDGER, '--out', file, '--expect', expectFile, ...args]);
  return { file, oracle: JSON.parse(readFileSync(expectFile, 'utf8')) as Oracle };
}

/** -(sum of P&L amounts) per object and month index of the oracle's year. */
function resultByObject(rows: SiePeriodAmount[], oracle: Oracle): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    if (!/^[3-8]/.test(r.account)) continue;
    expect(r.object, `P&L posting without object: ${JSON.stringify(r)}`).not.toBeNull();
    const [y, m] = r.period.split('-').map(Number) as [number, number];
    expect(y).toBe(oracle.year);
    const months = out.get(r.object!) ?? new Array<number>(oracle.months).fill(0);
    months[m - 1]! -= r.amount;
    out.set(r.object!, months);
  }
  return out;
}

function expectOracle(ledger: SieLedger, oracle: Oracle): void {
  const actual = resultByObject(ledger.periodBalances, oracle);
  const budget = resultByObject(ledger.periodBudgets, oracle);
  for (const area of oracle.areas) {
    expect(actual.get(area.object) ?? new Array(oracle.months).fill(0), `result of ${area.object}`).toEqual(
      area.resultOreByMonth.map((x) => x + 0),
    );
    expect(budget.get(area.object), `budget of ${area.object}`).toEqual(area.budgetOreByMonth.map((x) => x + 0));
    expect(ledger.objects).toContainEqual({ dimension: 1, id: area.object, name: area.name });
  }
  expect(actual.size).toBeLessThanOrEqual(oracle.areas.length);
}

describe.skipIf(!HAS_SHARED)('gen-ledger files against their oracle', () => {
  it('plain: balances from the vouchers, #PSALDO agrees', async () => {
    const { file, oracle } = generate(['--vouchers', '2000', '--areas', '12', '--seed', '3']);
    let vouchers = 0;
    let transactions = 0;
    const ledger = await readSie(
      createReadStream(file),
      { fileName: 'ledger.se' },
      {
        voucher: (v) => {
          vouchers++;
          transactions += v.transactions.length;
          expect(v.transactions.reduce((s, t) => s + t.amount, 0)).toBe(0);
        },
      },
    );
    expect(ledger).toMatchObject({
      sieType: 4,
      encoding: 'cp437',
      checksum: 'absent',
      program: 'gen-ledger 1.0',
      companyName: 'Exempelkommun Socialnämnden',
    });
    expect(ledger.counts).toMatchObject({ vouchers: oracle.vouchers, transactions: oracle.transRecords, objects: 12, accounts: 17 });
    expect([vouchers, transactions]).toEqual([oracle.vouchers, oracle.transRecords]);
    expect(ledger.warnings.filter((w) => /#PSALDO/.test(w.message))).toEqual([]);
    expect(ledger.fiscalYears).toEqual([
      { index: 0, start: `${oracle.year}-01-01`, end: `${oracle.year}-12-31` },
      { index: -1, start: `${oracle.year - 1}-01-01`, end: `${oracle.year - 1}-12-31` },
    ]);
    expectOracle(ledger, oracle);
  });

  it('with quirks: CRLF, unknown record, escapes, ids with spaces, #RTRANS/#BTRANS, whole kronor', async () => {
    const { file, oracle } = generate(['--vouchers', '2000', '--areas', '8', '--quirks', '--seed', '5']);
    const ledger = await readSie(createReadStream(file), { fileName: 'ledger.se' });
    expect(ledger.counts).toMatchObject({ vouchers: oracle.vouchers, transactions: oracle.transRecords });
    expect(ledger.objects.map((o) => o.id)).toContain('A 1103');
    expect(ledger.objects.map((o) => o.name)).toContain('Enhet "Norr" {gamla}');
    expectOracle(ledger, oracle);
  });

  it('without vouchers: balances from #PSALDO', async () => {
    const { file, oracle } = generate(['--vouchers', '2000', '--areas', '6', '--no-ver', '--seed', '7']);
    const ledger = await readSie(createReadStream(file), { fileName: 'ledger.se' });
    expect(ledger.counts.vouchers).toBe(0);
    expectOracle(ledger, oracle);
  });

  it('without vouchers, with quirks', async () => {
    const { file, oracle } = generate(['--vouchers', '1500', '--areas', '5', '--no-ver', '--quirks', '--seed', '9']);
    expectOracle(await readSie(createReadStream(file)), oracle);
  });

  it('vouchers without #PSALDO or #PBUDGET', async () => {
    const { file, oracle } = generate(['--vouchers', '2000', '--areas', '7', '--no-psaldo', '--no-pbudget', '--seed', '13']);
    const ledger = await readSie(createReadStream(file, { highWaterMark: 1000 }));
    expect(ledger.periodBudgets).toEqual([]);
    const actual = resultByObject(ledger.periodBalances, oracle);
    for (const area of oracle.areas) expect(actual.get(area.object)).toEqual(area.resultOreByMonth.map((x) => x + 0));
  });
});
