import { describe, expect, it } from 'vitest';
import { decimalFormat, headerFooterText, kronor, kronorOrEmpty, MAX_CELL_TEXT, safeText } from './cells.ts';

describe('safeText', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\n=1"],
  ])('puts an apostrophe before a text that would start a formula: %j', (text, stored) => {
    expect(safeText(text)).toBe(stored);
  });

  it('leaves other texts as they are', () => {
    for (const text of ['Socialnämnden', 'Åäö', 'a=b', " '=already", '', '<script>alert(1)</script>', 'x'.repeat(300)]) {
      expect(safeText(text)).toBe(text);
    }
  });

  it('replaces what XML cannot hold and keeps a pair of surrogates', () => {
    expect(safeText('a\u0000b\u001fc\ufffe')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(safeText('lone \ud800 and \udc00')).toBe('lone \ufffd and \ufffd');
    expect(safeText('emoji 😀')).toBe('emoji 😀');
    expect(safeText('rad\r\nrad\rrad')).toBe('rad\nrad\nrad');
  });

  it('cuts a text to what a cell holds', () => {
    const cut = safeText('å'.repeat(MAX_CELL_TEXT + 10));
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('doubles & in a page header, where it starts a code', () => {
    expect(headerFooterText('A & B &P')).toBe('A && B &&P');
    expect(headerFooterText('=x')).toBe("'=x");
  });
});

describe('numbers', () => {
  it('gives kronor exactly from öre, and nothing for no amount', () => {
    expect(kronor(1_370_000_012)).toBe(13_700_000.12);
    expect(kronor(-5)).toBe(-0.05);
    expect(kronorOrEmpty(null)).toBeNull();
    expect(kronorOrEmpty(0)).toBe(0);
  });

  it('formats a key figure with its decimals', () => {
    expect(decimalFormat(0)).toBe('#,##0');
    expect(decimalFormat(1)).toBe('#,##0.0');
    expect(decimalFormat(3)).toBe('#,##0.000');
  });
});
