/**
 * Cell values to periods, amounts and codes. A cell is what a CSV field or an XLSX cell holds;
 * the parsers throw a CellError with the reason, and the caller adds the place (file, row, column).
 */
import { MoneyError, parseAmount } from '#core/money.ts';
import { formatPeriod, type Period } from '#core/period.ts';
import { MAX_CODE_CHARS } from '../limits.ts';

/** A cell of a sheet: text from CSV; text, number, date or boolean from XLSX; or an Excel error. */
export type Cell = string | number | boolean | Date | null | undefined | { error: string };

/** One record of a sheet: its 1-based spreadsheet row number and its cells, column A first. */
export interface RawRecord {
  row: number;
  cells: Cell[];
}

export class CellError extends Error {}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Header text of a cell (XLSX headers may be numbers or dates). */
export function cellHeader(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return cell.error;
  return String(cell).trim();
}

/** Quotes a cell for a message: `"12,3,4"`. */
function show(cell: Cell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'ogiltigt datum' : cell.toISOString().slice(0, 10);
  return `"${String(cell)}"`;
}

function checkCell(cell: Cell, what: string): asserts cell is string | number | boolean | Date {
  if (isBlankCell(cell)) throw new CellError(`${what} saknas`);
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    const e = cell.error;
    throw new CellError(`cellen innehåller ${e.startsWith('#') ? 'felet ' : ''}${e}`);
  }
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
/** Excel serial day numbers taken as dates when a date cell lost its format (1954..2119). */
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function ym(year: number, month: number, day?: number): Period | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!Number.isInteger(day) || day < 1 || day > last) return null;
  }
  return formatPeriod({ year, month });
}

function periodOfDigits(digits: string): Period | null {
  if (digits.length === 6) return ym(Number(digits.slice(0, 4)), Number(digits.slice(4)));
  if (digits.length === 8) {
    return ym(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6)));
  }
  return null;
}

/**
 * "2025-04", "202504", "2025/04", "2025-4", "2025-04-15", "20250415", "2025-04-15 08:30",
 * "april 2025", "apr 2025", "Apr. 2025"; XLSX dates, numbers 202504 and 20250415, and Excel day
 * numbers (a date cell whose format was lost). A date gives its calendar month.
 */
export function parsePeriodCell(cell: Cell): Period {
  checkCell(cell, 'period');
  let p: Period | null = null;
  if (cell instanceof Date) {
    if (!Number.isNaN(cell.getTime())) p = ym(cell.getUTCFullYear(), cell.getUTCMonth() + 1);
  } else if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 0) p = periodOfDigits(String(cell));
    if (!p && cell >= MIN_SERIAL && cell < MAX_SERIAL) {
      const d = new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000);
      p = ym(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
  } else if (typeof cell === 'string') {
    p = parsePeriodText(cell.trim());
  }
  if (!p) {
    throw new CellError(`${show(cell)} är ingen period (väntade t.ex. 2025-04, 202504, 2025-04-15 eller april 2025)`);
  }
  return p;
}

function parsePeriodText(s: string): Period | null {
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return ym(Number(m[1]), Number(m[2]));
  m = /^(\d{4})([-/.]?)(\d{2})\2(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return ym(Number(m[1]), Number(m[3]), Number(m[4]));
  if (/^\d{6}$/.test(s)) return periodOfDigits(s);
  m = /^([a-zA-ZåäöÅÄÖ]+)\.?[\s-]+(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month === undefined ? null : ym(Number(m[2]), month);
  }
  return null;
}

/**
 * An amount of kronor to öre. Text: Swedish or plain numbers ("1 234,50", "-1234,5", "−1 234",
 * "1234.50"), exactly, at most two decimals. XLSX numbers: rounded to whole öre, half away from
 * zero (so a negated sheet reads as the negated amounts).
 */
export function parseAmountCell(cell: Cell): number {
  checkCell(cell, 'belopp');
  if (typeof cell === 'number') {
    // toFixed(6) removes float noise (1234.56 * 100 = 123455.99999999999); half away from zero.
    const scaled = Number((cell * 100).toFixed(6));
    const ore = Math.sign(scaled) * Math.round(Math.abs(scaled));
    if (!Number.isSafeInteger(ore)) throw new CellError(`${show(cell)} är inget belopp`);
    return ore === 0 ? 0 : ore;
  }
  if (typeof cell === 'string') {
    try {
      return parseAmount(cell, { grouping: true });
    } catch (e) {
      if (e instanceof MoneyError) throw new CellError(`${show(cell.trim())} är inget belopp`);
      throw e;
    }
  }
  throw new CellError(`${show(cell)} är inget belopp`);
}

/** What a key is not, for messages: "inget konto", "ingen ansvarskod" (not "inget ansvar"). */
const NOT_A: Record<'konto' | 'ansvar', string> = { konto: 'inget konto', ansvar: 'ingen ansvarskod' };

/** An account or responsibility code: trimmed text; a numeric cell 5010 gives "5010". */
export function parseKeyCell(cell: Cell, what: 'konto' | 'ansvar'): string {
  checkCell(cell, what);
  if (cell instanceof Date) throw new CellError(`${show(cell)} är ett datum, ${NOT_A[what]}`);
  const key = String(cell).trim();
  if (key.length > MAX_CODE_CHARS)
    throw new CellError(`${what === 'konto' ? 'kontot' : 'ansvarskoden'} är längre än gränsen ${MAX_CODE_CHARS} tecken`);
  return key;
}
