/**
 * `uppfoljning decision|budget|investment` as scripts use them: each changes the report JSON as
 * it says, refuses bad input with exit code 2 and a message naming the option, and leaves the
 * database unchanged when it refuses.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';

const dbFile = join(mkdtempSync(join(tmpdir(), 'uppf-budget-cli-')), 'cli.sqlite');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--db', dbFile], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}
const C = ['--committee', 'socialnamnden'];
const report = async (period = '2025-04') => JSON.parse((await run('report', ...C, '--period', period)).out);
// biome-ignore lint/suspicious/noExplicitAny: the report JSON as a script reads it
const area = (r: { areas: any[] }, id: string) => {
  const a = r.areas.find((x) => x.code === id);
  if (!a) throw new Error(id);
  return a;
};

describe('uppfoljning decision, budget and investment', () => {
  beforeAll(async () => {
    expect((await run('demo')).code).toBe(0);
  });

  it('adds a decision to an area budget, lists it and removes it again', async () => {
    const before = await report();
    const add = await run(
      'decision',
      'add',
      ...C,
      '--body',
      'KS',
      '--date',
      '2025-03-12',
      '--ref',
      '§ 12',
      '--text',
      'att utöka ramen',
      '--amount',
      '120 tkr',
      '--area',
      'Boendeenheten',
      '--json',
    );
    expect(add.code, add.err).toBe(0);
    const d = JSON.parse(add.out);
    expect(d).toMatchObject({
      id: 'ks-2025-03-12',
      body: 'KS',
      ref: '§ 12',
      lines: [{ target: 'area', areaId: 'boende', group: 'kommunbidrag', amount: 12_000_000 }],
    });
    const after = await report();
    // 120 tkr more kommunbidrag for the year, spread straight: 4/12 of it by April.
    expect(area(after, 'boende').budgetResult - area(before, 'boende').budgetResult).toBe(4_000_000);
    expect(after.total.budgetResult - before.total.budgetResult).toBe(4_000_000);
    expect(after.budgetDecisions.map((x: { id: string }) => x.id)).toContain('ks-2025-03-12');
    // Not yet decided in February.
    expect((await report('2025-02')).budgetDecisions.map((x: { id: string }) => x.id)).not.toContain('ks-2025-03-12');
    const list = await run('decision', 'list', ...C, '--fiscal-year', '2025');
    expect(list.out).toMatch(/ks-2025-03-12\t2025-03-12\tKS § 12\tboende kommunbidrag \+120 tkr\tatt utöka ramen/);
    expect((await run('decision', 'remove', 'ks-2025-03-12', ...C)).code).toBe(0);
    expect(area(await report(), 'boende').budgetResult).toBe(area(before, 'boende').budgetResult);
    expect((await run('decision', 'remove', 'ks-2025-03-12', ...C)).code).toBe(3);
  });

  it('adds a cost decision with --ore: less budgeted result', async () => {
    const before = area(await report(), 'mottagning').budgetResult;
    const add = await run(
      'decision',
      'add',
      ...C,
      '--body',
      'nämnd',
      '--date',
      '2025-01-20',
      '--text',
      'utökad personal',
      '--ore',
      '1200000',
      '--area',
      'mottagning',
      '--group',
      'personalkostnader',
      '--json',
    );
    expect(add.code, add.err).toBe(0);
    const after = area(await report(), 'mottagning').budgetResult;
    // Spread by the imported personnel profile (weights 7,7 7,5 7,9 7,7 of 100): 30,8 % by April.
    expect(before - after).toBe(369_600);
    expect((await run('decision', 'remove', JSON.parse(add.out).id, ...C)).code).toBe(0);
  });

  it('adds an investment decision and a project: section 4 and investments change', async () => {
    const p = await run(
      'investment',
      'add',
      ...C,
      '--fiscal-year',
      '2025',
      '--project',
      'ny-lokal',
      '--name',
      'Ny lokal',
      '--budget',
      '0,3 mnkr',
      '--carry-over',
      '50 tkr',
      '--forecast',
      '200 tkr',
      '--accounts',
      '1110',
      '--json',
    );
    expect(p.code, p.err).toBe(0);
    const d = await run(
      'decision',
      'add',
      ...C,
      '--body',
      'KF',
      '--date',
      '2025-04-24',
      '--text',
      'om ny lokal',
      '--amount',
      '100 tkr',
      '--investment',
      '--project',
      'ny-lokal',
    );
    expect(d.code, d.err).toBe(0);
    const r = await report();
    expect(r.investments.budget).toBe(150_000_000);
    expect(r.investments.adjustedBudget).toBe(150_000_000 + 5_000_000 + 50_000_000 + 10_000_000);
    expect(r.investments.projects.find((x: { id: string }) => x.id === 'ny-lokal')).toMatchObject({
      revisedBudget: 45_000_000,
      decisions: 10_000_000,
      actual: 0,
      forecast: 20_000_000,
      forecastDeviation: 25_000_000,
    });
    expect(r.investments.decisions.map((x: { id: string }) => x.id)).toEqual(['kf-2025-03-investeringsbudget', 'kf-2025-04-24']);
    const html = (await run('report', ...C, '--period', '2025-04', '--format', 'html')).out;
    expect(html).toContain(
      'Kommunfullmäktige tog i slutet av april beslut om ny lokal, vilket innebär en ökad investeringsbudget för socialnämnden med',
    );
    const set = await run('investment', 'set', ...C, '--fiscal-year', '2025', '--project', 'ny-lokal', '--forecast', '-');
    expect(set.code, set.err).toBe(0);
    const list = JSON.parse((await run('investment', 'list', ...C, '--period', '2025-04', '--json')).out);
    expect(list.projects.find((x: { id: string }) => x.id === 'ny-lokal').forecast).toBeNull();
  });

  it('periodizes an area group straight, and back to the ledger', async () => {
    const reportBefore = report();
    const before = area(await reportBefore, 'tillstand');
    const r = await run(
      'budget',
      'periodize',
      ...C,
      '--fiscal-year',
      '2025',
      '--area',
      'tillstand',
      '--group',
      'personalkostnader',
      '--method',
      'straight',
    );
    expect(r.code, r.err).toBe(0);
    const personnel = (r: Awaited<ReturnType<typeof report>>) =>
      area(r, 'tillstand').accountGroups.find((g: { group: string }) => g.group === 'personalkostnader').budgetResult;
    // 2 900 + 1 200 tkr a year (5010, 5610), straight: 4/12 of each; 2 900 tkr / 12 leaves 8 öre,
    // one each to January-August (largest remainder, ties to the earliest month).
    const straight = await report();
    expect(personnel(straight)).toBe(-(4 * 24_166_667 + 4 * 10_000_000));
    expect(area(straight, 'tillstand').budgetResult - before.budgetResult).toBe(personnel(straight) - personnel(await reportBefore));
    const profile = await run(
      'budget',
      'periodize',
      ...C,
      '--fiscal-year',
      '2025',
      '--area',
      'tillstand',
      '--group',
      'personalkostnader',
      '--method',
      'profile',
      '--weights',
      '1,1,1,1,0,0,0,0,0,0,0,0',
    );
    expect(profile.code, profile.err).toBe(0);
    expect(personnel(await report())).toBe(-410_000_000);
    expect(
      (
        await run(
          'budget',
          'periodize',
          ...C,
          '--fiscal-year',
          '2025',
          '--area',
          'tillstand',
          '--group',
          'personalkostnader',
          '--method',
          'ledger',
        )
      ).code,
    ).toBe(0);
    expect(area(await report(), 'tillstand').budgetResult).toBe(before.budgetResult);
  });

  it('flags Tillståndsenheten and shows the revised budget with its history', async () => {
    const r = await report();
    expect(r.areas.filter((a: { budgetNotPeriodized: boolean }) => a.budgetNotPeriodized).map((a: { code: string }) => a.code)).toEqual([
      'tillstand',
    ]);
    const show = await run('budget', 'show', ...C, '--period', '2025-04');
    expect(show.out).toMatch(/Tillståndsenheten: .*\(ej periodiserad budget\)/);
    expect(show.out).toMatch(
      /Övergripande: budgeterat resultat −47 tkr → 0 tkr\n {2}2025-02-19 ks-2025-02-kapitaltjanst: kommunbidrag \+47 tkr → 0 tkr/,
    );
  });

  it('refuses bad input with the option named, exit code 2, and nothing saved', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--body', 'KX', '--date', '2025-03-01', '--text', 't', '--amount', '1 tkr', '--area', 'boende'],
        /body: "KX" är inget beslutande organ/,
      ],
      [
        ['--body', 'KS', '--date', '2025-02-30', '--text', 't', '--amount', '1 tkr', '--area', 'boende'],
        /decidedOn: "2025-02-30" är inget datum/,
      ],
      [['--body', 'KS', '--date', '2025-03-01', '--text', 't', '--amount', '1 pund', '--area', 'boende'], /--amount: Okänd enhet "pund"/],
      [
        ['--body', 'KS', '--date', '2025-03-01', '--text', 't', '--amount', '1 tkr', '--area', 'nowhere'],
        /area: området "nowhere" finns inte/,
      ],
      [
        ['--body', 'KS', '--date', '2025-03-01', '--text', 't', '--amount', '1 tkr', '--area', 'boende', '--group', 'x'],
        /group: kontogruppen "x" finns inte/,
      ],
      [['--body', 'KS', '--date', '2025-03-01', '--text', 't', '--amount', '1 tkr'], /--area: måste anges/],
      [
        ['--body', 'KS', '--date', '2025-03-01', '--text', 't', '--amount', '1 tkr', '--investment', '--project', 'nej'],
        /project: projektet "nej" finns inte/,
      ],
    ];
    const before = (await run('decision', 'list', ...C, '--fiscal-year', '2025', '--json')).out;
    for (const [args, message] of cases) {
      const r = await run('decision', 'add', ...C, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    const bad = await run(
      'budget',
      'periodize',
      ...C,
      '--fiscal-year',
      '2025',
      '--area',
      'boende',
      '--group',
      'intakter',
      '--method',
      'profile',
      '--weights',
      '1,2,3',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/weights: En profil har tolv vikter, en per månad \(angavs 3\)/);
    expect((await run('decision', 'list', ...C, '--fiscal-year', '2025', '--json')).out).toBe(before);
  });
});
