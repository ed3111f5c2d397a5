import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORE_PER_MNKR, ORE_PER_TKR } from './money.ts';
import { amountMatches, amountMentions } from './text-amounts.ts';
import { monthMentions } from './text-months.ts';
import { type CandidateFigure, mentionedPeriod, type TextToCheck, textWarnings, type WarningContext } from './text-warnings.ts';

const APRIL: WarningContext = { period: '2025-04', fiscalYearStart: '2025-01', materialityThreshold: 150 * ORE_PER_TKR };
const mn = (x: number) => Math.round(x * ORE_PER_MNKR);

function text(body: string, more: Partial<TextToCheck> = {}): TextToCheck {
  return { kind: 'action', area: 'utredning-vuxen', body, state: 'written', figures: [], previousBody: null, movements: [], ...more };
}
const pastMonths = (body: string, ctx = APRIL) => textWarnings(text(body), ctx).filter((w) => w.type === 'future-month');

describe('months spoken of as past', () => {
  it('warns on the seed\'s "har inletts i augusti" in April, marking the month', () => {
    const body = 'Ett förändringsarbete har inletts i augusti, efter ett förberedande arbete i våras.';
    const [w, ...rest] = pastMonths(body);
    expect(rest).toEqual([]);
    expect(w?.message).toBe('Texten nämner augusti som passerad, men rapporten gäller april.');
    expect(w?.phrase).toBe('augusti');
    expect(body.slice(w?.start, w?.end)).toBe('augusti');
    expect(w?.kind).toBe('action');
    expect(w?.area).toBe('utredning-vuxen');
  });

  it.each([
    'I juni genomfördes en översyn.',
    'Under september har enheten anställt två handläggare.',
    'Arbetet startade i okt.',
    'Arbetet pågår sedan november.',
    'HVB-samordnaren har arbetat heltid från mitten av maj.',
    'HVB-samordnaren har arbetat heltid fr.o.m. mitten av maj.',
    'Augusti inleddes med en ny placering.',
  ])('warns on "%s"', (body) => {
    expect(pastMonths(body)).toHaveLength(1);
  });

  it.each([
    'Arbetet planeras i augusti.',
    'Från och med september gäller nya rutiner.',
    'Nya rutiner gäller från och med september.',
    'Arbetet har inletts. Nya rutiner gäller fr.o.m. september.',
    'Arbetet har inletts, och nya rutiner gäller i september.',
    'En samordnare ska börja i juni.',
    'Avgifterna kommer att faktureras i oktober.',
    'Under april har enheten fått finansiering för januari–april.',
    'Arbetet har inletts i augusti 2024.',
    'Jan har inlett arbetet.',
    'Vi har firat jul.',
    'Budgeterade statsbidrag väntas i september.',
    'Efter förberedelser under våren startar ett gemensamt utvecklingsarbete.',
  ])('is silent on "%s"', (body) => {
    expect(pastMonths(body)).toEqual([]);
  });

  it('compares years: augusti 2025 written out in April 2025 warns, with the year in the message in another year', () => {
    expect(pastMonths('Arbetet har inletts i augusti 2025.')).toHaveLength(1);
    const split: WarningContext = { period: '2025-04', fiscalYearStart: '2024-07', materialityThreshold: 0 };
    expect(pastMonths('Arbetet har inletts i augusti.', split)).toEqual([]);
    const [w] = pastMonths('Arbetet genomfördes i maj 2026.', split);
    expect(w?.message).toBe('Texten nämner maj 2026 som passerad, men rapporten gäller april 2025.');
  });

  it('reads abbreviations, genitives and the case of a sentence start', () => {
    const found = monthMentions('Augusti, aug. 2024, septembers möte, sept. och feb samt Febr och Jan');
    expect(found.map((m) => [m.month, m.year, m.phrase])).toEqual([
      [8, null, 'Augusti'],
      [8, 2024, 'aug. 2024'],
      [9, null, 'septembers'],
      [9, null, 'sept.'],
      [2, null, 'feb'],
    ]);
  });

  it('reads a month without a year in the fiscal year', () => {
    expect(mentionedPeriod(8, null, '2025-01')).toBe('2025-08');
    expect(mentionedPeriod(8, null, '2024-07')).toBe('2024-08');
    expect(mentionedPeriod(3, null, '2024-07')).toBe('2025-03');
    expect(mentionedPeriod(3, 2023, '2024-07')).toBe('2023-03');
  });
});

describe('amounts in a text', () => {
  it('reads signs, decimals, groups and units, never percentages', () => {
    const found = amountMentions(
      '+1,0 mnkr, -250 tkr, 2,3 mnkr, 1 234 tkr, 0,5 miljoner kronor, 47 tkr, 0,6 % och 11 jourlägenheter; 2,2 - 0,6 = 1,6 mnkr; –2,5 mnkr',
    );
    expect(found.map((m) => [m.phrase, m.amount, m.signed, m.step])).toEqual([
      ['+1,0 mnkr', mn(1), true, mn(0.1)],
      ['-250 tkr', -250 * ORE_PER_TKR, true, ORE_PER_TKR],
      ['2,3 mnkr', mn(2.3), false, mn(0.1)],
      ['1 234 tkr', 1234 * ORE_PER_TKR, false, ORE_PER_TKR],
      ['0,5 miljoner kronor', mn(0.5), false, mn(0.1)],
      ['47 tkr', 47 * ORE_PER_TKR, false, ORE_PER_TKR],
      ['1,6 mnkr', mn(1.6), false, mn(0.1)],
      ['–2,5 mnkr', mn(-2.5), true, mn(0.1)],
    ]);
  });

  it('matches 2,3 mnkr to 2 250 000–2 349 999 kr of either sign, a signed amount only its own sign', () => {
    const [m] = amountMentions('ett underskott på 2,3 mnkr');
    if (!m) throw new Error('no amount');
    expect(amountMatches(m, 225_000_000)).toBe(true);
    expect(amountMatches(m, 234_999_999)).toBe(true);
    expect(amountMatches(m, 235_000_000)).toBe(false);
    expect(amountMatches(m, 224_999_999)).toBe(false);
    expect(amountMatches(m, -230_000_000)).toBe(true);
    const [s] = amountMentions('avviker med -0,2 mnkr');
    if (!s) throw new Error('no amount');
    expect(amountMatches(s, -20_000_000)).toBe(true);
    expect(amountMatches(s, 20_000_000)).toBe(false);
  });

  it('every figure matches the amount it prints as, at every precision (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.constantFrom(0, 1, 2), (ore, decimals) => {
        const step = ORE_PER_MNKR / 10 ** decimals;
        const q = Math.round(Math.abs(ore) / step) * Math.sign(ore);
        const printed = `${(q * step) / ORE_PER_MNKR >= 0 ? '+' : '-'}${Math.abs((q * step) / ORE_PER_MNKR)
          .toFixed(decimals)
          .replace('.', ',')} mnkr`;
        const [m] = amountMentions(`avvikelse ${printed}`);
        if (!m) return false;
        return amountMatches(m, ore) || Math.abs(Math.abs(ore) % step) * 2 === step;
      }),
    );
  });

  it('warns on an amount no figure matches, naming the nearest', () => {
    const figures: CandidateFigure[] = [
      { label: 'avvikelse', amount: mn(-0.23) },
      { label: 'prognos', amount: mn(-2.2) },
    ];
    const body = 'Avvikelsen är -0,2 mnkr, och i år väntas ett underskott på 2,3 mnkr.';
    const warnings = textWarnings(text(body, { figures }), APRIL);
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w?.type).toBe('unmatched-amount');
    expect(w?.message).toBe('Beloppet 2,3 mnkr stämmer inte med någon siffra för området (närmast: prognos −2,2 mnkr).');
    expect(body.slice(w?.start, w?.end)).toBe('2,3 mnkr');
    expect(w?.nearest).toEqual({ label: 'prognos', amount: mn(-2.2) });
  });
});

describe('a text unchanged while its deviation moved', () => {
  const movements = [{ label: 'avvikelsen hittills', now: mn(3.4), before: mn(2.5) }];
  it("warns on a copied text and on a text saved with last month's body", () => {
    const copied = textWarnings(text('Som förra månaden.', { state: 'copied', movements }), APRIL);
    expect(copied.map((w) => w.message)).toEqual([
      'Texten är förra periodens text (inte sparad för perioden), men avvikelsen hittills har gått från +2,5 mnkr till +3,4 mnkr: mer än väsentlighetsgränsen 150 tkr.',
    ]);
    const same = textWarnings(text('Som förra månaden.', { previousBody: 'Som förra månaden.', movements }), APRIL);
    expect(same[0]?.type).toBe('unchanged-text');
    expect([same[0]?.start, same[0]?.end]).toEqual([0, 'Som förra månaden.'.length]);
  });

  it('is silent when the text changed or the move is within the threshold', () => {
    expect(textWarnings(text('Ny text.', { previousBody: 'Gammal text.', movements }), APRIL)).toEqual([]);
    const small = [{ label: 'prognosen', now: mn(1.1), before: mn(1.0) }];
    expect(textWarnings(text('Text.', { state: 'copied', movements: small }), APRIL)).toEqual([]);
    const exactly = [{ label: 'prognosen', now: 15_000_000, before: 0 }];
    expect(textWarnings(text('Text.', { state: 'copied', movements: exactly }), APRIL)).toEqual([]);
  });
});

describe('any text (property)', () => {
  const words = fc.constantFrom(
    'har',
    'inletts',
    'i',
    'augusti',
    'aug.',
    'sept',
    'planeras',
    '2024',
    '2,3',
    'mnkr',
    '-0,2',
    'tkr',
    '1 234',
    'miljoner kronor',
    '%',
    '.',
    ',',
    '\n\n',
    '–',
    'Jan',
    'genomfördes',
  );
  const bodies = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
  );
  it('never throws, and every warning marks the phrase it quotes within the body', () => {
    fc.assert(
      fc.property(bodies, fc.integer({ min: -(10 ** 10), max: 10 ** 10 }), (body, amount) => {
        const t = text(body, {
          figures: [{ label: 'avvikelse', amount }],
          state: 'copied',
          movements: [{ label: 'x', now: amount, before: 0 }],
        });
        for (const w of textWarnings(t, APRIL)) {
          if (w.start < 0 || w.end > body.length || w.start > w.end) return false;
          if (w.phrase !== null && body.slice(w.start, w.end) !== w.phrase) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
