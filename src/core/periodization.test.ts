import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseBudget } from './budget-revision.ts';
import {
  checkProfile,
  isUnperiodizedBudget,
  PeriodizationError,
  parseWeightsInput,
  patternWeights,
  spreadByWeights,
} from './periodization.ts';

const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const lastYear = months.map((p) => `2024${p.slice(4)}`);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('spreadByWeights', () => {
  it('gives months that sum exactly to the year, for any profile and amount', () => {
    const weight = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1000, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.array(weight, { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => Math.round(x * 1e6) > 0)),
        (amount, weights) => {
          const parts = spreadByWeights(amount, weights);
          expect(parts).toHaveLength(12);
          expect(parts.every(Number.isSafeInteger)).toBe(true);
          expect(BigInt(sum(parts))).toBe(BigInt(amount));
          // Each month is within one öre of its exact share, with the sign of the amount.
          const total = weights.reduce((s, w) => s + Math.round(w * 1e6), 0);
          parts.forEach((p, i) => {
            const exact = (amount * Math.round((weights[i] ?? 0) * 1e6)) / total;
            expect(Math.abs(p - exact)).toBeLessThanOrEqual(1 + Math.abs(exact) * 1e-12);
          });
        },
      ),
    );
  });

  it('gives the remainder to the largest remainders, ties to the earliest month', () => {
    expect(spreadByWeights(100, new Array(12).fill(1))).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
    expect(spreadByWeights(-100, new Array(12).fill(1))).toEqual([-9, -9, -9, -9, -8, -8, -8, -8, -8, -8, -8, -8]);
    expect(spreadByWeights(10, [1, 2, 0, 1])).toEqual([3, 5, 0, 2]);
  });

  it('refuses weights it cannot spread by, in Swedish', () => {
    expect(() => spreadByWeights(1, [0, 0])).toThrow(PeriodizationError);
    expect(() => spreadByWeights(1, [1, -1])).toThrow(/Vikt 2 måste vara/);
    expect(() => checkProfile([1, 2, 3])).toThrow('En profil har tolv vikter, en per månad (angavs 3).');
  });

  it('reads weights as people type them', () => {
    expect(parseWeightsInput('1,1,2')).toEqual([1, 1, 2]);
    expect(parseWeightsInput('7,7; 7,5;8')).toEqual([7.7, 7.5, 8]);
    expect(parseWeightsInput(' 7.7 7.5 ')).toEqual([7.7, 7.5]);
    expect(() => parseWeightsInput('1,x')).toThrow('Vikt 2 ("x") är inget tal som är noll eller större.');
  });

  it('reads a pattern in the direction of its total', () => {
    expect(patternWeights([-10, -30, 5])).toEqual([10, 30, 0]);
    expect(patternWeights([0, 0])).toBeNull();
  });
});

describe('reviseBudget', () => {
  const codeMap = new Map([
    ['A1', 'a'],
    ['A2', 'a'],
  ]);
  const budget = months.flatMap((period, i) => [
    { period, account: '5010', code: 'A1', amount: i === 6 ? 24_000 : 12_000 },
    { period, account: '3910', code: 'A1', amount: -10_000 },
  ]);
  const base = {
    months,
    codeMap,
    budget,
    lastYearActual: [],
    lastYearMonths: lastYear,
    settings: [],
    decisions: [],
    codesOfArea: () => ['A1'],
  };
  const monthsOf = (rows: ReturnType<typeof reviseBudget>, account: string) =>
    rows.filter((r) => r.account === account).map((r) => r.amount);

  it('keeps the imported budget as it is by default, balance accounts too', () => {
    expect(monthsOf(reviseBudget(base), '5010')).toEqual(monthsOf(budget, '5010'));
    const withBalance = [...budget, { period: '2025-03', account: '1220', code: 'A1', amount: 500 }];
    const rows = reviseBudget({ ...base, budget: withBalance, settings: [{ areaId: 'a', group: 'kommunbidrag', method: 'straight' }] });
    expect(rows.filter((r) => r.account === '1220')).toEqual([{ period: '2025-03', account: '1220', code: 'A1', amount: 500 }]);
  });

  it('re-periodizes a group straight, keeping its year', () => {
    const rows = reviseBudget({ ...base, settings: [{ areaId: 'a', group: 'personalkostnader', method: 'straight' }] });
    expect(monthsOf(rows, '5010')).toEqual(new Array(12).fill(13_000));
  });

  it("spreads by last year's actual pattern", () => {
    const lastYearActual = lastYear.map((period, i) => ({ period, account: '5020', code: 'A2', amount: i < 6 ? 0 : 100 }));
    const rows = reviseBudget({ ...base, lastYearActual, settings: [{ areaId: 'a', group: 'personalkostnader', method: 'last-year' }] });
    expect(monthsOf(rows, '5010')).toEqual([0, 0, 0, 0, 0, 0, 26_000, 26_000, 26_000, 26_000, 26_000, 26_000]);
  });

  it('adds a decision on kommunbidrag as more income, by the imported pattern', () => {
    const rows = reviseBudget({ ...base, decisions: [{ areaId: 'a', group: 'kommunbidrag', amount: 1_200 }] });
    expect(monthsOf(rows, '3910')).toEqual(new Array(12).fill(-10_100));
  });

  it('books a decision on a group without budget on its default account and the area first code', () => {
    const rows = reviseBudget({ ...base, decisions: [{ areaId: 'a', group: 'lokalkostnader', amount: 1_200 }] });
    expect(rows.filter((r) => r.account === '6010').map((r) => [r.code, r.amount])).toEqual(new Array(12).fill(['A1', 100]));
  });
});

describe('isUnperiodizedBudget', () => {
  const straight = new Array(12).fill(-7_400_000);
  const toDate = straight.slice(0, 4);
  const input = { budgetMonths: straight, lastYearMonths: [], budgetToDate: toDate };
  it('flags a straight budget whose actual has not come yet (fees invoiced after the summer)', () => {
    expect(isUnperiodizedBudget({ ...input, actualToDate: [-400_000, 200_000, 3_800_000, -3_600_000] })).toBe(true);
  });
  it('does not flag an actual that follows the straight budget, or a real shortfall', () => {
    expect(isUnperiodizedBudget({ ...input, actualToDate: [-7_300_000, -7_500_000, -7_400_000, -7_200_000] })).toBe(false);
    expect(isUnperiodizedBudget({ ...input, actualToDate: [-5_000_000, -5_000_000, -5_000_000, -5_000_000] })).toBe(false);
  });
  it('judges by last year when there is one', () => {
    const seasonal = straight.map((m, i) => (i >= 8 ? m * 3 : 0));
    expect(isUnperiodizedBudget({ ...input, lastYearMonths: seasonal, actualToDate: toDate })).toBe(true);
    expect(isUnperiodizedBudget({ ...input, lastYearMonths: straight, actualToDate: [0, 0, 0, 0] })).toBe(false);
  });
  it('does not flag a periodized budget, a small line or too few months', () => {
    const periodized = straight.map((m, i) => (i === 6 ? m * 2 : m));
    expect(isUnperiodizedBudget({ ...input, budgetMonths: periodized, actualToDate: [0, 0, 0, 0] })).toBe(false);
    expect(isUnperiodizedBudget({ ...input, budgetMonths: new Array(12).fill(-50_000), actualToDate: [0, 0, 0, 0] })).toBe(false);
    expect(isUnperiodizedBudget({ ...input, actualToDate: [0, 0] })).toBe(false);
    expect(isUnperiodizedBudget({ ...input, actualToDate: [0, 0, 0, 0] }), 'an unused reserve').toBe(false);
  });
});
