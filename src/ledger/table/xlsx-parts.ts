/**
 * The parts of an XLSX file as text, bounded: the zip is opened by its central directory (yauzl),
 * each part is refused before it is opened when the size its entry claims passes what is left of
 * the file's budget of unpacked bytes (limits.ts), and its inflated bytes are counted as they
 * stream (an entry may lie about its size). The bytes are decoded as UTF-8 across chunk ends (a
 * character cut between two inflated chunks stays whole), and no run of bytes between two markup
 * brackets may pass MAX_XML_RUN_BYTES, so the XML parser never buffers one huge text or tag.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { limitText, MAX_XLSX_SMALL_PART_BYTES, MAX_XLSX_UNPACKED_BYTES } from '../limits.ts';
import { TableError } from './errors.ts';

/** Bytes between two brackets (< or >): a cell's text in UTF-8 with XML escapes fits many times over. */
const MAX_XML_RUN_BYTES = 1 << 20;

export interface PartOptions {
  /** Re-cuts every inflated stream into chunks of this many bytes (tests: the result must not change). */
  chunkSize?: number;
}

export class XlsxParts {
  private unpacked = 0;
  private readonly opened: Readable[] = [];

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: Map<string, yauzl.Entry>,
    private readonly file: string,
    private readonly options: PartOptions,
  ) {}

  static async open(path: string, file: string, options: PartOptions = {}): Promise<XlsxParts> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z)));
    });
    try {
      return new XlsxParts(zip, await listEntries(zip), file, options);
    } catch (e) {
      zip.close();
      throw e;
    }
  }

  /** The zip file's size in bytes. */
  get fileSize(): number {
    return this.zip.fileSize;
  }

  /**
   * The text of a part, in pieces, or null when the file has no such part. `small` parts
   * (workbook, relations, styles) have a lower limit of their own.
   */
  text(name: string, small: boolean, onBytes?: (bytes: number, total: number) => void): AsyncGenerator<string> | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const limit = small ? MAX_XLSX_SMALL_PART_BYTES : MAX_XLSX_UNPACKED_BYTES;
    const tooBig = (): never => {
      const what = small ? `delens gräns ${limitText(limit)} byte` : `gränsen ${limitText(MAX_XLSX_UNPACKED_BYTES)} byte för hela filen`;
      throw new TableError(`delen ${name} är större uppackad än ${what}; är det en zip-bomb?`, { file: this.file, row: 0 });
    };
    if (entry.uncompressedSize > limit || this.unpacked + entry.uncompressedSize > MAX_XLSX_UNPACKED_BYTES) tooBig();
    return this.read(entry, name, limit, tooBig, onBytes);
  }

  private async *read(
    entry: yauzl.Entry,
    name: string,
    limit: number,
    tooBig: () => never,
    onBytes?: (bytes: number, total: number) => void,
  ): AsyncGenerator<string> {
    const stream = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)));
    });
    this.opened.push(stream);
    const decoder = new StringDecoder('utf8');
    let bytes = 0;
    let run = 0;
    const size = this.options.chunkSize;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      this.unpacked += chunk.length;
      if (bytes > limit || this.unpacked > MAX_XLSX_UNPACKED_BYTES) tooBig();
      run = carryRun(chunk, run, () => {
        throw new TableError(`delen ${name} har ett värde eller en tagg längre än ${limitText(MAX_XML_RUN_BYTES)} byte`, {
          file: this.file,
          row: 0,
        });
      });
      onBytes?.(bytes, entry.uncompressedSize);
      if (size === undefined) {
        yield decoder.write(chunk);
      } else {
        for (let i = 0; i < chunk.length; i += size) yield decoder.write(chunk.subarray(i, i + size));
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** Closes the zip; a part not read to its end would keep the file open. */
  close(): void {
    for (const stream of this.opened) stream.destroy();
    this.zip.close();
  }
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

/**
 * The bytes since the last "<" or ">" at the end of `chunk`, given `run` of them before it; calls
 * `tooLong` when a run passes MAX_XML_RUN_BYTES. A chunk no longer than the limit cannot hold a
 * run too long inside it, so only its ends are looked at (natively); a longer one byte by byte.
 */
export function carryRun(chunk: Uint8Array, run: number, tooLong: () => never): number {
  if (chunk.length > MAX_XML_RUN_BYTES) {
    for (const b of chunk) {
      if (b === 0x3c || b === 0x3e) run = 0;
      else if (++run > MAX_XML_RUN_BYTES) tooLong();
    }
    return run;
  }
  const lt = chunk.indexOf(0x3c);
  const gt = chunk.indexOf(0x3e);
  const first = lt < 0 ? gt : gt < 0 ? lt : Math.min(lt, gt);
  if (first < 0) {
    if (run + chunk.length > MAX_XML_RUN_BYTES) tooLong();
    return run + chunk.length;
  }
  if (run + first > MAX_XML_RUN_BYTES) tooLong();
  return chunk.length - 1 - Math.max(chunk.lastIndexOf(0x3c), chunk.lastIndexOf(0x3e));
}
