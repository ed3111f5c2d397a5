import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetedNetCost, forecastAccuracy, formatRate, rateOf } from './forecast-accuracy.ts';
import { baselines, deviationOfResult, forecastHistory, resultOfDeviation } from './forecast-baselines.ts';
import { tkr } from './money.ts';

const april = { monthsElapsed: 4, monthsInYear: 12 };

describe('baselines', () => {
  it('periodized: actual to date + the remaining budget; run-rate: actual / 4 × 12 (a cost area, April)', () => {
    // Budget −1 000 tkr a month (−12 000 tkr the year), actual −4 400 tkr January–April.
    const b = baselines({ actualToDate: tkr(-4400), budgetToDate: tkr(-4000), annualBudget: tkr(-12000), ...april });
    expect(b.periodized).toBe(tkr(-400)); // −4 400 − 8 000 = −12 400 against −12 000
    expect(b.runRate).toBe(tkr(-1200)); // −4 400 × 3 = −13 200 against −12 000
  });

  it('run-rate rounds half away from zero to whole öre', () => {
    const b = baselines({ actualToDate: -1_000_001, budgetToDate: 0, annualBudget: 0, monthsElapsed: 7, monthsInYear: 12 });
    expect(b.runRate).toBe(-1_714_287); // −12 000 012 / 7 = −1 714 287,43
  });

  it('refuses months outside the year', () => {
    expect(() => baselines({ actualToDate: 0, budgetToDate: 0, annualBudget: 0, monthsElapsed: 0, monthsInYear: 12 })).toThrow(RangeError);
  });

  it('property: the periodized baseline is the deviation to date, and the areas add up to the committee', () => {
    const area = fc.record({
      actualToDate: fc.integer({ min: -1e12, max: 1e12 }),
      budgetToDate: fc.integer({ min: -1e12, max: 1e12 }),
      annualBudget: fc.integer({ min: -1e12, max: 1e12 }),
    });
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 12 }), (areas, m) => {
        const months = { monthsElapsed: m, monthsInYear: 12 };
        const each = areas.map((a) => baselines({ ...a, ...months }));
        const sum = (k: 'actualToDate' | 'budgetToDate' | 'annualBudget') => areas.reduce((s, a) => s + a[k], 0);
        const whole = baselines({
          actualToDate: sum('actualToDate'),
          budgetToDate: sum('budgetToDate'),
          annualBudget: sum('annualBudget'),
          ...months,
        });
        for (const [i, a] of areas.entries()) expect(each[i]?.periodized).toBe(a.actualToDate - a.budgetToDate);
        expect(each.reduce((s, b) => s + b.periodized, 0)).toBe(whole.periodized);
        // Run-rate rounds per area: the sum is within half an öre per area of the committee's.
        expect(Math.abs(each.reduce((s, b) => s + b.runRate, 0) - whole.runRate)).toBeLessThanOrEqual(areas.length);
      }),
    );
  });

  it('property: result and deviation are two views of one forecast', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -1e13, max: 1e13 }), (deviation, budget) => {
        expect(deviationOfResult(resultOfDeviation(deviation, budget), budget)).toBe(deviation);
      }),
    );
  });
});

describe('forecastHistory', () => {
  const year = [
    { period: '2025-03', deviation: tkr(6000) },
    { period: '2025-01', deviation: tkr(3000) },
    { period: '2025-02', deviation: tkr(4500) },
    { period: '2025-04', deviation: tkr(7400) },
  ];
  it('the earlier forecasts oldest first and the change since the latest of them', () => {
    const h = forecastHistory('2025-04', tkr(7400), year);
    expect(h.earlier.map((f) => f.period)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(h.previous).toEqual({ period: '2025-03', deviation: tkr(6000) });
    expect(h.change).toBe(tkr(1400));
  });
  it('no change without a previous forecast or without a current one', () => {
    expect(forecastHistory('2025-01', tkr(3000), year).change).toBeNull();
    expect(forecastHistory('2025-03', null, year).change).toBeNull();
  });
});

describe('forecastAccuracy', () => {
  it('per month: forecast − outcome in öre and as a share of the annual budgeted net cost (12 000 tkr)', () => {
    const a = forecastAccuracy({
      outcome: tkr(-500),
      netCost: tkr(12000),
      forecasts: [
        { period: '2025-02', deviation: tkr(-200) },
        { period: '2025-01', deviation: 0 },
        { period: '2025-03', deviation: tkr(-300) },
      ],
    });
    expect(a.months.map((m) => [m.period, m.difference, m.differenceRate])).toEqual([
      ['2025-01', tkr(500), 41_667], // 500 / 12 000 = 4,1667 %
      ['2025-02', tkr(300), 25_000],
      ['2025-03', tkr(200), 16_667],
    ]);
    expect(a.meanAbsoluteDifference).toBe(33_333_333); // 1 000 tkr / 3
    expect(a.meanAbsoluteRate).toBe(27_778);
    expect(a.months.map((m) => formatRate(m.differenceRate))).toEqual(['+4,2\u00a0%', '+2,5\u00a0%', '+1,7\u00a0%']);
    expect(formatRate(-5_000)).toBe('\u22120,5\u00a0%');
  });
  it('the net cost leaves kommunbidrag out', () => {
    const g = (group: 'intakter' | 'kommunbidrag' | 'personalkostnader', budgetResult: number) => ({
      group,
      budgetResult,
      actualResult: 0,
      deviation: 0,
      previousDeviation: null,
    });
    // Income 2 000 tkr, staff −14 000 tkr, kommunbidrag 12 000 tkr: result 0, net cost 12 000 tkr.
    expect(
      budgetedNetCost({ byGroup: [g('intakter', tkr(2000)), g('kommunbidrag', tkr(12000)), g('personalkostnader', tkr(-14000))] }),
    ).toBe(tkr(12000));
  });
  it('no rate without a budget, no average without forecasts', () => {
    expect(
      forecastAccuracy({ outcome: 5, netCost: 0, forecasts: [{ period: '2025-01', deviation: 0 }] }).months[0]?.differenceRate,
    ).toBeNull();
    expect(forecastAccuracy({ outcome: 5, netCost: 10, forecasts: [] }).meanAbsoluteDifference).toBeNull();
  });
  it('property: the rate is exact beyond 2^53 and rounds half away from zero', () => {
    expect(rateOf(1, 3)).toBe(333_333);
    expect(rateOf(-1, 2_000_000)).toBe(-1); // −0,5 millionths → −1
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), fc.integer({ min: 1, max: 1e14 }), (amount, base) => {
        fc.pre(Math.abs(amount) <= base * 1e6); // rates up to 10^8 % (a safe integer of millionths)
        const r = rateOf(amount, -base) ?? Number.NaN;
        // |amount × 10^6 − r × base| ≤ base / 2, in BigInt
        const err = BigInt(amount) * 1_000_000n - BigInt(r) * BigInt(base);
        expect(2n * (err < 0n ? -err : err) <= BigInt(base)).toBe(true);
      }),
    );
  });
});
