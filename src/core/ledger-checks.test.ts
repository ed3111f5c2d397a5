import { describe, expect, it } from 'vitest';
import { MAX_YEAR_VOLUME, oversizedYears, shortLastMonth } from './ledger-checks.ts';

describe('oversizedYears', () => {
  it('sums the volume per fiscal year and names the years over the bound', () => {
    const half = MAX_YEAR_VOLUME / 2;
    expect(
      oversizedYears(
        [
          { period: '2025-01', volume: half },
          { period: '2025-12', volume: half },
        ],
        1,
      ),
    ).toEqual([]);
    expect(
      oversizedYears(
        [
          { period: '2025-01', volume: half },
          { period: '2025-12', volume: half + 1 },
          { period: '2026-01', volume: 5 },
        ],
        1,
      ),
    ).toEqual([{ year: '2025', volume: MAX_YEAR_VOLUME + 1 }]);
    // A split fiscal year (May to April): 2025-12 and 2026-03 are one year.
    expect(
      oversizedYears(
        [
          { period: '2025-12', volume: half + 1 },
          { period: '2026-03', volume: half },
        ],
        5,
      ),
    ).toEqual([{ year: '2025/2026', volume: MAX_YEAR_VOLUME + 1 }]);
    expect(oversizedYears([{ period: '2025-12', volume: Number.POSITIVE_INFINITY }], 1)).toHaveLength(1);
    expect(oversizedYears([{ period: '2025-12', volume: Number.NaN }], 1)).toHaveLength(1);
  });
});

describe('shortLastMonth', () => {
  const months = (...counts: number[]) => counts.map((count, i) => ({ period: `2025-${String(i + 1).padStart(2, '0')}`, count }));
  it('flags a last month under two thirds of the median of the year', () => {
    expect(shortLastMonth(months(100, 120, 90, 40), 1)).toEqual({ period: '2025-04', count: 40, median: 100 });
    expect(shortLastMonth(months(99, 120, 90, 66), 1)).toBeNull();
    expect(shortLastMonth(months(99, 120, 90, 65), 1)).not.toBeNull();
  });
  it('needs two other months of the same fiscal year', () => {
    expect(shortLastMonth(months(100, 3), 1)).toBeNull();
    expect(
      shortLastMonth(
        [
          { period: '2024-11', count: 100 },
          { period: '2024-12', count: 100 },
          { period: '2025-01', count: 3 },
        ],
        1,
      ),
    ).toBeNull();
    expect(shortLastMonth([], 1)).toBeNull();
  });
  it('takes the months in period order whatever the input order', () => {
    expect(shortLastMonth([...months(100, 120, 90, 10)].reverse(), 1)?.period).toBe('2025-04');
  });
});
