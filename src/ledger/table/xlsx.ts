/**
 * Streaming XLSX reader (exceljs's WorkbookReader): the first worksheet, row by row, as records of
 * plain cells. Formulas give their cached result, rich text its plain text, hyperlinks their text,
 * Excel errors (#N/A, #REF!) an error cell that is reported only if the reader needs its value.
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { TableError } from './errors.ts';
import type { Cell, RawRecord } from './values.ts';

const BATCH = 1000;

/** exceljs's cell value to a plain cell. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isNaN(value)) return { error: '#NUM!' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
    }
    if ('formula' in v || 'sharedFormula' in v) {
      // exceljs drops an error result (#DIV/0!) of a formula, as it does a result never computed.
      if (v.result === undefined || v.result === null || Number.isNaN(v.result)) {
        return { error: 'en formel utan värde (ett fel som #DIV/0! eller aldrig beräknad)' };
      }
      return toCell(v.result);
    }
    if ('error' in v) return { error: String(v.error) };
    if ('text' in v) return toCell(v.text);
  }
  return { error: 'ett okänt cellvärde' };
}

/** A pass-through that reports the bytes gone through it. */
function byteCounter(onProgress: (bytesRead: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onProgress(bytes);
      done(null, chunk);
    },
  });
}

type Sheets = AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>;
interface OpenSheet {
  input: ReturnType<typeof createReadStream>;
  sheets: Sheets;
  first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
}

/**
 * Opens the file and waits for its first worksheet. exceljs's streaming unzip now and then ends its
 * entry loop before the last entries (2 reads in 600 of the same file here); with exceljs's own file
 * order the worksheet then arrives before xl/workbook.xml and exceljs fails on `model.sheets`. No row
 * has been read at that point, so the file is simply opened again.
 */
async function openFirstSheet(path: string, onProgress?: (bytesRead: number) => void, attempts = 4): Promise<OpenSheet> {
  for (let attempt = 1; ; attempt++) {
    const input = createReadStream(path);
    const counted = onProgress ? input.pipe(byteCounter(onProgress)) : input;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
      sharedStrings: 'cache',
      styles: 'cache', // needed to see which numbers are dates
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    try {
      const sheets: Sheets = reader[Symbol.asyncIterator]();
      return { input, sheets, first: await sheets.next() };
    } catch (e) {
      input.destroy();
      const truncatedRead = (reader as unknown as { model?: unknown }).model === undefined && e instanceof TypeError;
      if (!truncatedRead || attempt >= attempts) throw e;
    }
  }
}

/** Reads the first worksheet of an XLSX file as batches of records. */
export async function* readXlsxRecords(path: string, file: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<RawRecord[]> {
  // Errors of exceljs (a damaged or non-XLSX file) are reported as the file's; ours pass through.
  const wrap = (e: unknown): never => {
    if (e instanceof TableError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new TableError(`kunde inte läsa filen som xlsx (${why})`, { file, row: 0 });
  };
  let opened: OpenSheet;
  try {
    opened = await openFirstSheet(path, onProgress);
  } catch (e) {
    return wrap(e);
  }
  const { input, sheets, first } = opened;
  let batch: RawRecord[] = [];
  try {
    if (first.done) return;
    const rows = first.value[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<ExcelJS.Row>;
      try {
        next = await rows.next();
      } catch (e) {
        return wrap(e);
      }
      if (next.done) break;
      const row = next.value;
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
      batch.push({ row: row.number, cells });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
    // Later worksheets are not read: stop the unzip stream.
    void sheets.return(undefined).catch(() => {});
  } finally {
    input.destroy();
  }
}
