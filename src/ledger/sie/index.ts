/** Streaming reader of SIE files (SIE Gruppen's format 4B/4C, types 1-4, 4E and 4I). */
export { readSie } from './reader.ts';
export { SieError } from './types.ts';
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
