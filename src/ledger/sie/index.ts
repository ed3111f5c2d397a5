/**
 * Streaming reader of SIE files (SIE Gruppen's format 4B/4C, types 1-4, 4E and 4I).
 *
 * readSie(stream, { dimension, fileName }, { voucher }) reads byte chunks with flat memory and
 * returns a SieLedger: fiscal years (#RAR), chart of accounts, objects of all dimensions, period
 * balances per month, account and object of the chosen dimension (from vouchers for fiscal years
 * that have them, else from #PSALDO), period budgets (#PBUDGET), counts, the reconciliation of
 * #IB/#UB/#RES with the movements, and warnings. Vouchers go to the sink one at a time.
 *
 * - Encoding: detected from the first bytes outside ASCII, wherever they are (cp437 as prescribed,
 *   or UTF-8, or ISO-8859-15 in files that claim PC8); a difference from #FORMAT is a warning, and
 *   so are control bytes (C0 but tab and CR; the first, once per file).
 * - #KSUMMA: CRC-32 checked when present; a mismatch is a SieError.
 * - #RTRANS/#BTRANS are never summed (the #TRANS after an #RTRANS carries the amount).
 * - #PSALDO `{}` (or `""` in its place): account total or remainder, decided per file (see
 *   psaldo.ts); a warning when nothing in the file could confirm the reading and it matters.
 * - Malformed lines are SieErrors naming the line; unbalanced vouchers and disagreements are
 *   warnings. A last line without a line break must be a complete known record (else the file was
 *   cut off: an error), and then gives a warning. Sums that would pass 2^53 öre are SieErrors.
 */
export { readSie } from './reader.ts';
export type {
  SieAccount,
  SieDimension,
  SieEncoding,
  SieFiscalYear,
  SieLedger,
  SieMismatch,
  SieObject,
  SiePeriodAmount,
  SieReadOptions,
  SieSink,
  SieTransaction,
  SieVoucher,
  SieWarning,
} from './types.ts';
export { SieError } from './types.ts';
