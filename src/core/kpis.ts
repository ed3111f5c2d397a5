/**
 * Key figures (nyckeltal): non-financial figures per area and month (placements, households with
 * income support, sick leave %, FTE). A value is stored exactly as an integer number of
 * thousandths (12,5 → 12 500): a definition has 0–3 decimals, and a value with more decimals than
 * its definition allows is an error, never rounded. Typed values are Swedish: "12,5", "1 234",
 * "-3", "4.25"; a trailing unit sign ("%") is accepted.
 */
export const KPI_MAX_DECIMALS = 3;
export const THOUSANDTHS = 1000;
/** Largest magnitude of a value, in thousandths (a trillion: far beyond any count or percentage). */
const MAX_ABS = 1e15;

export class KpiValueError extends Error {}

export interface KpiDefinition {
  id: string;
  name: string;
  /** "st", "%", "åa", "hushåll"; '' for a plain number. */
  unit: string;
  /** Target in thousandths, null when there is none. */
  target: number | null;
  /** Decimals shown and accepted, 0–3. */
  decimals: number;
}

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const NUMBER = /^([+\-\u2212\u2013]?)(\d+)(?:[.,](\d+))?$/;

/** A typed value (or a spreadsheet number) to thousandths, allowing at most `decimals` decimals. */
export function parseKpiValue(input: string | number, decimals: number): number {
  const text = typeof input === 'number' ? String(input) : input;
  const compact = text.trim().replace(SPACES, '').replace(/%$/, '');
  const m = NUMBER.exec(compact);
  if (!m) throw new KpiValueError(`"${text}" är inget tal: skriv till exempel "12", "12,5" eller "-3".`);
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > decimals) {
    throw new KpiValueError(
      decimals === 0
        ? `"${text}" ska vara ett heltal (nyckeltalet har inga decimaler).`
        : `"${text}" har ${decimals === 1 ? 'mer än en decimal' : `fler än ${decimals} decimaler`}.`,
    );
  }
  const value = Number(`${m[2]}${frac.padEnd(3, '0')}`);
  if (value > MAX_ABS) throw new KpiValueError(`"${text}" är orimligt stort.`);
  const negative = m[1] !== '' && m[1] !== '+';
  return negative && value !== 0 ? -value : value;
}

/** Thousandths as Swedish text with the definition's decimals: 12 500, 1 → "12,5". */
export function formatKpiValue(thousandths: number, decimals: number): string {
  const negative = thousandths < 0;
  const abs = Math.abs(thousandths);
  const whole = String(Math.floor(abs / THOUSANDTHS)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const frac = String(abs % THOUSANDTHS)
    .padStart(3, '0')
    .slice(0, decimals);
  return `${negative ? '\u2212' : ''}${whole}${decimals > 0 ? `,${frac}` : ''}`;
}

/** The value as a JSON number (exact: at most three decimals). */
export const kpiNumber = (thousandths: number): number => thousandths / THOUSANDTHS;

export function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > KPI_MAX_DECIMALS)
    throw new KpiValueError(`Antal decimaler ska vara 0–${KPI_MAX_DECIMALS}, inte ${decimals}.`);
}
