/**
 * Public types of the streaming SIE reader (SIE Gruppen's format, types 1-4, 4E and 4I).
 * Amounts are integer öre (debit positive); account and object ids stay strings.
 */

export type SieEncoding = 'cp437' | 'utf8' | 'iso-8859-15';

/**
 * A malformed file. The message names the line (and the file when a name was given) in Swedish,
 * e.g. `x.se: rad 13: "12,50" i #TRANS är inget belopp (…) [#TRANS 5010 {} 12,50]`; line 0 (the
 * file as a whole) is not named.
 */
export class SieError extends Error {
  line: number;
  /** The message without file, line and quoted text. */
  reason: string;
  text?: string;
  file?: string;

  constructor(message: string, line: number, text?: string, file?: string) {
    const where = [file, line > 0 ? `rad ${line}` : ''].filter((p) => p).join(': ');
    super(`${where ? `${where}: ` : ''}${message}${text !== undefined && text !== '' ? ` [${clip(text)}]` : ''}`);
    this.name = 'SieError';
    this.line = line;
    this.reason = message;
    if (text !== undefined) this.text = text;
    if (file !== undefined) this.file = file;
  }
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export interface SieTransaction {
  account: string;
  /** Object id of the chosen dimension, null if the posting is not tagged with that dimension. */
  object: string | null;
  /** Object id of the project dimension (SieReadOptions.projectDimension), when asked for and tagged. */
  project?: string;
  /** öre */
  amount: number;
  text: string;
}

export interface SieVoucher {
  series: string;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  /** Line of the #VER record. */
  line: number;
  transactions: SieTransaction[];
}

export interface SieReadOptions {
  /** Object dimension whose objects tag the amounts (default 1, "kostnadsställe/ansvar"). */
  dimension?: number;
  /** A second dimension whose object each voucher's transaction also carries (projects, for investments). */
  projectDimension?: number;
  /** Used in error messages. */
  fileName?: string;
}

export interface SieSink {
  /** Called synchronously, in file order, once per voucher when its closing brace is read. */
  voucher?(v: SieVoucher): void;
}

export interface SieFiscalYear {
  /** 0 = current year, -1 = previous year... */
  index: number;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export interface SieAccount {
  id: string;
  name: string;
  /** #KTYP: T (asset), S (liability), I (income), K (cost); null when not stated. */
  type: string | null;
}

export interface SieObject {
  dimension: number;
  id: string;
  name: string;
}

export interface SieDimension {
  dimension: number;
  name: string;
}

export interface SiePeriodAmount {
  /** YYYY-MM */
  period: string;
  account: string;
  object: string | null;
  /** öre */
  amount: number;
}

export interface SieMismatch {
  account: string;
  /** The figure the file states (#UB or #RES), öre. */
  expected: number;
  /** Opening balance plus movements (#UB) or the sum of movements (#RES), öre. */
  computed: number;
  /** Extension: the fiscal year index (0 current, -1 previous...). */
  yearIndex: number;
  /** Extension: which stated figure disagrees. */
  record: '#UB' | '#RES';
}

export interface SieWarning {
  line: number;
  message: string;
}

export interface SieLedger {
  sieType: number | null;
  program: string | null;
  companyName: string | null;
  /** #ORGNR (the organisation number), null when the file has none. */
  orgNumber: string | null;
  encoding: SieEncoding;
  checksum: 'ok' | 'absent';
  fiscalYears: SieFiscalYear[];
  accounts: SieAccount[];
  /** All dimensions. */
  objects: SieObject[];
  dimensions: SieDimension[];
  /**
   * Movement per month, account and object of the chosen dimension. From the vouchers for fiscal
   * years that have vouchers, else from #PSALDO. Zero sums are left out.
   */
  periodBalances: SiePeriodAmount[];
  /** #PBUDGET, same shape. Zero amounts are left out. */
  periodBudgets: SiePeriodAmount[];
  counts: {
    accounts: number;
    objects: number;
    vouchers: number;
    transactions: number;
    periodBalances: number;
    periodBudgets: number;
  };
  reconciliation: { accountsChecked: number; mismatches: SieMismatch[] };
  warnings: SieWarning[];
}
