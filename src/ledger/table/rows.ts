/**
 * Records of a sheet to ledger rows: the first non-blank record is the header, later blank
 * records are skipped, and every other record gives one row or a TableError naming its place.
 * Works on batches of records, so that a file of a million rows is not a million awaits.
 */
import { type ColumnMap, resolveColumns, type TableKind } from './columns.ts';
import { TableError } from './errors.ts';
import { type Cell, CellError, cellHeader, isBlankCell, parseAmountCell, parseKeyCell, parsePeriodCell, type RawRecord } from './values.ts';

export interface TableRow {
  /** "YYYY-MM" */
  period: string;
  account: string;
  /** Responsibility code (ansvar, kostnadsställe). */
  code: string;
  /** Öre, with the sign of the ledger unless the `sign` option says otherwise. */
  amount: number;
  /** 1-based spreadsheet row number (the header is row 1). */
  row: number;
}

export interface AssembleOptions {
  kind: TableKind;
  file: string;
  /** 'result' negates every amount (a sheet with income positive and costs negative). */
  sign: 'ledger' | 'result';
  /** Column names for a sheet without a header row (its first row is data). */
  header?: readonly string[];
  /** Fields beyond the header are an error (CSV: a decimal comma in a comma-separated file). */
  strictWidth: boolean;
}

/** Turns batches of records into batches of rows; holds the header between batches. */
export class RowAssembler {
  private columns: ColumnMap | null;
  /** Whether a non-blank record was seen, and whether one gave a row (not the header). */
  private seen = false;
  private rows = false;
  private lastPeriodText: unknown = undefined;
  private lastPeriod = '';

  constructor(private readonly options: AssembleOptions) {
    this.columns = options.header ? resolveColumns(options.header, options.kind, { file: options.file, row: 0 }) : null;
  }

  push(batch: readonly RawRecord[]): TableRow[] {
    const out: TableRow[] = [];
    for (const record of batch) {
      if (record.cells.every(isBlankCell)) continue;
      this.seen = true;
      if (!this.columns) {
        const { file, kind } = this.options;
        this.columns = resolveColumns(record.cells.map(cellHeader), kind, { file, row: record.row });
        continue;
      }
      out.push(this.toRow(record, this.columns));
    }
    if (out.length > 0) this.rows = true;
    return out;
  }

  /**
   * At the end of the file: a file without a single non-blank row is an error, and so is one with
   * a header row but no rows under it (an import of it would import nothing, yet be logged and
   * could create a committee).
   */
  end(): void {
    const { file } = this.options;
    if (!this.seen) throw new TableError('filen är tom', { file, row: 0 });
    if (!this.rows) throw new TableError('filen har inga rader med belopp, bara en rubrikrad', { file, row: 0 });
  }

  /** Consecutive rows mostly share a period text: parse it once. */
  private period(cell: Cell): string {
    if (typeof cell === 'string' && cell === this.lastPeriodText) return this.lastPeriod;
    const p = parsePeriodCell(cell);
    if (typeof cell === 'string') {
      this.lastPeriodText = cell;
      this.lastPeriod = p;
    }
    return p;
  }

  // No closures per row: a million rows should not make a million functions.
  private toRow(record: RawRecord, columns: ColumnMap): TableRow {
    const { cells, row } = record;
    const { options } = this;
    if (options.strictWidth && cells.length > columns.headers.length) {
      if (!cells.slice(columns.headers.length).every(isBlankCell)) throw this.tooWide(record, columns);
    }
    let at = columns.period;
    try {
      const period = this.period(cells[at]);
      at = columns.account;
      const account = parseKeyCell(cells[at], 'konto');
      at = columns.code;
      const code = parseKeyCell(cells[at], 'ansvar');
      at = columns.amount;
      let amount = parseAmountCell(cells[at]);
      if (options.sign === 'result' && amount !== 0) amount = -amount;
      return { period, account, code, amount, row };
    } catch (e) {
      if (!(e instanceof CellError)) throw e;
      throw new TableError(e.message, { file: options.file, row, column: columns.headers[at] ?? '' });
    }
  }

  /**
   * A CSV row with more fields than the header. The usual cause is an amount with a decimal comma
   * in a comma-separated file ("1234,50" read as "1234" and "50"): said only when the amount's
   * field and the next look like that, as the file may as well use ; or tab.
   */
  private tooWide(record: RawRecord, columns: ColumnMap): TableError {
    const { cells, row } = record;
    const whole = String(cells[columns.amount] ?? '').trim();
    const cents = String(cells[columns.amount + 1] ?? '').trim();
    const splitAmount = /^[-−]?\d[\d ]*$/.test(whole) && /^\d{1,2}$/.test(cents);
    const why = splitAmount
      ? ' (decimalkomma i en kommaseparerad fil? Sätt beloppet inom citattecken, som "1234,50")'
      : ' (ett fält för mycket? Ett fält som innehåller avgränsaren ska stå inom citattecken)';
    return new TableError(`raden har ${cells.length} fält men rubrikraden ${columns.headers.length}${why}`, {
      file: this.options.file,
      row,
    });
  }
}
