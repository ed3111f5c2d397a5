import { describe, expect, it } from 'vitest';
import { addMonths, fiscalYearLabel, fiscalYearOf, isPeriod, parsePeriod, periodLabel, previousInYear, yearToDate } from './period.ts';

describe('periods', () => {
  it('parses and validates', () => {
    expect(parsePeriod('2025-04')).toEqual({ year: 2025, month: 4 });
    expect(() => parsePeriod('2025-13')).toThrow('"2025-13"');
    expect(() => parsePeriod('202504')).toThrow();
    expect(isPeriod('2025-00')).toBe(false);
  });

  it('adds months across years', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-04', 24)).toBe('2027-04');
  });

  it('gives year to date and the previous period within the fiscal year', () => {
    expect(yearToDate('2025-04')).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
    expect(previousInYear('2025-04')).toBe('2025-03');
    expect(previousInYear('2025-01')).toBeNull();
  });

  it('handles split fiscal years', () => {
    const fy = fiscalYearOf('2025-02', 7);
    expect(fy).toEqual({ start: '2024-07', end: '2025-06' });
    expect(fiscalYearLabel(fy)).toBe('2024/2025');
    expect(previousInYear('2024-07', 7)).toBeNull();
    expect(yearToDate('2024-09', 7)).toEqual(['2024-07', '2024-08', '2024-09']);
  });

  it('names months in Swedish', () => {
    expect(periodLabel('2025-04')).toBe('april 2025');
    expect(periodLabel('2025-03')).toBe('mars 2025');
  });
});
