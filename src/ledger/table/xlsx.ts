/**
 * Streaming XLSX reader: the first worksheet (in the workbook's order), row by row, as records of
 * plain cells. Formulas give their cached result, rich text its plain text, hyperlinks their text,
 * Excel errors (#N/A, #REF!) an error cell that is reported only if the reader needs its value.
 *
 * The zip is opened by its central directory (xlsx-parts.ts, which bounds the unpacked bytes of
 * every part and decodes UTF-8 across chunk ends). exceljs's WorkbookReader reads the small parts
 * (relations, workbook, styles: which numbers are dates); the shared strings and the sheet are
 * parsed here (xlsx-sheet.ts), so that their limits hold before memory grows: exceljs keeps
 * every shared string and makes every row as wide as its last cell's column. exceljs's own
 * unzip loop (unzipper 0.10) ends now and then before its last entries, so it is not used.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { TableError } from './errors.ts';
import type { Cell, RawRecord } from './values.ts';
import { type PartOptions, XlsxParts } from './xlsx-parts.ts';
import { readSharedStrings, readSheetRows } from './xlsx-sheet.ts';

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

/** The steps of exceljs 4.4.0's WorkbookReader (lib/stream/xlsx/workbook-reader.js) used here. */
interface WorkbookSteps {
  model?: { sheets?: { rId?: string }[] };
  workbookRels?: { Id?: string; Target?: string }[];
  properties?: { model?: { date1904?: boolean } };
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
}

const OPTIONS = {
  sharedStrings: 'ignore',
  styles: 'cache', // needed to see which numbers are dates
  hyperlinks: 'ignore',
  worksheets: 'ignore',
  entries: 'ignore',
} as const;

/** The zip path of the workbook's first sheet. */
function firstSheet(steps: WorkbookSteps): string | null {
  const rId = steps.model?.sheets?.[0]?.rId;
  const target = steps.workbookRels?.find((r) => r.Id === rId)?.Target;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Whether a number format shows a date (exceljs's isDateFmt: y, m, d, h, s or b outside quotes and brackets). */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Reads the first worksheet of an XLSX file as batches of records. */
export async function* readXlsxRecords(
  path: string,
  file: string,
  onProgress?: (bytesRead: number) => void,
  options: PartOptions = {},
): AsyncGenerator<RawRecord[]> {
  // Errors of yauzl, saxes and exceljs (a damaged or non-XLSX file) are reported as the file's; ours pass through.
  const fail = (e: unknown): never => {
    if (e instanceof TableError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new TableError(`kunde inte läsa filen som xlsx (${why})`, { file, row: 0 });
  };
  const missing = (what: string): never => {
    throw new TableError(`kunde inte läsa filen som xlsx (${what} saknas)`, { file, row: 0 });
  };
  let parts: XlsxParts | null = null;
  try {
    parts = await XlsxParts.open(path, file, options);
    const zip = parts;
    const small = (name: string) => {
      const text = zip.text(name, true);
      return text ? Readable.from(text) : null;
    };
    const steps = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, OPTIONS) as unknown as WorkbookSteps;
    await steps._parseRels(small('xl/_rels/workbook.xml.rels') ?? missing('xl/_rels/workbook.xml.rels'));
    await steps._parseWorkbook(small('xl/workbook.xml') ?? missing('xl/workbook.xml'));
    const shared = zip.text('xl/sharedStrings.xml', false);
    const sharedStrings = shared ? await readSharedStrings(shared, file) : [];
    const styles = small('xl/styles.xml');
    if (styles) await steps._parseStyles(styles);
    const sheet = firstSheet(steps);
    if (!sheet) return;
    const dateStyles = new Map<number, boolean>();
    const isDateStyle = (style: number): boolean => {
      let date = dateStyles.get(style);
      if (date === undefined) {
        date = isDateFormat(steps.styles?.getStyleModel(style)?.numFmt);
        dateStyles.set(style, date);
      }
      return date;
    };
    // The sheet is nearly all of the file: its unpacked bytes, scaled to the file's size.
    const progress = onProgress
      ? (bytes: number, total: number) => onProgress(Math.min(zip.fileSize, Math.round((bytes / Math.max(total, 1)) * zip.fileSize)))
      : undefined;
    const pieces = zip.text(sheet, false, progress) ?? missing(sheet);
    const ctx = { part: sheet, file, sharedStrings, isDateStyle, date1904: steps.properties?.model?.date1904 === true };
    for await (const rows of readSheetRows(pieces, ctx, BATCH)) {
      yield rows.map((r) => ({ row: r.row, cells: r.cells.map(toCell) }));
    }
  } catch (e) {
    fail(e);
  } finally {
    parts?.close();
  }
}
