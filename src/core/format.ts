import { divRound, ORE_PER_KRONA, ORE_PER_MNKR, ORE_PER_TKR, type Ore } from './money.ts';

/** The minus sign Swedish typography uses (U+2212), as Intl's sv-SE does. */
export const MINUS = '\u2212';
/** No-break space: between digit groups and before the unit, so "13,7 mnkr" never breaks. */
export const NBSP = '\u00a0';

export type Unit = 'mnkr' | 'tkr' | 'kr';
export interface FormatOptions {
  /** Print "+" before positive amounts (deviations); zero never gets a sign. */
  signed?: boolean;
  /** Decimals shown; default 1 for mnkr, 0 for tkr and kr. */
  decimals?: number;
  /** Leave out the unit. */
  bare?: boolean;
  /** Separator between number and unit and between digit groups; default no-break space. */
  space?: string;
}

const UNIT_ORE: Record<Unit, number> = { mnkr: ORE_PER_MNKR, tkr: ORE_PER_TKR, kr: ORE_PER_KRONA };

/** Formats öre in sv-SE: formatMoney(1_370_000_000, 'mnkr', {signed: true}) → "+13,7 mnkr". */
export function formatMoney(amount: Ore, unit: Unit, options: FormatOptions = {}): string {
  const decimals = options.decimals ?? (unit === 'mnkr' ? 1 : 0);
  const space = options.space ?? NBSP;
  const scaled = divRound(amount, UNIT_ORE[unit] / 10 ** decimals);
  const abs = Math.abs(scaled);
  const digits = String(abs).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = decimals > 0 ? `,${digits.slice(digits.length - decimals)}` : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  const sign = scaled < 0 ? MINUS : scaled > 0 && options.signed ? '+' : '';
  return `${sign}${grouped}${frac}${options.bare ? '' : `${space}${unit}`}`;
}

export const mnkr = (amount: Ore, options: FormatOptions = {}) => formatMoney(amount, 'mnkr', options);
export const mnkrSigned = (amount: Ore) => formatMoney(amount, 'mnkr', { signed: true });
export const tkrText = (amount: Ore, options: FormatOptions = {}) => formatMoney(amount, 'tkr', options);

/** The value a printed mnkr figure shows, as a number with one decimal: 1 370 000 000 öre → 13.7. */
export function mnkrRounded(amount: Ore): number {
  return divRound(amount, ORE_PER_MNKR / 10) / 10;
}
