import { describe, expect, it } from 'vitest';
import type { ForecastList } from '../shared/contract.ts';
import { cellKey, changedKeys, type GridState, monthTotal, parseBlock, savedTexts, toBatch } from './grid-cells.ts';

const area = (id: string, year: { period: string; deviation: number }[]) => ({
  id,
  name: id.toUpperCase(),
  annualBudget: 0,
  actualToDate: 0,
  budgetToDate: 0,
  forecast: null,
  baseline: { periodized: 0, runRate: 0 },
  previous: null,
  change: null,
  year,
});
const list = {
  areas: [area('a', [{ period: '2025-01', deviation: -30_000_000 }]), area('b', [])],
  itemsOutsideAreas: [{ period: '2025-01', amount: 50_000_000 }],
} as unknown as ForecastList;

describe('the forecast grid', () => {
  it('reads a block pasted from Excel: tabs and line breaks, Swedish numbers', () => {
    expect(parseBlock('1 234,5\t-300\r\n0\t−2,5 mnkr\r\n')).toEqual([
      ['1 234,5', '-300'],
      ['0', '−2,5 mnkr'],
    ]);
  });

  it('totals a month as typed with the committee items outside the areas', () => {
    const s: GridState = { saved: savedTexts(list), edits: new Map() };
    expect(s.saved.get(cellKey('a', '2025-01'))).toBe('\u2212300');
    expect(monthTotal(list, s, '2025-01')).toBe(-30_000_000 + 50_000_000);
    s.edits.set(cellKey('b', '2025-01'), '1 234,5');
    expect(monthTotal(list, s, '2025-01')).toBe(-30_000_000 + 123_450_000 + 50_000_000);
    expect(monthTotal(list, s, '2025-02')).toBeNull();
  });

  it('sends the changed cells in öre and names the area of a cell it cannot read', () => {
    const s: GridState = {
      saved: savedTexts(list),
      edits: new Map([
        [cellKey('a', '2025-01'), '\u2212300'],
        [cellKey('b', '2025-02'), '12 apor'],
      ]),
    };
    expect(changedKeys(s)).toEqual([cellKey('b', '2025-02')]);
    expect(toBatch(list, s).errors).toEqual([
      'B, 2025-02: Okänd enhet "apor" i beloppet "12 apor": skriv till exempel "-0,3 mnkr", "250 tkr", "1 234,50 kr" eller "-2 500".',
    ]);
    s.edits.set(cellKey('b', '2025-02'), '-0,3 mnkr');
    expect(toBatch(list, s)).toEqual({ cells: [{ period: '2025-02', area: 'b', deviation: -30_000_000 }], errors: [] });
  });
});
