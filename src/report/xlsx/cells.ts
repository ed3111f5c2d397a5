/**
 * What a cell of the workbooks holds: amounts as numbers in kronor (öre / 100, exact to the öre)
 * shown without decimals in a format Excel localises ("1 234 567" in a Swedish Excel), deviations
 * with their sign, and texts made safe. A text is always written as a string (a shared string in
 * the file, never a formula), and one that starts with = + - @ tab or CR gets a leading
 * apostrophe, so that it stays text when someone saves the sheet as CSV and opens that.
 */
import type { Ore } from '#core/money.ts';

/** Amounts: whole kronor with digit grouping; the separators are the reader's locale's. */
export const AMOUNT_FORMAT = '#,##0';
/** Deviations: "+" before a positive one (better than budget), as the printed report. */
export const SIGNED_FORMAT = '+#,##0;-#,##0;0';

/** A number format with this many decimals ("#,##0.0" for 1). */
export function decimalFormat(decimals: number): string {
  const d = Math.max(0, Math.min(10, Math.trunc(decimals)));
  return d === 0 ? AMOUNT_FORMAT : `${AMOUNT_FORMAT}.${'0'.repeat(d)}`;
}

/** Öre as the cell's number: kronor, exact (öre are its two decimals). */
export function kronor(amount: Ore): number {
  return amount / 100;
}

/** Öre or nothing (no forecast given): an empty cell, never a zero that was not reported. */
export function kronorOrEmpty(amount: Ore | null): number | null {
  return amount === null ? null : kronor(amount);
}

/** Starts a formula in Excel, LibreOffice or Google Sheets when a CSV of the sheet is opened. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters XML 1.0 cannot hold (a file with one is "corrupt" to Excel), and lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The most characters a cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A text as written to a cell: XML-safe, within a cell's length, and never read as a formula. A
 * line end is LF: XML reads a raw CR as LF anyway, so the cell holds what a reader gets back.
 */
export function safeText(text: string): string {
  const clean = text.replace(NOT_XML, '\ufffd');
  const guarded = (FORMULA_START.test(clean) ? `'${clean}` : clean).replace(/\r\n?/g, '\n');
  return guarded.length > MAX_CELL_TEXT ? `${guarded.slice(0, MAX_CELL_TEXT - 1)}…` : guarded;
}

/** A text for a printed page's header or footer, where & starts a code (&P, &N). */
export function headerFooterText(text: string): string {
  return safeText(text).replace(/&/g, '&&');
}
