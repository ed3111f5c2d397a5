/**
 * What a person types as an amount or a percentage, read exactly. Amounts: "-0,3 mnkr",
 * "250 tkr", "1 234,50 kr", "−2 500" (kronor when no unit is named), "+13,7 mnkr"; the decimal
 * mark is a comma or a point, groups of digits may be separated by spaces (also no-break and
 * thin spaces), the sign may be +, -, U+2212 or an en dash. Percentages: "44,5", "44.5", "0,6 %".
 * Every value is read with integer arithmetic; a decimal finer than an öre (or than the rate's
 * precision) is an error, never rounded away. Errors are Swedish and quote what was typed.
 */
import { ORE_PER_KRONA, ORE_PER_MNKR, ORE_PER_TKR, type Ore } from './money.ts';

export class AmountInputError extends Error {}

const UNITS: Record<string, number> = {
  kr: ORE_PER_KRONA,
  sek: ORE_PER_KRONA,
  kronor: ORE_PER_KRONA,
  tkr: ORE_PER_TKR,
  ksek: ORE_PER_TKR,
  mnkr: ORE_PER_MNKR,
  mkr: ORE_PER_MNKR,
  msek: ORE_PER_MNKR,
};

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const NUMBER = /^([+\-\u2212\u2013]?)(\d*)(?:[.,](\d*))?$/;

interface Decimal {
  negative: boolean;
  digits: string;
  decimals: string;
}

function readDecimal(s: string): Decimal | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  const whole = m[2] ?? '';
  const decimals = m[3] ?? '';
  if (whole === '' && decimals === '') return null;
  return { negative: m[1] !== '' && m[1] !== '+', digits: whole, decimals };
}

/** digits.decimals × scale, exactly, when scale is a power of ten; null when finer than 1. */
function scaled(d: Decimal, scale: number): number | null {
  const places = Math.round(Math.log10(scale));
  const decimals = d.decimals.replace(/0+$/, '');
  if (decimals.length > places) return null;
  const value = Number(`${d.digits || '0'}${decimals.padEnd(places, '0')}`);
  return d.negative && value !== 0 ? -value : value;
}

const EXAMPLES = 'skriv till exempel "-0,3 mnkr", "250 tkr", "1 234,50 kr" eller "-2 500"';

/** A typed amount in öre. Without a unit the amount is kronor. */
export function parseAmountInput(text: string): Ore {
  const compact = text.trim().replace(SPACES, '').toLowerCase();
  const unitMatch = /[a-zåäö]+$/.exec(compact);
  const unitName = unitMatch ? unitMatch[0] : 'kr';
  const unit = UNITS[unitName];
  if (unit === undefined) throw new AmountInputError(`Okänd enhet "${unitName}" i beloppet "${text}": ${EXAMPLES}.`);
  const decimal = readDecimal(unitMatch ? compact.slice(0, unitMatch.index) : compact);
  if (!decimal) throw new AmountInputError(`"${text}" är inget belopp: ${EXAMPLES}.`);
  const ore = scaled(decimal, unit);
  if (ore === null) throw new AmountInputError(`Beloppet "${text}" har fler decimaler än ett helt antal öre.`);
  if (!Number.isSafeInteger(ore)) throw new AmountInputError(`Beloppet "${text}" är för stort.`);
  return ore;
}

/** A rate as an integer number of millionths (1 % = 10 000); four decimals of a percent at most. */
export type Rate = number;
export const RATE_PER_PERCENT = 10_000;
const RATE_SCALE = 1_000_000;

/** A typed percentage ("44,5", "44.5", "0,6 %", "-1,25") as a Rate. */
export function parsePercentInput(text: string): Rate {
  const compact = text.trim().replace(SPACES, '').replace(/%$/, '');
  const decimal = readDecimal(compact);
  if (!decimal) throw new AmountInputError(`"${text}" är ingen procentsats: skriv till exempel "44,5" eller "0,6".`);
  const rate = scaled(decimal, RATE_PER_PERCENT);
  if (rate === null) throw new AmountInputError(`Procentsatsen "${text}" har fler än fyra decimaler.`);
  if (Math.abs(rate) > 1000 * RATE_PER_PERCENT) throw new AmountInputError(`Procentsatsen "${text}" är orimligt stor (över 1 000 %).`);
  return rate;
}

/** amount × rate, rounded half away from zero to whole öre, in exact integer arithmetic. */
export function applyRate(amount: Ore, rate: Rate): Ore {
  const product = BigInt(amount) * BigInt(rate);
  const scale = BigInt(RATE_SCALE);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let q = abs / scale;
  if ((abs % scale) * 2n >= scale) q += 1n;
  const result = Number(negative ? -q : q);
  if (!Number.isSafeInteger(result)) throw new AmountInputError('Beloppet blir för stort.');
  return result === 0 ? 0 : result;
}

/** "44,5" from a Rate, for showing an input back as it was meant. */
export function formatRate(rate: Rate): string {
  const negative = rate < 0;
  const abs = Math.abs(rate);
  const whole = Math.floor(abs / RATE_PER_PERCENT);
  const frac = String(abs % RATE_PER_PERCENT)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `,${frac}` : ''}`;
}
