/**
 * Reads ledger and budget spreadsheets (CSV and XLSX exports of Raindance, Unit4 ERP, Visma, ...)
 * into plain rows: period, account, responsibility code, amount in öre.
 *
 * Sign: amounts are taken as they stand in the ledger (debit positive: costs positive, income
 * negative), the SIE convention used everywhere in the system. A sheet that shows income positive
 * and costs negative is read with `sign: 'result'`, which negates every amount.
 *
 * Format: by the file's extension (of `fileName` if given, else of `path`): .csv, .txt, .tsv are
 * CSV, .xlsx is XLSX. The content decides where it is clear: a ZIP file is read as XLSX whatever
 * its name, an old binary .xls is refused with a message, an unknown extension is read as CSV.
 */

import { type FileHandle, open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { openFailure } from '../files.ts';
import type { TableKind } from './columns.ts';
import { readCsvRecords } from './csv.ts';
import { TableError } from './errors.ts';
import { RowAssembler, type TableRow } from './rows.ts';
import type { RawRecord } from './values.ts';
import { readXlsxRecords } from './xlsx.ts';

export type { TableKind } from './columns.ts';
export { TableError } from './errors.ts';
export type { TableRow } from './rows.ts';

export interface TableReadOptions {
  /** Which amount column to take when a sheet has both: "utfall"/"belopp" or "budget". */
  kind: TableKind;
  /** The name used in messages and to pick the format (an upload's original name). */
  fileName?: string;
  /** 'ledger' (default): as booked, debit positive. 'result': income positive; negated. */
  sign?: 'ledger' | 'result';
  /**
   * Column names for a file without a header row, e.g. ['datum', 'konto', 'ansvar', 'belopp']
   * for the CSV of tools/gen-ledger.mjs. The first row is then data.
   */
  header?: readonly string[];
  /** Bytes of the file read so far, called as it is read (an XLSX's packed bytes). */
  onProgress?: (bytesRead: number) => void;
}

type Format = 'csv' | 'xlsx';

async function sniff(path: string, file: string): Promise<Format> {
  const ext = extname(file).toLowerCase();
  const head = Buffer.alloc(8);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    await handle.read(head, 0, 8, 0);
  } catch (e) {
    throw new TableError(openFailure(e), { file, row: 0 });
  } finally {
    await handle?.close();
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new TableError('gamla Excel-filer (.xls) läses inte; spara som .xlsx eller .csv', { file, row: 0 });
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new TableError('filen är ingen xlsx-fil (den är inte en ZIP-fil)', { file, row: 0 });
  }
  return 'csv';
}

/** The raw records (row number and cells) of a CSV or XLSX sheet, in batches. */
export async function* readSheetRecords(path: string, file: string = basename(path)): AsyncGenerator<RawRecord[]> {
  const format = await sniff(path, file);
  yield* format === 'xlsx' ? readXlsxRecords(path, file) : readCsvRecords(path, file);
}

/**
 * The rows of a sheet in batches (a few thousand rows each, as the file is read): the fast way
 * for a bulk import. Throws a TableError at the first fault.
 */
export async function* readTableBatches(path: string, options: TableReadOptions): AsyncGenerator<TableRow[]> {
  const file = options.fileName ?? basename(path);
  const format = await sniff(path, file);
  const records = format === 'xlsx' ? readXlsxRecords(path, file, options.onProgress) : readCsvRecords(path, file, options.onProgress);
  const assembler = new RowAssembler({
    kind: options.kind,
    file,
    sign: options.sign ?? 'ledger',
    strictWidth: format === 'csv',
    ...(options.header ? { header: options.header } : {}),
  });
  for await (const batch of records) {
    const rows = assembler.push(batch);
    if (rows.length) yield rows;
  }
  assembler.end();
}

/** The rows of a sheet, one at a time; throws a TableError at the first fault. */
export async function* readTable(path: string, options: TableReadOptions): AsyncGenerator<TableRow> {
  for await (const rows of readTableBatches(path, options)) for (const row of rows) yield row;
}

/** All rows of a sheet. */
export async function readTableAll(path: string, options: TableReadOptions): Promise<TableRow[]> {
  const all: TableRow[] = [];
  for await (const rows of readTableBatches(path, options)) for (const row of rows) all.push(row);
  return all;
}
