import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKpiValue, KpiValueError, kpiNumber, parseKpiValue } from './kpis.ts';

describe('key-figure values', () => {
  it('reads Swedish and plain decimals exactly, in thousandths', () => {
    expect(parseKpiValue('12,5', 1)).toBe(12_500);
    expect(parseKpiValue('12.5', 1)).toBe(12_500);
    expect(parseKpiValue('1 234', 0)).toBe(1_234_000);
    expect(parseKpiValue('−3', 0)).toBe(-3_000);
    expect(parseKpiValue('6,25 %', 2)).toBe(6_250);
    expect(parseKpiValue('4,50', 1)).toBe(4_500);
    expect(parseKpiValue(7.125, 3)).toBe(7_125);
  });

  it('refuses more decimals than the definition has, and what is no number, in Swedish', () => {
    expect(() => parseKpiValue('12,55', 1)).toThrow('"12,55" har mer än en decimal.');
    expect(() => parseKpiValue('12,5', 0)).toThrow('"12,5" ska vara ett heltal');
    expect(() => parseKpiValue('1,2345', 3)).toThrow('"1,2345" har fler än 3 decimaler.');
    expect(() => parseKpiValue('tolv', 0)).toThrow(KpiValueError);
    expect(() => parseKpiValue('', 0)).toThrow('"" är inget tal');
  });

  it('formats with the definition’s decimals', () => {
    expect(formatKpiValue(12_500, 1)).toBe('12,5');
    expect(formatKpiValue(1_234_000, 0)).toBe('1\u00a0234');
    expect(formatKpiValue(-3_050, 2)).toBe('\u22123,05');
    expect(kpiNumber(6_250)).toBe(6.25);
  });

  it('reads back what it formats (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = Math.trunc(n / 10 ** (3 - decimals)) * 10 ** (3 - decimals);
        expect(parseKpiValue(formatKpiValue(value, decimals), decimals)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
