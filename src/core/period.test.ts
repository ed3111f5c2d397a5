import { describe, expect, it } from 'vitest';
import {
  addMonths,
  fiscalYearLabel,
  fiscalYearOf,
  groupByFiscalYear,
  isPeriod,
  PeriodError,
  parsePeriod,
  periodLabel,
  periodSpanLabel,
  previousInYear,
  yearToDate,
} from './period.ts';

/** The months a year-to-date figure covers, as the app names them from the answer's fiscal year. */
const yearToDateLabel = (period: string, startMonth = 1) => periodSpanLabel(fiscalYearOf(period, startMonth).start, period);

describe('periods', () => {
  it('parses and validates', () => {
    expect(parsePeriod('2025-04')).toEqual({ year: 2025, month: 4 });
    expect(() => parsePeriod('2025-13')).toThrow('"2025-13"');
    expect(() => parsePeriod('202504')).toThrow();
    expect(() => parsePeriod('0000-04')).toThrow(PeriodError);
    expect(() => parsePeriod('0000-04')).toThrow('not a period (YYYY-MM): "0000-04"');
    expect(parsePeriod('0001-12')).toEqual({ year: 1, month: 12 });
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

  it('names the months of the year to date for a calendar year', () => {
    expect(yearToDateLabel('2025-01')).toBe('januari 2025');
    expect(yearToDateLabel('2025-04')).toBe('januari–april 2025');
    expect(yearToDateLabel('2025-12', 1)).toBe('januari–december 2025');
    expect(fiscalYearLabel(fiscalYearOf('2025-12', 1))).toBe('2025');
  });

  it('names the months of the year to date for a split year (July to June)', () => {
    expect(yearToDateLabel('2009-07', 7)).toBe('juli 2009');
    expect(yearToDateLabel('2009-12', 7)).toBe('juli–december 2009');
    expect(yearToDateLabel('2010-01', 7)).toBe('juli 2009 – januari 2010');
    expect(yearToDateLabel('2010-03', 7)).toBe('juli 2009 – mars 2010');
    expect(yearToDateLabel('2010-06', 7)).toBe('juli 2009 – juni 2010');
    expect(fiscalYearLabel(fiscalYearOf('2009-12', 7))).toBe('2009/2010');
    expect(fiscalYearLabel(fiscalYearOf('2010-06', 7))).toBe('2009/2010');
    expect(fiscalYearLabel(fiscalYearOf('2010-07', 7))).toBe('2010/2011');
  });

  it('names any span of months', () => {
    expect(periodSpanLabel('2025-03', '2025-03')).toBe('mars 2025');
    expect(periodSpanLabel('2025-02', '2025-05')).toBe('februari–maj 2025');
    expect(periodSpanLabel('2024-11', '2025-02')).toBe('november 2024 – februari 2025');
  });

  it('groups periods by fiscal year', () => {
    const periods = ['2009-07', '2009-12', '2010-01', '2010-06', '2010-07', '2010-08'];
    expect(groupByFiscalYear(periods, 7)).toEqual([
      { year: { start: '2009-07', end: '2010-06' }, periods: ['2009-07', '2009-12', '2010-01', '2010-06'] },
      { year: { start: '2010-07', end: '2011-06' }, periods: ['2010-07', '2010-08'] },
    ]);
    expect(groupByFiscalYear(periods).map((g) => fiscalYearLabel(g.year))).toEqual(['2009', '2010']);
    expect(groupByFiscalYear([], 7)).toEqual([]);
  });
});
