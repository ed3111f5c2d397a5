import { describe, expect, it } from 'vitest';
import { CycleRuleError, isAreaLate, isDate, isPeriodLate, matchesFilter, nextAreaState, nextPeriodState, swedishDate } from './cycle.ts';

const area = { name: 'Utredning vuxen', missingTexts: [] };

describe('area states', () => {
  it('walks open -> ready -> returned -> ready -> accepted', () => {
    expect(nextAreaState('open', 'open', 'ready', area)).toBe('ready');
    expect(nextAreaState('open', 'ready', 'return', area, 'Förklara avvikelsen.')).toBe('returned');
    expect(nextAreaState('open', 'returned', 'ready', area)).toBe('ready');
    expect(nextAreaState('open', 'ready', 'accept', area)).toBe('accepted');
    expect(nextAreaState('open', 'accepted', 'return', area, 'Ändra åtgärden.')).toBe('returned');
  });

  it('refuses a material area without its texts, naming them', () => {
    expect(() =>
      nextAreaState('open', 'open', 'ready', { name: 'Familjehem', missingTexts: ['Kommentar till avvikelsen', 'Åtgärd till avvikelsen'] }),
    ).toThrow('Familjehem kan inte markeras klart: området är väsentligt och saknar kommentar till avvikelsen och åtgärd till avvikelsen.');
  });

  it('refuses a return without a note, and steps out of order', () => {
    expect(() => nextAreaState('open', 'ready', 'return', area, '  ')).toThrow('Skriv en kommentar');
    expect(() => nextAreaState('open', 'ready', 'return', area, 'x'.repeat(2001))).toThrow('högst 2000 tecken');
    expect(() => nextAreaState('open', 'open', 'accept', area)).toThrow('kan bara godkännas när det är markerat klart (det är pågår)');
    expect(() => nextAreaState('open', 'open', 'return', area, 'x')).toThrow(CycleRuleError);
    expect(() => nextAreaState('open', 'ready', 'ready', area)).toThrow('redan markerat klart');
    expect(() => nextAreaState('open', 'accepted', 'accept', area)).toThrow('redan godkänt');
  });

  it('changes no area of an approved or published period', () => {
    expect(() => nextAreaState('approved', 'ready', 'accept', area)).toThrow('Perioden är godkänd');
    expect(() => nextAreaState('published', 'open', 'ready', area)).toThrow('Perioden är publicerad');
  });
});

describe('the whole', () => {
  const accepted = [
    { name: 'A', state: 'accepted' as const },
    { name: 'B', state: 'accepted' as const },
  ];
  it('approves when every area is accepted, publishes an approved one, reopens', () => {
    expect(nextPeriodState('open', 'approve', accepted)).toBe('approved');
    expect(nextPeriodState('approved', 'publish', accepted)).toBe('published');
    expect(nextPeriodState('published', 'reopen', accepted)).toBe('open');
    expect(nextPeriodState('approved', 'reopen', accepted)).toBe('open');
  });
  it('refuses, naming the areas not accepted', () => {
    expect(() =>
      nextPeriodState('open', 'approve', [
        { name: 'A', state: 'accepted' },
        { name: 'B', state: 'ready' },
        { name: 'C', state: 'returned' },
      ]),
    ).toThrow('inte godkända: B, C.');
    expect(() => nextPeriodState('open', 'publish', accepted)).toThrow('förrän controllern har godkänt');
    expect(() => nextPeriodState('published', 'publish', accepted)).toThrow('redan publicerad');
    expect(() => nextPeriodState('open', 'reopen', accepted)).toThrow('redan öppen');
    expect(() => nextPeriodState('approved', 'approve', accepted)).toThrow('redan godkänd');
  });
});

describe('deadlines and filters', () => {
  it('is late the day after the deadline while not ready', () => {
    expect(isAreaLate('open', '2025-05-08', '2025-05-08')).toBe(false);
    expect(isAreaLate('open', '2025-05-08', '2025-05-09')).toBe(true);
    expect(isAreaLate('returned', '2025-05-08', '2025-05-09')).toBe(true);
    expect(isAreaLate('ready', '2025-05-08', '2025-05-09')).toBe(false);
    expect(isAreaLate('accepted', '2025-05-08', '2025-06-09')).toBe(false);
    expect(isAreaLate('open', null, '2099-01-01')).toBe(false);
    expect(isPeriodLate('open', '2025-05-10', '2025-05-11')).toBe(true);
    expect(isPeriodLate('approved', '2025-05-10', '2025-05-11')).toBe(false);
  });
  it('counts days in Swedish time', () => {
    expect(swedishDate(new Date('2025-05-08T22:30:00Z'))).toBe('2025-05-09');
    expect(swedishDate(new Date('2025-01-08T22:30:00Z'))).toBe('2025-01-08');
  });
  it('reads only real days', () => {
    expect(isDate('2025-02-28')).toBe(true);
    expect(isDate('2025-02-30')).toBe(false);
    expect(isDate('2025-5-1')).toBe(false);
  });
  it('filters saknas, sen, återsänd', () => {
    const a = { state: 'returned' as const, late: false, missingTexts: [] };
    const b = { state: 'open' as const, late: true, missingTexts: ['Kommentar'] };
    expect([a, b].filter((x) => matchesFilter(x, 'atersand'))).toEqual([a]);
    expect([a, b].filter((x) => matchesFilter(x, 'sen'))).toEqual([b]);
    expect([a, b].filter((x) => matchesFilter(x, 'saknas'))).toEqual([b]);
  });
});
