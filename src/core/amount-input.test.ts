import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountInputError, applyRate, formatRate, parseAmountInput, parsePercentInput } from './amount-input.ts';

describe('parseAmountInput', () => {
  it.each([
    ['-0,3 mnkr', -30_000_000],
    ['250 tkr', 25_000_000],
    ['1 234,50 kr', 123_450],
    ['\u22122 500', -250_000],
    ['+13,7 mnkr', 1_370_000_000],
    ['1\u00a0234', 123_400],
    ['47 TKR', 4_700_000],
    ['0,12345 tkr', 12_345],
    ['–2,5 mnkr', -250_000_000],
    ['1.5 Mkr', 150_000_000],
    ['12', 1200],
    [',5', 50],
    ['-0', 0],
  ])('reads %s', (text, ore) => {
    expect(parseAmountInput(text)).toBe(ore);
  });

  it.each([
    ['', 'inget belopp'],
    ['abc', 'Okänd enhet "abc"'],
    ['1,234 kr', 'fler decimaler'],
    ['1 2,3,4', 'inget belopp'],
    ['0,123456 tkr', 'fler decimaler'],
    ['12 euro', 'Okänd enhet "euro"'],
    ['99999999999999999 kr', 'för stort'],
    ['1e5', 'inget belopp'],
  ])('refuses %s', (text, message) => {
    expect(() => parseAmountInput(text)).toThrow(AmountInputError);
    expect(() => parseAmountInput(text)).toThrow(message);
  });

  it('reads back any öre amount written as kronor with a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (ore) => {
        const abs = Math.abs(ore);
        const text = `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')} kr`;
        expect(parseAmountInput(text)).toBe(ore);
      }),
    );
  });
});

describe('percentages', () => {
  it('reads a comma or a point and an optional percent sign', () => {
    expect(parsePercentInput('44,5')).toBe(445_000);
    expect(parsePercentInput('44.5')).toBe(445_000);
    expect(parsePercentInput('0,6 %')).toBe(6_000);
    expect(parsePercentInput('-1,2575')).toBe(-12_575);
    expect(formatRate(445_000)).toBe('44,5');
    expect(formatRate(-6_000)).toBe('-0,6');
  });
  it('refuses what is not a percentage', () => {
    expect(() => parsePercentInput('44,12345')).toThrow('fler än fyra decimaler');
    expect(() => parsePercentInput('fyrtio')).toThrow('ingen procentsats');
    expect(() => parsePercentInput('5000')).toThrow('orimligt stor');
  });
  it('applies a rate exactly, half away from zero', () => {
    // 100 000 000 kr salary base × 2,2 % = 2 200 000 kr
    expect(applyRate(10_000_000_000, 22_000)).toBe(220_000_000);
    expect(applyRate(150, 5_000_00)).toBe(75); // 1,50 kr × 50 %
    expect(applyRate(1, 500_000)).toBe(1); // 0,5 öre rounds away from zero
    expect(applyRate(-1, 500_000)).toBe(-1);
    expect(applyRate(9e15, 1_000_000)).toBe(9e15);
  });
});
