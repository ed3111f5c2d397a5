import { describe, expect, it } from 'vitest';
import { columnWidths } from './columns.ts';
import { TEXT_WIDTH } from './page.ts';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const figure = '+13,7\u00a0mnkr';

describe('columnWidths', () => {
  it('gives the area table its figures on one line and the rest to the names, summing to the text width', () => {
    const head = ['Verksamhetsområde', 'Resultat', 'Budget', 'Avvikelse', 'Avvikelse mars', 'Årsprognos'];
    const rows = [['Familjehemsenheterna stöd och myndighet', figure, figure, figure, figure, '+22,0\u00a0mnkr']];
    const { widths, compact } = columnWidths(head, rows, [false, true, true, true, true, true]);
    expect(compact).toBe(false);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    // 10 characters of 10 pt Calibri and the cell margins: at least 1 200 twips.
    for (const w of widths.slice(1)) expect(w).toBeGreaterThanOrEqual(1200);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
  });

  it('keeps the figures whole beside a 300-character word, which wraps in its own column', () => {
    const { widths, compact } = columnWidths(['Område', 'Avvikelse'], [['x'.repeat(300), figure]], [false, true]);
    expect(compact).toBe(false);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(widths[1]).toBeGreaterThanOrEqual(1200);
    expect(widths[1]).toBeLessThan(TEXT_WIDTH / 2);
  });

  it('shrinks every column and sets the table smaller when the figures cannot fit at 10 pt', () => {
    const head = ['Nämnd', ...Array.from({ length: 9 }, (_, i) => `Kolumn ${i}`)];
    const { widths, compact } = columnWidths(
      head,
      [['Socialnämnden', ...Array(9).fill('+1\u00a0234,5\u00a0mnkr')]],
      [false, ...Array(9).fill(true)],
    );
    expect(compact).toBe(true);
    expect(sum(widths)).toBe(TEXT_WIDTH);
    expect(Math.min(...widths)).toBeGreaterThan(0);
  });

  it('spreads a table of figures only (a chart table without text) over the width', () => {
    const { widths } = columnWidths(['Månad', 'Utfall'], [['2025-01', '1,2']], [false, true]);
    expect(sum(widths)).toBe(TEXT_WIDTH);
  });
});
