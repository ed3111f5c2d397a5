import { describe, expect, it } from 'vitest';
import { parseThresholdInput } from './materiality.ts';

describe('materiality threshold input', () => {
  it('reads a bare number as tkr and a named unit as named', () => {
    expect(parseThresholdInput('150')).toBe(15_000_000);
    expect(parseThresholdInput('150 tkr')).toBe(15_000_000);
    expect(parseThresholdInput('0,2 mnkr')).toBe(20_000_000);
    expect(parseThresholdInput('150 000 kr')).toBe(15_000_000);
    expect(() => parseThresholdInput('-5')).toThrow('Väsentlighetsgränsen kan inte vara negativ ("-5").');
    expect(() => parseThresholdInput('mycket')).toThrow(/Okänd enhet "mycket"/);
  });
});
