/**
 * Streaming CSV reader. Decodes the bytes (csv-decoder.ts), detects the delimiter (; , or tab)
 * from the first non-blank line, or from an Excel "sep=;" line, and splits records with one pass
 * over the text, character by character, whose state carries over from chunk to chunk: the time
 * is linear in the file's size and the result does not depend on where chunks end. Quoted fields
 * may hold delimiters, line breaks and "" escapes. Only the records of the current chunk are held
 * in memory; a field, a record, a row's fields and the file's rows are capped (limits.ts).
 */
import { createReadStream } from 'node:fs';
import { limitText, MAX_CELL_CHARS, MAX_CSV_RECORD_CHARS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../limits.ts';
import { CsvDecoder, EncodingError } from './csv-decoder.ts';
import { TableError } from './errors.ts';
import type { RawRecord } from './values.ts';

const QUOTE = 0x22;
const LF = 0x0a;

/** Where the splitter is in the current field. */
const START = 0; // nothing but whitespace yet: a quote here opens a quoted field
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3; // a quote inside a quoted field: "" is a quote, anything else closes it
const AFTER = 4; // after a closed quoted field: the rest is taken as it stands

/** Whitespace as String.prototype.trim sees it. */
function isWhitespace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0xa0 && String.fromCharCode(c).trim() === '';
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/** Splits decoded text into records (arrays of fields), across chunk boundaries. */
export class CsvSplitter {
  delimiter: string | null;
  /** Number of records read so far: the row number of the last record. */
  row = 0;
  private delim = 0;
  /** Text held before the delimiter is known (the first lines, up to the first non-blank one). */
  private head = '';
  private state = START;
  /** The current field's text up to the current chunk, and its length with what follows. */
  private field = '';
  private fieldLen = 0;
  private fields: string[] = [];
  private recordLen = 0;
  /** The first non-blank record's fields: column names for messages. */
  private header: string[] | null = null;

  constructor(delimiter: string | null = null) {
    this.delimiter = delimiter;
    if (delimiter !== null) this.delim = delimiter.charCodeAt(0);
  }

  /** Adds text and returns the records completed by it; `final` at the end of the file. */
  push(text: string, final = false): RawRecord[] {
    const out: RawRecord[] = [];
    let rest = text;
    if (this.delimiter === null) rest = this.detectFrom(text, final, out);
    if (this.delimiter !== null) {
      this.scan(rest, out);
      if (final) this.finish(out);
    }
    return out;
  }

  /**
   * Before the delimiter is known: blank lines are records of their own, a "sep=;" line names
   * the delimiter, the first other line decides it. Returns the text from that line on.
   */
  private detectFrom(text: string, final: boolean, out: RawRecord[]): string {
    if (!final && text.indexOf('\n') < 0) {
      this.head += text;
      if (this.head.length > MAX_CSV_RECORD_CHARS) this.tooLongRecord();
      return '';
    }
    const buf = this.head + text;
    this.head = '';
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (nl < 0 && !final) {
        this.head = buf.slice(pos);
        if (this.head.length > MAX_CSV_RECORD_CHARS) this.tooLongRecord();
        return '';
      }
      const end = nl < 0 ? buf.length : nl;
      if (end - pos > MAX_CSV_RECORD_CHARS) this.tooLongRecord();
      const line = buf.slice(pos, end);
      if (line.trim() === '') {
        this.record(out, [stripCr(line)]);
        pos = end + 1;
        continue;
      }
      const sep = /^"?sep=(.)"?\s*$/i.exec(line);
      if (sep) {
        this.setDelimiter(sep[1] ?? ';');
        this.row++; // the "sep=;" line is a row of the file, but no record
        return buf.slice(end + 1);
      }
      this.setDelimiter(guessDelimiter(line));
      return buf.slice(pos);
    }
    return '';
  }

  private setDelimiter(d: string): void {
    this.delimiter = d;
    this.delim = d.charCodeAt(0);
  }

  /** One pass over the text: every character is looked at once. */
  private scan(s: string, out: RawRecord[]): void {
    const d = this.delim;
    let st = this.state;
    let seg = 0; // start in s of the current field's text not yet in this.field
    let fieldLen = this.fieldLen;
    let recordLen = this.recordLen;
    const n = s.length;
    let nextQuote = -1;
    for (let i = 0; i < n; i++) {
      if (recordLen === 0 && st === START) {
        // A whole line without quotes at the start of a record: split at once (most lines).
        const nl = s.indexOf('\n', i);
        if (nextQuote < i && nextQuote !== n) {
          const q = s.indexOf('"', i);
          nextQuote = q < 0 ? n : q;
        }
        if (nl >= 0 && nl < nextQuote && nl - i < MAX_CSV_RECORD_CHARS) {
          this.plainLine(s.slice(i, nl), out);
          i = nl;
          seg = nl + 1;
          continue;
        }
      }
      const c = s.charCodeAt(i);
      if (++recordLen > MAX_CSV_RECORD_CHARS) this.tooLongRecord();
      if (st === QUOTED) {
        if (c === QUOTE) {
          this.field += s.slice(seg, i);
          st = QUOTE_SEEN;
        } else if (++fieldLen > MAX_CELL_CHARS) {
          this.tooLongField();
        }
        continue;
      }
      if (st === QUOTE_SEEN) {
        if (c === QUOTE) {
          if (++fieldLen > MAX_CELL_CHARS) this.tooLongField();
          this.field += '"';
          st = QUOTED;
          seg = i + 1;
          continue;
        }
        st = AFTER;
        seg = i;
      }
      if (c === d || c === LF) {
        this.fields.push(this.field + s.slice(seg, i));
        this.field = '';
        fieldLen = 0;
        seg = i + 1;
        st = START;
        if (this.fields.length > MAX_SHEET_COLUMNS) this.tooWide();
        if (c === LF) {
          const fields = this.fields;
          fields[fields.length - 1] = stripCr(fields[fields.length - 1] as string);
          this.fields = [];
          recordLen = 0;
          this.record(out, fields);
        }
        continue;
      }
      if (st === START) {
        if (c === QUOTE) {
          // A quoted field: the whitespace before the quote is dropped.
          this.field = '';
          fieldLen = 0;
          seg = i + 1;
          st = QUOTED;
          continue;
        }
        if (!isWhitespace(c)) st = UNQUOTED;
      }
      if (++fieldLen > MAX_CELL_CHARS) this.tooLongField();
    }
    if (st !== QUOTE_SEEN) this.field += s.slice(seg);
    this.state = st;
    this.fieldLen = fieldLen;
    this.recordLen = recordLen;
  }

  /** A line without quotes, as the character loop would read it. */
  private plainLine(line: string, out: RawRecord[]): void {
    const fields = line.split(this.delimiter as string);
    for (let k = 0; k < fields.length; k++) {
      if ((fields[k] as string).length > MAX_CELL_CHARS) this.tooLongField(k);
      if (k + 1 > MAX_SHEET_COLUMNS) this.tooWide();
    }
    fields[fields.length - 1] = stripCr(fields[fields.length - 1] as string);
    this.record(out, fields);
  }

  /** At the end of the file: the last record, when the file does not end with a line break. */
  private finish(out: RawRecord[]): void {
    if (this.state === QUOTED) throw new TableError('ett citattecken avslutas aldrig', { row: this.row + 1 });
    if (this.recordLen === 0) return;
    this.fields.push(stripCr(this.field));
    const fields = this.fields;
    this.fields = [];
    this.field = '';
    this.fieldLen = 0;
    this.recordLen = 0;
    this.state = START;
    this.record(out, fields);
  }

  private record(out: RawRecord[], cells: string[]): void {
    if (++this.row > MAX_SHEET_ROWS) {
      throw new TableError(`filen har fler än gränsen ${limitText(MAX_SHEET_ROWS)} rader`, { row: this.row });
    }
    if (this.header === null && cells.some((c) => c.trim() !== '')) this.header = cells.map((c) => c.trim());
    out.push({ row: this.row, cells });
  }

  /** The place of the current field: its column's header text when the header row is read. */
  private fieldPlace(index: number): { row: number; column?: string } {
    const column = this.header?.[index];
    return column === undefined ? { row: this.row + 1 } : { row: this.row + 1, column };
  }

  private tooLongField(index = this.fields.length): never {
    const place = this.fieldPlace(index);
    const which = place.column === undefined ? `fält ${index + 1}` : 'fältet';
    throw new TableError(`${which} är längre än gränsen ${limitText(MAX_CELL_CHARS)} tecken`, place);
  }

  private tooLongRecord(): never {
    throw new TableError(`raden är längre än gränsen ${limitText(MAX_CSV_RECORD_CHARS)} tecken; är det verkligen en CSV-fil?`, {
      row: this.row + 1,
    });
  }

  private tooWide(): never {
    throw new TableError(`raden har fler än gränsen ${MAX_SHEET_COLUMNS} fält`, { row: this.row + 1 });
  }
}

/** The delimiter that occurs most often outside quotes in a line (; when none does). */
function guessDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    ['\t', 0],
    [',', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ';';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Reads a CSV file as batches of records. */
export function readCsvRecords(path: string, file: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<RawRecord[]> {
  return csvRecordsOf(createReadStream(path, { highWaterMark: 1 << 16 }), file, onProgress);
}

/** Reads CSV bytes, in whatever chunks they come, as batches of records. */
export async function* csvRecordsOf(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  onProgress?: (bytesRead: number) => void,
): AsyncGenerator<RawRecord[]> {
  const decoder = new CsvDecoder();
  const splitter = new CsvSplitter();
  /** The encoding error, thrown once the records before its row have been taken. */
  let pending: TableError | null = null;
  const read = (bytes: Uint8Array, last: boolean): RawRecord[] => {
    try {
      return splitter.push(decoder.decode(bytes, last), last);
    } catch (e) {
      if (e instanceof TableError)
        throw new TableError(e.reason, { file, row: e.row, ...(e.column !== undefined ? { column: e.column } : {}) });
      if (e instanceof EncodingError) {
        // The records before the first bad byte are read (and handed on) first, so that neither
        // its row nor an error in an earlier record depends on where the chunks end.
        const before = splitter.push(e.before);
        pending = new TableError(e.message, { file, row: splitter.row + 1 });
        return before;
      }
      throw e;
    }
  };
  try {
    let bytes = 0;
    for await (const chunk of chunks) {
      bytes += chunk.length;
      onProgress?.(bytes);
      const records = read(chunk, false);
      if (records.length) yield records;
      if (pending) throw pending;
    }
    const rest = read(new Uint8Array(0), true);
    if (rest.length) yield rest;
    if (pending) throw pending;
  } finally {
    (chunks as { destroy?: () => void }).destroy?.();
  }
}
