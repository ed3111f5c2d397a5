/**
 * Streaming CSV reader. Decodes UTF-8 (with or without BOM), UTF-16 with a BOM, and falls back to
 * Windows-1252 (a superset of ISO-8859-1's printable characters) as soon as the bytes are not
 * valid UTF-8. Detects the delimiter (; , or tab) from the first non-blank line, or from an Excel
 * "sep=;" line. Quoted fields may hold delimiters, line breaks and "" escapes. The file is read in
 * chunks; only the records of the current chunk are held in memory.
 */
import { createReadStream } from 'node:fs';
import { TableError } from './errors.ts';
import type { RawRecord } from './values.ts';

class EncodingError extends Error {
  /** Line breaks between the text decoded so far and the first bad byte. */
  constructor(
    message: string,
    readonly lines: number,
  ) {
    super(message);
  }
}

/** Bytes to text, one chunk at a time; see the module comment for the encodings. */
export class CsvDecoder {
  private mode: 'sniff' | 'utf-8' | 'windows-1252' | 'utf-16' = 'sniff';
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private other: TextDecoder | null = null;
  private carry: Uint8Array = new Uint8Array(0);
  private bom = false;
  private sawNonAscii = false;

  decode(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = new Uint8Array(0);
    }
    if (this.mode === 'sniff') {
      if (bytes.length < 3 && !last) {
        this.carry = bytes;
        return '';
      }
      bytes = this.sniff(bytes);
    }
    if (this.mode === 'utf-16' || this.mode === 'windows-1252') {
      return (this.other as TextDecoder).decode(bytes, { stream: !last });
    }
    const cut = last ? bytes.length : completeLength(bytes);
    this.carry = bytes.slice(cut);
    const whole = bytes.subarray(0, cut);
    try {
      const text = this.utf8.decode(whole);
      if (!this.sawNonAscii && /[\u0080-\uffff]/.test(text)) this.sawNonAscii = true;
      return text;
    } catch {
      // If everything so far was ASCII, which reads the same in both, switch for the rest.
      const scan = scanUtf8(whole);
      if (this.bom || this.sawNonAscii || scan.multiByte) {
        let lines = 0;
        for (let i = 0; i < scan.firstBad; i++) if (whole[i] === 0x0a) lines++;
        throw new EncodingError('filen har tecken i både UTF-8 och en annan teckenkodning', lines);
      }
      this.mode = 'windows-1252';
      this.other = new TextDecoder('windows-1252');
      const both = new Uint8Array(whole.length + this.carry.length);
      both.set(whole);
      both.set(this.carry, whole.length);
      this.carry = new Uint8Array(0);
      return this.other.decode(both, { stream: !last });
    }
  }

  private sniff(bytes: Uint8Array): Uint8Array {
    const [a, b, c] = bytes;
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      this.mode = 'utf-8';
      this.bom = true;
      return bytes.subarray(3);
    }
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      this.mode = 'utf-16';
      this.other = new TextDecoder(a === 0xff ? 'utf-16le' : 'utf-16be');
      return bytes;
    }
    this.mode = 'utf-8';
    return bytes;
  }
}

/**
 * Scans bytes as UTF-8: whether they hold a well-formed multi-byte character (then they are not
 * all Windows-1252) and the index of the first byte that is not (or -1).
 */
function scanUtf8(bytes: Uint8Array): { multiByte: boolean; firstBad: number } {
  let multiByte = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = need > 0 && i + need <= bytes.length;
    for (let k = 1; ok && k < need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) return { multiByte, firstBad: i };
    multiByte = true;
    i += need - 1;
  }
  return { multiByte, firstBad: -1 };
}

/** Length of the prefix of bytes that ends on a whole UTF-8 character (or is not UTF-8 at all). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= Math.max(0, n - 3); i--) {
    const b = bytes[i] ?? 0;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b < 0xc0) return n; // ASCII
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return n - i < need ? i : n;
  }
  return n;
}

/** Splits decoded text into records (arrays of fields), across chunk boundaries. */
export class CsvSplitter {
  delimiter: string | null;
  private buf = '';
  /** Number of records read so far: the row number of the last record. */
  row = 0;

  constructor(delimiter: string | null = null) {
    this.delimiter = delimiter;
  }

  /** Line breaks in the text held for an unfinished record (inside quotes). */
  pendingLines(): number {
    let n = 0;
    for (let i = this.buf.indexOf('\n'); i >= 0; i = this.buf.indexOf('\n', i + 1)) n++;
    return n;
  }

  /** Adds text and returns the records completed by it; `final` at the end of the file. */
  push(text: string, final = false): RawRecord[] {
    const buf = this.buf + text;
    const out: RawRecord[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const nl = buf.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      const end = nl < 0 ? buf.length : nl;
      const line = buf.slice(pos, end);
      if (this.delimiter === null) {
        if (line.trim() !== '' && !this.detect(line)) {
          this.row++; // an Excel "sep=;" line
          pos = end + 1;
          continue;
        }
      }
      const delim = this.delimiter ?? ';';
      let fields: string[];
      if (!line.includes('"')) {
        fields = stripCr(line).split(delim);
        pos = end + 1;
      } else {
        const parsed = parseQuoted(buf, pos, delim, final);
        if (!parsed) {
          if (final) throw new TableError('ett citattecken avslutas aldrig', { row: this.row + 1 });
          break;
        }
        fields = parsed.fields;
        pos = parsed.end;
      }
      this.row++;
      out.push({ row: this.row, cells: fields });
    }
    this.buf = buf.slice(pos);
    return out;
  }

  /** Picks the delimiter from the first non-blank line; false if the line only named it. */
  private detect(line: string): boolean {
    const sep = /^"?sep=(.)"?\s*$/i.exec(line);
    if (sep) {
      this.delimiter = sep[1] ?? ';';
      return false;
    }
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
    this.delimiter = best;
    return true;
  }
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * Parses one record that holds quotes, from pos; null if it is not complete in buf (a quoted
 * field goes on past the end of the text read so far), unless final.
 */
function parseQuoted(buf: string, pos: number, delim: string, final: boolean): { fields: string[]; end: number } | null {
  const fields: string[] = [];
  let field = '';
  let wasQuoted = false;
  let i = pos;
  while (i < buf.length) {
    const c = buf[i] as string;
    if (c === '"' && !wasQuoted && field.trim() === '') {
      // A quoted field (spaces before the quote are dropped): up to the closing quote.
      field = '';
      wasQuoted = true;
      let j = i + 1;
      for (;;) {
        const q = buf.indexOf('"', j);
        if (q < 0 || (q + 1 >= buf.length && !final)) return null;
        field += buf.slice(j, q);
        if (buf[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (c === delim) {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n') {
      fields.push(stripCr(field));
      return { fields, end: i + 1 };
    } else {
      field += c;
    }
    i++;
  }
  if (!final) return null;
  fields.push(stripCr(field));
  return { fields, end: buf.length };
}

/** Reads a CSV file as batches of records. */
export async function* readCsvRecords(path: string, file: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<RawRecord[]> {
  const decoder = new CsvDecoder();
  const splitter = new CsvSplitter();
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  const place = (e: unknown): never => {
    if (e instanceof TableError) throw new TableError(e.reason, { file, row: e.row });
    if (e instanceof EncodingError) {
      throw new TableError(e.message, { file, row: splitter.row + splitter.pendingLines() + e.lines + 1 });
    }
    throw e;
  };
  try {
    let bytes = 0;
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      onProgress?.(bytes);
      let records: RawRecord[] = [];
      try {
        records = splitter.push(decoder.decode(chunk as Buffer));
      } catch (e) {
        place(e);
      }
      if (records.length) yield records;
    }
    let rest: RawRecord[] = [];
    try {
      rest = splitter.push(decoder.decode(new Uint8Array(0), true), true);
    } catch (e) {
      place(e);
    }
    if (rest.length) yield rest;
  } finally {
    stream.destroy();
  }
}
