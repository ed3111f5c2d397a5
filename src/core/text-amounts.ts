/**
 * Amounts written in a Swedish text ("+1,0 mnkr", "-250 tkr", "2,3 mnkr", "1 234 tkr",
 * "0,5 miljoner kronor", "47 tkr"), each with the precision it was written to, and whether a
 * figure matches it within that rounding.
 *
 * Only a number with a unit of money is an amount: "0,6 %" and "11 jourlägenheter" are not. A
 * sign counts when it stands right before the digits ("-0,2 mnkr", "–2,5 mnkr", "+3,4 mnkr");
 * "2,2 - 0,6 = 1,6 mnkr" holds one amount, 1,6 mnkr, unsigned. The value is read by
 * parseAmountInput (src/core/amount-input.ts), so text and input agree on what a number means.
 */
import { parseAmountInput } from './amount-input.ts';
import { divRound, ORE_PER_KRONA, ORE_PER_MNKR, ORE_PER_TKR, type Ore } from './money.ts';

export interface AmountMention {
  /** The amount as written, in öre (signed when a sign was written). */
  amount: Ore;
  /** A sign was written: the amount says which way. */
  signed: boolean;
  /** The step the number was written to, in öre: "2,3 mnkr" → 0,1 mnkr; "47 tkr" → 1 tkr. */
  step: Ore;
  /** The unit as printed back: mnkr, tkr or kr. */
  unit: 'mnkr' | 'tkr' | 'kr';
  decimals: number;
  phrase: string;
  start: number;
  end: number;
}

/** Unit words (lower case, spaces as one space) and what they stand for. */
const UNIT_WORDS: [string, 'mnkr' | 'tkr' | 'kr'][] = [
  ['miljoner kronor', 'mnkr'],
  ['miljoner kr', 'mnkr'],
  ['miljon kronor', 'mnkr'],
  ['miljoner', 'mnkr'],
  ['miljon', 'mnkr'],
  ['mn kr', 'mnkr'],
  ['mnkr', 'mnkr'],
  ['mkr', 'mnkr'],
  ['msek', 'mnkr'],
  ['tusen kronor', 'tkr'],
  ['tusen kr', 'tkr'],
  ['tkr', 'tkr'],
  ['ksek', 'tkr'],
  ['kronor', 'kr'],
  ['kr', 'kr'],
  ['sek', 'kr'],
];
const UNIT_ORE = { mnkr: ORE_PER_MNKR, tkr: ORE_PER_TKR, kr: ORE_PER_KRONA } as const;

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const unitAlternatives = UNIT_WORDS.map(([w]) => w.replace(/ /g, `${SPACE}+`)).join('|');
const AMOUNT_PATTERN = new RegExp(
  `(?<![\\p{L}\\d,.])([+\\-\\u2212\\u2013])?(\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:[,.](\\d+))?${SPACE}*(${unitAlternatives})(?![\\p{L}\\d])`,
  'giu',
);

/** Every amount of money the text writes, in order. */
export function amountMentions(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  for (const m of text.matchAll(AMOUNT_PATTERN)) {
    const [phrase, sign = '', whole = '', decimals = '', unitWord = ''] = m;
    // A sign glued to a word before it is a hyphen ("HVB-2 tkr"), not a sign.
    const before = text[m.index - 1];
    const signed = sign !== '' && (before === undefined || /[\s(]/u.test(before));
    const unitKey = unitWord.toLowerCase().replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
    const unit = UNIT_WORDS.find(([w]) => w === unitKey)?.[1];
    if (!unit) continue;
    const start = signed || sign === '' ? m.index : m.index + sign.length;
    const number = `${signed ? sign : ''}${whole.replace(/\D/g, '')}${decimals ? `,${decimals}` : ''}`;
    let amount: Ore;
    try {
      amount = parseAmountInput(`${number} ${unit}`);
    } catch {
      continue; // finer than an öre, or too large: no amount a figure could be
    }
    const step = Math.max(1, Math.round(UNIT_ORE[unit] / 10 ** decimals.length));
    out.push({
      amount,
      signed,
      step,
      unit,
      decimals: decimals.length,
      phrase: text.slice(start, m.index + phrase.length),
      start,
      end: m.index + phrase.length,
    });
  }
  return out;
}

/**
 * The figure, rounded to the step the text was written to, reads as the text's amount: "2,3 mnkr"
 * matches 2 250 000–2 349 999 kr (half away from zero). Unsigned, either sign matches ("ett
 * underskott på 2,3 mnkr" for −2,3 mnkr); signed, only the sign written.
 */
export function amountMatches(mention: AmountMention, figure: Ore): boolean {
  const rounded = divRound(figure, mention.step);
  const written = mention.amount / mention.step;
  return mention.signed ? rounded === written : Math.abs(rounded) === Math.abs(written);
}

/** How far the figure is from the text's amount (the nearest figure is named in the warning). */
export function amountDistance(mention: AmountMention, figure: Ore): number {
  return mention.signed ? Math.abs(figure - mention.amount) : Math.abs(Math.abs(figure) - Math.abs(mention.amount));
}
