import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, MINUS, mnkrRounded, mnkrSigned, NBSP } from './format.ts';
import { divRound, MoneyError, parseAmount, roundTo, tkr } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['1234.50', 123450],
    ['-1234,5', -123450],
    ['0.01', 1],
    ['-0.01', -1],
    ['12', 1200],
    ['+7,', 700],
    ['.5', 50],
    ['\u22123,25', -325],
    ['-0', 0],
  ])('reads %s as %i öre', (text, ore) => expect(parseAmount(text)).toBe(ore));

  it('reads Swedish grouping only when asked', () => {
    expect(parseAmount('1 234,50', { grouping: true })).toBe(123450);
    expect(parseAmount(`−1${NBSP}234`, { grouping: true })).toBe(-123400);
    expect(() => parseAmount('1 234,50')).toThrow(MoneyError);
  });

  it.each(['', '-', '1,234,5', '12.345', 'abc', '1e3', '--1', '1.2.3'])('rejects "%s" and quotes it', (text) => {
    expect(() => parseAmount(text)).toThrow(`"${text}"`);
  });

  it('is exact where floats are not (0.1 + 0.2)', () => {
    expect(parseAmount('0.10') + parseAmount('0.20')).toBe(parseAmount('0.30'));
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(Number), (ore) => {
        const abs = Math.abs(ore);
        const text = `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmount(text)).toBe(ore);
      }),
    );
  });
});

describe('rounding half away from zero', () => {
  it.each([
    [15, 10, 2],
    [-15, 10, -2],
    [14, 10, 1],
    [-14, 10, -1],
    [5, 10, 1],
    [-5, 10, -1],
    [4, 10, 0],
    [-4, 10, 0],
  ])('divRound(%i, %i) = %i', (a, unit, q) => expect(divRound(a, unit)).toBe(q));

  it('never gives negative zero', () => expect(Object.is(divRound(-4, 10), -0)).toBe(false));

  it('is symmetric around zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map(Number), (a) => {
        expect(divRound(-a, 1000) + divRound(a, 1000)).toBe(0);
      }),
    );
  });

  it('rounds to units', () => expect(roundTo(-1_250_000_00, 100_000_000 / 10)).toBe(-130_000_000));
});

describe('sv-SE formatting', () => {
  it('prints the seed figures', () => {
    expect(mnkrSigned(1_370_000_000)).toBe(`+13,7${NBSP}mnkr`);
    expect(mnkrSigned(1_052_000_000)).toBe(`+10,5${NBSP}mnkr`);
    expect(mnkrSigned(-19_000_000)).toBe(`${MINUS}0,2${NBSP}mnkr`);
    expect(mnkrSigned(-30_500_000)).toBe(`${MINUS}0,3${NBSP}mnkr`);
    expect(formatMoney(tkr(47), 'tkr')).toBe(`47${NBSP}tkr`);
    expect(formatMoney(tkr(1234), 'tkr')).toBe(`1${NBSP}234${NBSP}tkr`);
  });

  it('gives zero no sign, even when a small negative rounds to it', () => {
    expect(mnkrSigned(-4_000_000)).toBe(`0,0${NBSP}mnkr`);
    expect(mnkrSigned(0)).toBe(`0,0${NBSP}mnkr`);
  });

  it('groups thousands and handles large amounts', () => {
    expect(formatMoney(123_456_789_01, 'kr', { decimals: 2 })).toBe(`123${NBSP}456${NBSP}789,01${NBSP}kr`);
    expect(formatMoney(-2_200_000_000_000, 'mnkr', { signed: true })).toBe(`${MINUS}22${NBSP}000,0${NBSP}mnkr`);
  });

  it('gives the printed value as a number', () => {
    expect(mnkrRounded(1_365_000_000)).toBe(13.7);
    expect(mnkrRounded(-1_365_000_000)).toBe(-13.7);
    expect(mnkrRounded(1_364_999_999)).toBe(13.6);
  });
});
