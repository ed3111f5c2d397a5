import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmountInput, parsePercentInput } from './amount-input.ts';
import { itemAmount, itemFormula, itemGroupOf, itemRateDifference, sumFormula } from './committee-items.ts';
import { forecastTotal, itemGroupTotal } from './forecast.ts';
import { mnkrRounded } from './format.ts';

const mnkr = (n: number) => n * 100_000_000;

describe('committee-item arithmetic', () => {
  it('computes PO as salary base × (preliminary − fixed rate): 100 mnkr × (44,5 − 42,3) = 2,2 mnkr', () => {
    const amount = itemAmount({
      kind: 'po',
      salaryBase: parseAmountInput('100 mnkr'),
      preliminaryRate: parsePercentInput('44,5'),
      fixedRate: parsePercentInput('42.3'),
    });
    expect(amount).toBe(220_000_000);
  });

  it('computes a salary revision as −salary base × (actual − compensated rise): 100 mnkr × 0,6 % = −0,6 mnkr', () => {
    const amount = itemAmount({
      kind: 'salary-revision',
      salaryBase: mnkr(100),
      actualRise: parsePercentInput('3,6'),
      compensatedRise: parsePercentInput('3'),
    });
    expect(amount).toBe(-60_000_000);
    expect(itemRateDifference({ kind: 'salary-revision', salaryBase: 1, actualRise: 36_000, compensatedRise: 30_000 })).toBe(6_000);
  });

  it('gives a fixed rate above the preliminary one as a negative PO item, and equal rates as 0', () => {
    expect(itemAmount({ kind: 'po', salaryBase: mnkr(50), preliminaryRate: 400_000, fixedRate: 410_000 })).toBe(-50_000_000);
    expect(Object.is(itemAmount({ kind: 'salary-revision', salaryBase: mnkr(50), actualRise: 1, compensatedRise: 1 }), 0)).toBe(true);
  });

  it('rounds to whole öre, half away from zero: 1 234,57 kr × 0,0125 % = 15 öre', () => {
    expect(itemAmount({ kind: 'po', salaryBase: 123_457, preliminaryRate: 125, fixedRate: 0 })).toBe(15);
    expect(itemAmount({ kind: 'salary-revision', salaryBase: 123_457, actualRise: 125, compensatedRise: 0 })).toBe(-15);
  });

  it('takes grants and pots as their amount', () => {
    expect(itemAmount({ kind: 'grant', amount: mnkr(4.5) })).toBe(450_000_000);
    expect(itemAmount({ kind: 'pot', amount: mnkr(6) })).toBe(600_000_000);
  });

  it('groups PO and salary revision together and nets them: 2,2 − 0,6 = 1,6', () => {
    expect(itemGroupOf('po')).toBe('po');
    expect(itemGroupOf('salary-revision')).toBe('po');
    expect(itemGroupOf('grant')).toBeNull();
    const items = [
      { key: 'po', label: 'PO', amount: 220_000_000, includedInAreaId: 'overgripande', group: 'po' },
      { key: 'lon', label: 'Lön', amount: -60_000_000, includedInAreaId: 'overgripande', group: 'po' },
      { key: 'sb', label: 'Statsbidrag', amount: 450_000_000, includedInAreaId: null, group: null },
    ];
    expect(mnkrRounded(itemGroupTotal(items, 'po'))).toBe(1.6);
    // Inside an area's forecast an item is a "varav"; without an area it adds to the total.
    expect(forecastTotal([{ areaId: 'overgripande', deviation: 1_300_000_000 }], items)).toBe(1_750_000_000);
  });

  it('is antisymmetric in the rates and linear in sign (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        (base, a, b) => {
          const po = itemAmount({ kind: 'po', salaryBase: base, preliminaryRate: a, fixedRate: b });
          const swapped = itemAmount({ kind: 'po', salaryBase: base, preliminaryRate: b, fixedRate: a });
          const revision = itemAmount({ kind: 'salary-revision', salaryBase: base, actualRise: a, compensatedRise: b });
          expect(po + swapped).toBe(0);
          expect(po + revision).toBe(0);
        },
      ),
    );
  });
});

describe('written computations', () => {
  it('writes an item and a sum as the report and the items page show them', () => {
    expect(itemFormula({ kind: 'po', salaryBase: mnkr(100), preliminaryRate: 445_000, fixedRate: 423_000 })).toBe(
      '100,0 mnkr × (44,5 % − 42,3 %) = 2,2 mnkr',
    );
    expect(itemFormula({ kind: 'salary-revision', salaryBase: mnkr(100), actualRise: 36_000, compensatedRise: 30_000 })).toBe(
      '−100,0 mnkr × (3,6 % − 3 %) = −0,6 mnkr',
    );
    expect(sumFormula([220_000_000, -60_000_000])).toBe('2,2 − 0,6 = 1,6 mnkr');
    expect(sumFormula([-60_000_000])).toBe('−0,6 mnkr');
  });
});
