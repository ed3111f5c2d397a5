/**
 * The shared strings and the first sheet of an XLSX, parsed from their XML as it streams (saxes,
 * the parser exceljs uses), with every limit checked before anything grows with it: the number
 * and total length of shared strings, a cell's length, a row's number and a cell's column. A
 * cell in column XFD is refused at its `r` attribute, before a row of 16 384 cells is made (as
 * exceljs's WorksheetReader would). Cell values follow exceljs's reading of them: shared and
 * inline strings, numbers, booleans, Excel errors, formulas with their cached result, and numbers
 * with a date format as dates.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { limitText, MAX_CELL_CHARS, MAX_SHARED_STRING_CHARS, MAX_SHARED_STRINGS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../limits.ts';
import { TableError } from './errors.ts';

/** A cell as exceljs gives it: see toCell in xlsx.ts. */
export type CellValue = string | number | boolean | Date | null | undefined | { error: string } | { formula: string; result?: unknown };

/** Column letters of a number: 1 → A, 200 → GR. */
export function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const LAST_COLUMN = columnName(MAX_SHEET_COLUMNS);

/** Nesting of XML elements: a sheet or shared strings part nests a few levels, a storm of "<si>" thousands. */
const MAX_XML_DEPTH = 64;

interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  text(t: string): void;
  close(tag: SaxesTagPlain): void;
}

/** A saxes parser calling the handlers; write() throws (through `fail`) at the first XML error. */
function xmlParser(on: XmlHandlers, fail: (why: string) => never): { write(piece: string): void; close(): void } {
  const parser = new SaxesParser();
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  let depth = 0;
  parser.on('opentag', (t) => {
    if (++depth > MAX_XML_DEPTH) fail(`element nästlade djupare än ${MAX_XML_DEPTH} nivåer`);
    on.open(t);
  });
  parser.on('text', (t) => on.text(t));
  parser.on('closetag', (t) => {
    depth--;
    on.close(t);
  });
  const check = (): void => {
    if (error) fail(`felaktig XML (${error.message})`);
  };
  return {
    write(piece) {
      parser.write(piece);
      check();
    },
    close() {
      parser.close();
      check();
    },
  };
}

/** Runs saxes over the pieces of text. */
async function parse(pieces: AsyncIterable<string>, on: XmlHandlers, fail: (why: string) => never): Promise<void> {
  const parser = xmlParser(on, fail);
  for await (const piece of pieces) parser.write(piece);
  parser.close();
}

/** The local name of a tag (x:si → si). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** xl/sharedStrings.xml: each <si> as plain text (rich text runs joined). */
export async function readSharedStrings(pieces: AsyncIterable<string>, file: string): Promise<string[]> {
  const part = 'xl/sharedStrings.xml';
  const fail = (why: string): never => {
    throw new TableError(`${part}: ${why}`, { file, row: 0 });
  };
  const strings: string[] = [];
  let chars = 0;
  let inT = 0;
  let inRph = 0;
  let text = '';
  await parse(
    pieces,
    {
      open(tag) {
        const n = local(tag.name);
        if (n === 'si') {
          if (strings.length >= MAX_SHARED_STRINGS) fail(`fler än gränsen ${limitText(MAX_SHARED_STRINGS)} delade strängar`);
          text = '';
        } else if (n === 't') inT++;
        else if (n === 'rPh') inRph++; // phonetic hints are no text
      },
      text(t) {
        if (inT === 0 || inRph > 0) return;
        if (text.length + t.length > MAX_CELL_CHARS)
          fail(`sträng ${strings.length + 1} är längre än gränsen ${limitText(MAX_CELL_CHARS)} tecken`);
        chars += t.length;
        if (chars > MAX_SHARED_STRING_CHARS)
          fail(`de delade strängarna är tillsammans längre än gränsen ${limitText(MAX_SHARED_STRING_CHARS)} tecken`);
        text += t;
      },
      close(tag) {
        const n = local(tag.name);
        if (n === 'si') strings.push(text);
        else if (n === 't') inT--;
        else if (n === 'rPh') inRph--;
      },
    },
    fail,
  );
  return strings;
}

export interface SheetContext {
  part: string;
  file: string;
  sharedStrings: readonly string[];
  /** Whether cells of this style index hold dates. */
  isDateStyle(style: number): boolean;
  date1904: boolean;
}

interface PendingCell {
  col: number;
  t: string;
  s: number;
  v: string | null;
  f: string | null;
}

/** Excel's day number to a date, as exceljs computes it. */
function excelToDate(v: number, date1904: boolean): Date {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** Column number of a cell reference (B12 → 2); 0 when it has none. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
    if (n > 16_384) return n;
  }
  return n;
}

/** Rows of the sheet as (row number, cells from column A), in batches as the XML streams. */
export async function* readSheetRows(
  pieces: AsyncIterable<string>,
  ctx: SheetContext,
  batchSize: number,
): AsyncGenerator<{ row: number; cells: CellValue[] }[]> {
  const fail = (why: string, row = 0): never => {
    throw new TableError(row > 0 ? why : `${ctx.part}: ${why}`, { file: ctx.file, row });
  };
  let batch: { row: number; cells: CellValue[] }[] = [];
  let rowNo = 0;
  let cells: CellValue[] | null = null;
  let cell: PendingCell | null = null;
  let target: 'v' | 'f' | 't' | null = null;
  let buf = '';
  let inSheetData = false;
  const value = (c: PendingCell): CellValue => {
    if (c.f !== null) {
      if (c.v === null) return { formula: c.f };
      return { formula: c.f, result: c.t === 'str' ? c.v : Number.parseFloat(c.v) };
    }
    if (c.v === null) return null;
    switch (c.t) {
      case 's':
        return ctx.sharedStrings[Number.parseInt(c.v, 10)];
      case 'inlineStr':
      case 'str':
        return c.v;
      case 'e':
        return { error: c.v };
      case 'b':
        return Number.parseInt(c.v, 10) !== 0;
      default: {
        const n = Number.parseFloat(c.v);
        return c.s && ctx.isDateStyle(c.s) ? excelToDate(n, ctx.date1904) : n;
      }
    }
  };
  const handlers = {
    open(tag: SaxesTagPlain) {
      const n = local(tag.name);
      if (n === 'sheetData') inSheetData = true;
      else if (!inSheetData) return;
      else if (n === 'row') {
        const r = tag.attributes.r;
        const next = r === undefined ? rowNo + 1 : Number.parseInt(r, 10);
        if (!(next > rowNo)) fail(`raden ${r} står inte efter rad ${rowNo}`, rowNo + 1);
        if (next > MAX_SHEET_ROWS) fail(`bladet har fler än gränsen ${limitText(MAX_SHEET_ROWS)} rader`, next);
        rowNo = next;
        cells = [];
      } else if (n === 'c' && cells) {
        const ref = tag.attributes.r;
        const col = ref === undefined ? cells.length + 1 : columnOf(ref);
        if (col < 1) fail(`cellen "${ref}" har ingen kolumn`, rowNo);
        if (col > MAX_SHEET_COLUMNS) {
          fail(
            `cellen ${ref ?? columnName(col)} ligger bortom gränsen ${MAX_SHEET_COLUMNS} kolumner (sista kolumnen är ${LAST_COLUMN})`,
            rowNo,
          );
        }
        const s = Number.parseInt(tag.attributes.s ?? '', 10);
        cell = { col, t: tag.attributes.t ?? '', s: Number.isNaN(s) ? 0 : s, v: null, f: null };
      } else if (cell && (n === 'v' || n === 'f' || n === 't')) {
        target = n;
        buf = '';
      }
    },
    text(t: string) {
      if (target === null) return;
      if (buf.length + t.length > MAX_CELL_CHARS) fail(`cellen är längre än gränsen ${limitText(MAX_CELL_CHARS)} tecken`, rowNo);
      buf += t;
    },
    close(tag: SaxesTagPlain) {
      const n = local(tag.name);
      if (n === 'sheetData') inSheetData = false;
      if (!inSheetData) return;
      if (cell && (n === 'v' || n === 'f' || n === 't') && target === n) {
        if (n === 'f') cell.f = buf;
        else cell.v = (cell.v ?? '') + buf; // inline rich text: its runs joined
        target = null;
      } else if (n === 'c' && cell && cells) {
        while (cells.length < cell.col - 1) cells.push(null);
        cells[cell.col - 1] = value(cell);
        cell = null;
      } else if (n === 'row' && cells) {
        batch.push({ row: rowNo, cells });
        cells = null;
      }
    },
  };
  // saxes calls back synchronously while a piece is written: full batches are yielded between pieces.
  const parser = xmlParser(handlers, (why) => fail(why));
  for await (const piece of pieces) {
    parser.write(piece);
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  parser.close();
  if (batch.length) yield batch;
}
