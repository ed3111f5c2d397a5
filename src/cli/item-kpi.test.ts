/**
 * `uppfoljning item` and `uppfoljning kpi` as scripts use them: Swedish amounts and percentages,
 * --ore, --json, the exit codes (0 done, 2 bad input naming the option or the line, 3 not found).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-items-'));
const dbFile = join(dir, 'cli.sqlite');
const C = ['--committee', 'socialnamnden'];

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--db', dbFile], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** `item set` for April. */
const setApril = (...args: string[]) => run('item', 'set', ...C, '--period', '2025-04', ...args);

const report = async () => JSON.parse((await run('report', ...C, '--period', '2025-04')).out);

describe('uppfoljning item', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('sets a PO item from a salary base and Swedish or plain rates, and prints the computation', async () => {
    const r = await setApril(
      '--key',
      'po-paslag',
      '--kind',
      'po',
      '--area',
      'overgripande',
      '--salary-base',
      '120 mnkr',
      '--preliminary-rate',
      '44,5',
      '--fixed-rate',
      '42.3',
    );
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('120,0 mnkr × (44,5 % − 42,3 %) = 2,6 mnkr, ingår i Övergripande');
    expect((await report()).total.committeeItems.find((i: { key: string }) => i.key === 'po-paslag')).toMatchObject({
      result: 264_000_000,
      inputs: { salaryBase: 12_000_000_000, preliminaryRate: 445_000, fixedRate: 423_000 },
    });
  });

  it('takes a salary revision, and a grant in öre with --json', async () => {
    const s = await setApril(
      '--key',
      'loneoversyn',
      '--kind',
      'salary-revision',
      '--area',
      'Övergripande',
      '--salary-base',
      '100 000 tkr',
      '--actual-rise',
      '3,5 %',
      '--compensated-rise',
      '2,8',
    );
    expect(s.code).toBe(0);
    const g = await setApril('--key', 'bidrag', '--kind', 'grant', '--ore', '25000000', '--label', 'Nytt statsbidrag', '--json');
    expect(g.code).toBe(0);
    expect(JSON.parse(g.out)).toMatchObject({
      key: 'bidrag',
      kind: 'grant',
      area: null,
      result: 25_000_000,
      inputs: { amount: 25_000_000 },
    });
    const list = await run('item', 'list', ...C, '--period', '2025-04', '--json');
    const items = JSON.parse(list.out).items as { key: string; result: number }[];
    expect(items.find((i) => i.key === 'loneoversyn')?.result).toBe(-70_000_000);
    expect((await run('item', 'list', ...C, '--period', '2025-04')).out).toContain('PO och löneöversyn: 2,6 − 0,7 = 1,9 mnkr');
    const before = (await report()).total.forecastDeviation;
    expect((await run('item', 'remove', ...C, '--period', '2025-04', '--key', 'bidrag')).code).toBe(0);
    expect((await report()).total.forecastDeviation).toBe(before - 25_000_000);
  });

  it('exits 2 naming the option for bad input, 3 for what is not there', async () => {
    const noRate = await setApril('--key', 'x', '--kind', 'po', '--salary-base', '1 mnkr', '--preliminary-rate', '44,5');
    expect(noRate).toMatchObject({ code: 2 });
    expect(noRate.err).toContain('--fixed-rate: måste anges');
    const badAmount = await setApril('--key', 'x', '--kind', 'pot', '--amount', '12,345 kr');
    expect(badAmount.code).toBe(2);
    expect(badAmount.err).toContain('--amount: Beloppet "12,345 kr" har fler decimaler än ett helt antal öre.');
    expect((await setApril('--key', 'x', '--kind', 'bonus', '--amount', '1')).err).toContain('--kind:');
    expect((await run('item', 'remove', ...C, '--period', '2025-04', '--key', 'saknas')).code).toBe(3);
    expect((await run('item', 'list', '--committee', 'finns-inte', '--period', '2025-04')).code).toBe(3);
  });
});

describe('uppfoljning kpi', () => {
  it('defines, sets, imports and lists key figures', async () => {
    const d = await run('kpi', 'define', ...C, '--kpi', 'lss-beslut', '--name', 'LSS-beslut', '--unit', 'st', '--json');
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out)).toMatchObject({ id: 'lss-beslut', decimals: 0, target: null });
    expect((await run('kpi', 'set', ...C, '--kpi', 'lss-beslut', '--period', '2025-04', '--area', 'boende', '--value', '12')).code).toBe(0);
    const file = join(dir, 'lss.csv');
    writeFileSync(file, 'nyckeltal;område;period;värde\nLSS-beslut;boende;2025-03;9\nLSS-beslut;;2025-03;40\n');
    const imported = await run('kpi', 'import', file, ...C, '--json');
    expect(JSON.parse(imported.out)).toEqual({ saved: 2, fileName: 'lss.csv' });
    const list = JSON.parse((await run('kpi', 'list', ...C, '--period', '2025-04', '--json')).out);
    expect(
      list.values
        .filter((v: { kpi: string }) => v.kpi === 'lss-beslut')
        .map((v: { area: string | null; value: number }) => [v.area, v.value]),
    ).toEqual([
      [null, 40],
      ['boende', 9],
      ['boende', 12],
    ]);
    expect((await run('kpi', 'list', ...C, '--period', '2025-04', '--area', 'boende')).out).toContain('2025-04\tBoende');
  });

  it('exits 2 naming the option or the line and column', async () => {
    const dec = await run('kpi', 'set', ...C, '--kpi', 'lss-beslut', '--period', '2025-04', '--value', '1,5');
    expect(dec).toMatchObject({ code: 2 });
    expect(dec.err).toContain('--value: "1,5" ska vara ett heltal');
    const file = join(dir, 'fel.csv');
    writeFileSync(file, 'nyckeltal;område;period;värde\nLSS-beslut;boende;2025-03;9\nLSS-beslut;boende;2025-13;9\n');
    const bad = await run('kpi', 'import', file, ...C);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('fel.csv, rad 3, kolumn "period"');
    expect((await run('kpi', 'define', ...C, '--kpi', 'x', '--name', 'X', '--decimals', '5')).err).toContain('--decimals');
  });
});
