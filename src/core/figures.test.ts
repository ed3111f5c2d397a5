import { describe, expect, it } from 'vitest';
import { accountGroupOf } from './accounts.ts';
import { type AmountRow, computeFigures } from './figures.ts';
import { forecastTotal } from './forecast.ts';
import { isMaterial, UNALLOCATED_AREA } from './organisation.ts';

const areas = [
  { id: 'a', name: 'A', sortOrder: 1 },
  { id: 'b', name: 'B', sortOrder: 2 },
];
const codeMap = new Map([
  ['100', 'a'],
  ['101', 'a'],
  ['200', 'b'],
]);
const row = (period: string, account: string, code: string, amount: number): AmountRow => ({ period, account, code, amount });

describe('computeFigures', () => {
  const actual = [
    row('2025-01', '5010', '100', 1000), // cost 10 kr
    row('2025-02', '5010', '101', 500),
    row('2025-02', '3110', '200', -300), // income 3 kr
    row('2025-02', '1930', '200', 999_999), // balance account: not in the result
    row('2024-12', '5010', '100', 7777), // previous fiscal year
    row('2025-03', '5010', '100', 7777), // after the period
    row('2025-02', '4610', '999', 50), // code mapped to no area
  ];
  const budget = [row('2025-01', '5010', '100', 800), row('2025-02', '5010', '100', 800), row('2025-02', '3110', '200', -200)];
  const f = computeFigures({ period: '2025-02', fiscalYearStartMonth: 1, areas, codeMap, actual, budget });

  it('gives result = -(postings) and deviation = result - budget, positive when better', () => {
    const a = f.areas.find((x) => x.area.id === 'a');
    expect(a).toMatchObject({ actualResult: -1500, budgetResult: -1600, deviation: 100, previousDeviation: -200 });
    const b = f.areas.find((x) => x.area.id === 'b');
    expect(b).toMatchObject({ actualResult: 300, budgetResult: 200, deviation: 100, previousDeviation: 0 });
  });

  it('puts unmapped codes in "Ej fördelat" so the total reconciles', () => {
    const u = f.areas.find((x) => x.area.id === UNALLOCATED_AREA.id);
    expect(u?.actualResult).toBe(-50);
    expect(f.total.actualResult).toBe(-1500 + 300 - 50);
    expect(f.total.deviation).toBe(f.total.actualResult - f.total.budgetResult);
  });

  it('has no previous deviation in the first month', () => {
    const jan = computeFigures({ period: '2025-01', fiscalYearStartMonth: 1, areas, codeMap, actual, budget });
    expect(jan.previousPeriod).toBeNull();
    expect(jan.total.previousDeviation).toBeNull();
    expect(jan.total.actualResult).toBe(-1000);
  });

  it('splits by account group', () => {
    const a = f.areas.find((x) => x.area.id === 'a');
    expect(a?.byGroup).toEqual([
      { group: 'personalkostnader', actualResult: -1500, budgetResult: -1600, deviation: 100, previousDeviation: -200 },
    ]);
  });

  it('splits groups by account when asked, groups in report order, and the accounts add up to their group', () => {
    const more = [...actual, row('2025-02', '5020', '100', 250), row('2025-01', '3110', '101', -40)];
    const g = computeFigures({ period: '2025-02', fiscalYearStartMonth: 1, areas, codeMap, actual: more, budget, withAccounts: true });
    const a = g.areas.find((x) => x.area.id === 'a');
    expect(a?.byGroup.map((x) => x.group)).toEqual(['intakter', 'personalkostnader']);
    const personnel = a?.byGroup[1];
    expect(personnel?.accounts).toEqual([
      { account: '5010', actualResult: -1500, budgetResult: -1600, deviation: 100, previousDeviation: -200 },
      { account: '5020', actualResult: -250, budgetResult: 0, deviation: -250, previousDeviation: 0 },
    ]);
    expect(personnel?.deviation).toBe(-150);
    expect(a?.deviation).toBe(40 - 150);
  });
});

describe('account groups, forecast, materiality', () => {
  it('maps Kommun-Bas accounts', () => {
    expect(accountGroupOf('3910')).toBe('kommunbidrag');
    expect(accountGroupOf('3110')).toBe('intakter');
    expect(accountGroupOf('4620')).toBe('kop-av-verksamhet');
    expect(accountGroupOf('5610')).toBe('personalkostnader');
    expect(accountGroupOf('6010')).toBe('lokalkostnader');
    expect(accountGroupOf('7410')).toBe('ovrigt');
    expect(accountGroupOf('1930')).toBeNull();
  });

  it('adds only the committee items that no area holds', () => {
    const items = [
      { key: 'po', label: 'PO', amount: 220, includedInAreaId: 'a', group: 'po' },
      { key: 'x', label: 'X', amount: 40, includedInAreaId: null, group: null },
    ];
    expect(forecastTotal([{ areaId: 'a', deviation: 1000 }], items)).toBe(1040);
    expect(forecastTotal([], [])).toBeNull();
  });

  it('is material at or over the threshold, year to date or forecast', () => {
    expect(isMaterial(15_000_000, -15_000_000)).toBe(true);
    expect(isMaterial(15_000_000, 14_999_999, null)).toBe(false);
    expect(isMaterial(15_000_000, 0, -40_000_000)).toBe(true);
  });
});
