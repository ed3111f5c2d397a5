/**
 * Money is an integer number of öre (1 kr = 100 öre). Never a float of kronor.
 * Amounts stay JavaScript numbers: every sum a municipality produces (well under 2^53 öre,
 * about 90 000 000 000 mnkr) is exact as a safe integer; every helper checks that it stays so.
 */
export type Ore = number;

export const ORE_PER_KRONA = 100;
export const ORE_PER_TKR = 100_000;
export const ORE_PER_MNKR = 100_000_000;

export class MoneyError extends Error {}

export function assertOre(value: number, what = 'amount'): Ore {
  if (!Number.isSafeInteger(value)) throw new MoneyError(`${what} is not a whole number of öre: ${value}`);
  return value;
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0;
  for (const v of values) total += v;
  return assertOre(total, 'sum');
}

/** Kronor (integer) to öre. */
export function kr(kronor: number): Ore {
  return assertOre(kronor * ORE_PER_KRONA, 'kronor');
}

/** Thousands of kronor (integer or with up to 5 decimals) to öre. */
export function tkr(thousands: number): Ore {
  return assertOre(Math.round(thousands * ORE_PER_TKR), 'tkr');
}

/**
 * Divides and rounds half away from zero, in integers: round(amount / unit) * unit would go
 * through floats; this does not. Returns the quotient (a count of units).
 */
export function divRound(amount: Ore, unit: number): number {
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(unit) || unit <= 0) {
    throw new MoneyError(`cannot divide ${amount} by ${unit}`);
  }
  const sign = amount < 0 ? -1 : 1;
  const abs = Math.abs(amount);
  const q = Math.floor(abs / unit);
  const r = abs - q * unit;
  const rounded = 2 * r >= unit ? q + 1 : q;
  return rounded === 0 ? 0 : sign * rounded;
}

/** Rounds an amount to a whole multiple of unit (öre), half away from zero. */
export function roundTo(amount: Ore, unit: number): Ore {
  return divRound(amount, unit) * unit;
}

/**
 * Parses a decimal amount of kronor exactly into öre. Accepts a point or a comma as the decimal
 * mark ("1234.50", "-1234,5"), an optional leading sign (including U+2212), and spaces, no-break
 * spaces or thin spaces as thousands separators when `grouping` is set ("1 234,50").
 * Throws a MoneyError that quotes the text on anything else (more than two decimals included).
 */
export function parseAmount(text: string, options: { grouping?: boolean } = {}): Ore {
  let s = text.trim();
  if (options.grouping) s = s.replace(/[\s\u00a0\u202f\u2009]/g, '');
  const m = /^([+\-\u2212]?)(\d*)(?:[.,](\d{0,2}))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new MoneyError(`not an amount: "${text}"`);
  const whole = m[2] === '' ? 0 : Number(m[2]);
  const frac = Number(`${m[3] ?? ''}00`.slice(0, 2));
  const ore = whole * ORE_PER_KRONA + frac;
  if (!Number.isSafeInteger(ore)) throw new MoneyError(`amount too large: "${text}"`);
  return m[1] === '-' || m[1] === '\u2212' ? (ore === 0 ? 0 : -ore) : ore;
}
