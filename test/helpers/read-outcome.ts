/**
 * What a ledger reader makes of some bytes, as plain data to compare and count: the rows (or SIE
 * ledger and vouchers) and warnings it read, or the error it raised. Bytes can be handed over in
 * any chunk sizes (cycled), to show that the chunking changes nothing; XLSX bytes are written to a
 * file and its inflated parts re-cut instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSie, SieError, type SieVoucher } from '#ledger/sie/index.ts';
import { csvRecordsOf } from '#ledger/table/csv.ts';
import { TableError } from '#ledger/table/index.ts';
import { RowAssembler, type TableRow } from '#ledger/table/rows.ts';
import type { RawRecord } from '#ledger/table/values.ts';
import { readXlsxRecords } from '#ledger/table/xlsx.ts';

export type Format = 'sie' | 'csv' | 'xlsx';

export type Outcome =
  | { kind: 'accepted'; warnings: number; result: unknown }
  | { kind: 'error'; message: string }
  | { kind: 'crash'; error: unknown };

/** The bytes in chunks of the given sizes, cycled (the whole at once when none). */
export async function* chunked(bytes: Uint8Array, sizes: readonly number[] = []): AsyncGenerator<Buffer> {
  let k = 0;
  for (let i = 0; i < bytes.length; ) {
    const size = sizes.length ? Math.max(1, sizes[k++ % sizes.length] ?? 1) : bytes.length;
    yield Buffer.from(bytes.subarray(i, i + size));
    i += size;
  }
}

async function sieOutcome(bytes: Uint8Array, sizes: readonly number[]): Promise<Outcome> {
  const vouchers: SieVoucher[] = [];
  const ledger = await readSie(chunked(bytes, sizes), { fileName: 'fuzz.se' }, { voucher: (v) => vouchers.push(v) });
  return { kind: 'accepted', warnings: ledger.warnings.length, result: { ledger, vouchers } };
}

async function rowsOf(records: AsyncIterable<RawRecord[]>, strictWidth: boolean, file: string): Promise<Outcome> {
  const assembler = new RowAssembler({ kind: 'actual', file, sign: 'ledger', strictWidth });
  const rows: TableRow[] = [];
  for await (const batch of records) rows.push(...assembler.push(batch));
  assembler.end();
  return { kind: 'accepted', warnings: 0, result: rows };
}

/** Reads the bytes as the format; `dir` holds the temporary XLSX file. */
export async function readOutcome(format: Format, bytes: Uint8Array, sizes: readonly number[] = [], dir = ''): Promise<Outcome> {
  try {
    if (format === 'sie') return await sieOutcome(bytes, sizes);
    if (format === 'csv') return await rowsOf(csvRecordsOf(chunked(bytes, sizes), 'fuzz.csv'), true, 'fuzz.csv');
    const path = join(dir, `fuzz-${process.pid}.xlsx`);
    writeFileSync(path, bytes);
    const chunkSize = sizes[0];
    return await rowsOf(readXlsxRecords(path, 'fuzz.xlsx', undefined, chunkSize ? { chunkSize } : {}), false, 'fuzz.xlsx');
  } catch (e) {
    if (e instanceof SieError || e instanceof TableError) return { kind: 'error', message: e.message };
    return { kind: 'crash', error: e };
  }
}
