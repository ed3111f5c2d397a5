/**
 * Streaming XLSX reader: the first worksheet (in the workbook's order), row by row, as records of
 * plain cells. Formulas give their cached result, rich text its plain text, hyperlinks their text,
 * Excel errors (#N/A, #REF!) an error cell that is reported only if the reader needs its value.
 *
 * The zip is opened by its central directory (yauzl) and exceljs's WorkbookReader is given its
 * parts in the order it needs them: relations, workbook, shared strings, styles, then the sheet,
 * streamed. exceljs's own unzip loop (unzipper 0.10) ends now and then before its last entries:
 * with exceljs's entry order the read then failed, with Excel's (styles and shared strings after
 * the sheet) headers and dates came back wrong, and each read left a temporary file open.
 */
import { pipeline, type Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
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

type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/** The steps of exceljs 4.4.0's WorkbookReader (lib/stream/xlsx/workbook-reader.js) used here. */
interface WorkbookSteps {
  model?: { sheets?: { rId?: string }[] };
  workbookRels?: { Id?: string; Target?: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(chunks: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: WorksheetReader }>;
}

const OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache', // needed to see which numbers are dates
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'ignore',
} as const;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

/** The zip path of the workbook's first sheet, and its number (sheetN.xml) as exceljs names it. */
function firstSheet(steps: WorkbookSteps): { path: string; sheetNo: string } | null {
  const rId = steps.model?.sheets?.[0]?.rId;
  const target = steps.workbookRels?.find((r) => r.Id === rId)?.Target;
  if (!target) return null;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  return { path, sheetNo: /sheet(\d+)\.xml$/i.exec(path)?.[1] ?? '1' };
}

/** A pass-through reporting the bytes of a part (`partSize` unpacked) scaled to the file's size. */
function progressOf(partSize: number, fileSize: number, onProgress: (bytesRead: number) => void): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      onProgress(Math.min(fileSize, Math.round((bytes / Math.max(partSize, 1)) * fileSize)));
      done(null, chunk);
    },
  });
}

/** Reads the first worksheet of an XLSX file as batches of records. */
export async function* readXlsxRecords(path: string, file: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<RawRecord[]> {
  // Errors of yauzl and exceljs (a damaged or non-XLSX file) are reported as the file's; ours pass through.
  const fail = (e: unknown): never => {
    if (e instanceof TableError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new TableError(`kunde inte läsa filen som xlsx (${why})`, { file, row: 0 });
  };
  const missing = (what: string): never => {
    throw new TableError(`kunde inte läsa filen som xlsx (${what} saknas)`, { file, row: 0 });
  };
  let zip: yauzl.ZipFile | null = null;
  const opened: Readable[] = [];
  try {
    zip = await openZip(path);
    const entries = await listEntries(zip);
    const open = async (entry: yauzl.Entry) => {
      if (!zip) throw new Error('the zip is closed');
      const stream = await openEntry(zip, entry);
      opened.push(stream);
      return stream;
    };
    const part = async (name: string) => {
      const entry = entries.get(name);
      return entry ? open(entry) : null;
    };
    const steps = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, OPTIONS) as unknown as WorkbookSteps;
    await steps._parseRels((await part('xl/_rels/workbook.xml.rels')) ?? missing('xl/_rels/workbook.xml.rels'));
    await steps._parseWorkbook((await part('xl/workbook.xml')) ?? missing('xl/workbook.xml'));
    const sharedStrings = await part('xl/sharedStrings.xml');
    if (sharedStrings) for await (const _ of steps._parseSharedStrings(sharedStrings));
    const styles = await part('xl/styles.xml');
    if (styles) await steps._parseStyles(styles);
    const sheet = firstSheet(steps);
    if (!sheet) return;
    const sheetEntry = entries.get(sheet.path) ?? missing(sheet.path);
    let chunks = await open(sheetEntry);
    if (onProgress) {
      // The sheet is nearly all of the file: its unpacked bytes, scaled to the file's size.
      const counter = progressOf(sheetEntry.uncompressedSize, zip.fileSize, onProgress);
      opened.push(counter);
      chunks = pipeline(chunks, counter, () => {}); // an error reaches the reader through the counter
    }
    let worksheet: WorksheetReader | undefined;
    for (const event of steps._parseWorksheet(chunks, sheet.sheetNo)) if (event.eventType === 'worksheet') worksheet = event.value;
    if (!worksheet) return;
    let batch: RawRecord[] = [];
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
      batch.push({ row: row.number, cells });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } catch (e) {
    fail(e);
  } finally {
    // A stream not read to its end (the caller stopped, or a fault) would keep the file open.
    for (const stream of opened) stream.destroy();
    zip?.close();
  }
}
