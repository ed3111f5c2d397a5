/**
 * Limits of the ledger readers (SIE, CSV, XLSX, the mapping sheet), in one place. Each bounds
 * what one file can make a reader hold or do, so that reading any file keeps the process under
 * about 300 MB and linear time; each exceeded limit is a SieError or TableError in Swedish that
 * names the line, row, column or zip part, raised before memory grows with it. The README's
 * "Gränser / Limits" lists them.
 *
 * Names (account, object, area, company names, voucher and transaction texts) longer than
 * MAX_NAME_CHARS: a sheet's area name is an error, as the JSON mapping route refuses it; an SIE
 * name or text is cut to the limit with a warning, because an SIE file comes from a ledger system
 * whose long texts are real bookkeeping (the figures do not depend on them), while a sheet is
 * typed by hand and a 300 000-character area name there is a mistake. Codes are never cut: a cut
 * code would be another code.
 */

/** Characters of one CSV field or XLSX cell: Excel's own limit (32 767), so any sheet Excel holds passes. */
export const MAX_CELL_CHARS = 32_767;

/** Characters of one CSV record (a line, or lines joined by a quoted line break): 1 Mi. */
export const MAX_CSV_RECORD_CHARS = 1 << 20;

/** Bytes of one SIE line (1 MiB); a 50 MB one-line file is refused at its first line. */
export const MAX_SIE_LINE_BYTES = 1 << 20;

/**
 * Characters of a code: account, responsibility code, object id, voucher series and number
 * (100, as the JSON routes accept for accounts and responsibility codes).
 */
export const MAX_CODE_CHARS = 100;

/**
 * Characters of a name or text: account and object names, #FNAMN, dimension names, voucher and
 * transaction texts, a mapping sheet's area (200, as the JSON routes accept for names).
 */
export const MAX_NAME_CHARS = 200;

/** Records (rows, blank ones included) of one sheet, CSV or XLSX: Excel's own 1 048 576. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Columns of one sheet: a cell beyond column GR (200) is refused before anything is allocated for it. */
export const MAX_SHEET_COLUMNS = 200;

/** Strings in an XLSX's shared-strings table (xl/sharedStrings.xml). */
export const MAX_SHARED_STRINGS = 1_000_000;

/** Characters of all shared strings together (UTF-16 code units, 2 bytes each in memory at most). */
export const MAX_SHARED_STRING_CHARS = 32 << 20;

/**
 * Unpacked bytes of all parts read from one XLSX (workbook, relations, styles, shared strings,
 * the sheet), counted as they are inflated, and as each entry claims before it is opened: a zip
 * bomb is refused at the part that passes it.
 */
export const MAX_XLSX_UNPACKED_BYTES = 512 << 20;

/** Unpacked bytes of one XLSX part other than the sheet and the shared strings (workbook, rels, styles). */
export const MAX_XLSX_SMALL_PART_BYTES = 16 << 20;

/** Distinct accounts in one SIE file. */
export const MAX_SIE_ACCOUNTS = 1_000_000;

/** Distinct objects (of all dimensions together) in one SIE file. */
export const MAX_SIE_OBJECTS = 1_000_000;

/** Distinct (month, account, object) sums of the vouchers of one SIE file: the balances the reader returns. */
export const MAX_SIE_BALANCE_KEYS = 500_000;

/** Balance records (#PSALDO, #PBUDGET, #IB, #UB, #RES) of one SIE file, which are kept until its end. */
export const MAX_SIE_BALANCE_ROWS = 1_000_000;

/** Pairs of dimension and object in one object list ({1 "100" 6 "P1"}). */
export const MAX_SIE_LIST_PAIRS = 64;

/** Swedish thousands: 1 048 576 → "1 048 576", for messages. */
export function limitText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}
