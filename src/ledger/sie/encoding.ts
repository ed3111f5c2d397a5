/**
 * Character encodings of SIE files. The format prescribes IBM codepage 437 ("#FORMAT PC8"), but
 * real files are also UTF-8 (some with U+FFFD where å/ä/ö were lost) or ISO-8859-15 while still
 * claiming PC8. The encoding is detected from the bytes; only fields that need text are decoded.
 */
import iconv from 'iconv-lite';
import type { SieEncoding } from './types.ts';

/** The 256 characters of codepage 437, indexed by byte. */
const CP437: string[] = (() => {
  const bytes = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) bytes[i] = i;
  return Array.from(iconv.decode(bytes, 'cp437'));
})();

/** Latin-1 code of each codepage-437 byte, or -1 when the character is not in Latin-1. */
const CP437_LATIN1 = Int16Array.from(CP437, (c) => (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : -1));

/** ISO-8859-15 differs from Latin-1 in eight places. */
const LATIN9: Record<number, string> = {
  0xa4: '€',
  0xa6: 'Š',
  0xa8: 'š',
  0xb4: 'Ž',
  0xb8: 'ž',
  0xbc: 'Œ',
  0xbd: 'œ',
  0xbe: 'Ÿ',
};

/** Bytes of å ä ö Å Ä Ö é É ü Ü in codepage 437 and in Latin-1/ISO-8859-15. */
const CP437_LETTERS = [0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82, 0x90, 0x81, 0x9a];
const LATIN_LETTERS = [0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xc9, 0xfc, 0xdc];

export interface Detection {
  encoding: SieEncoding;
  /** Offset in the sample of the first byte that is no likely character in that encoding. */
  oddOffset: number;
  /** Number of such bytes in the sample. */
  odd: number;
}

/** Codepage-437 bytes that are letters or signs met in ledgers (not box drawing or math signs). */
function likely437(b: number): boolean {
  return b <= 0xaf || b === 0xe1 || b === 0xe6 || b === 0xf8 || b === 0xfd || b === 0xff;
}

/**
 * Guesses the encoding from a sample: valid UTF-8 multibyte sequences (at least as many as runs
 * of bytes that are no UTF-8) → utf8; more bytes of
 * Latin-1 Swedish letters than of codepage-437 ones → iso-8859-15; else cp437. Also counts the
 * bytes that are no likely character in the chosen encoding (invalid UTF-8, C1 controls in
 * ISO-8859-15, box drawing in cp437), for a warning. A sequence cut off at the end of the sample
 * counts for nothing.
 */
export function detectEncoding(sample: Uint8Array): Detection {
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  let valid = 0;
  let invalid = 0;
  let invalidRuns = 0;
  let firstInvalid = -1;
  const score = new Uint32Array(256);
  const n = sample.length;
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    score[b]!++;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need > 0 && i + need >= n) break; // cut off by the end of the sample
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) if ((sample[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need;
    } else {
      if (i === 0 || sample[i - 1]! < 0x80 || invalid === 0) invalidRuns++;
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
  }
  // Valid sequences are strong evidence: cp437 letters (0x80-0x9A) and Latin-1 letters followed by
  // ASCII never form one. Runs of stray bytes count once.
  if (bom || (valid > 0 && valid >= invalidRuns)) return { encoding: 'utf8', odd: invalid, oddOffset: firstInvalid };
  let cp = 0;
  let latin = 0;
  for (const b of CP437_LETTERS) cp += score[b]!;
  for (const b of LATIN_LETTERS) latin += score[b]!;
  const encoding: SieEncoding = latin > cp ? 'iso-8859-15' : 'cp437';
  const isOdd = encoding === 'cp437' ? (b: number) => !likely437(b) : (b: number) => b < 0xa0;
  let odd = 0;
  let oddOffset = -1;
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b >= 0x80 && isOdd(b)) {
      odd++;
      if (oddOffset < 0) oddOffset = i;
    }
  }
  return { encoding, odd, oddOffset };
}

/** Buffer's own Latin-1 slicer: undocumented but in every Node version; toString adds argument checks. */
type Latin1Buffer = Buffer & { latin1Slice(start: number, end: number): string };
const HAS_LATIN1_SLICE = typeof (Buffer.prototype as Partial<Latin1Buffer>).latin1Slice === 'function';

/** Text of bytes that are ASCII (or Latin-1). */
export function asciiText(buf: Buffer, start: number, end: number): string {
  return HAS_LATIN1_SLICE ? (buf as Latin1Buffer).latin1Slice(start, end) : buf.toString('latin1', start, end);
}

/** Decodes byte ranges of one file in its encoding. */
export class FieldDecoder {
  encoding: SieEncoding;
  /** Number of invalid UTF-8 sequences met in decoded fields. */
  invalidUtf8 = 0;
  /** Latin-1 bytes of a field transcoded from codepage 437. */
  private scratch = Buffer.alloc(256);

  constructor(encoding: SieEncoding) {
    this.encoding = encoding;
  }

  decode(buf: Buffer, start: number, end: number): string {
    if (start === end) return '';
    let high = false;
    for (let i = start; i < end; i++) {
      if (buf[i]! >= 0x80) {
        high = true;
        break;
      }
    }
    if (!high) return asciiText(buf, start, end);
    switch (this.encoding) {
      case 'utf8': {
        const s = buf.toString('utf8', start, end);
        // Invalid bytes decode as U+FFFD: only then is it worth encoding back to tell them from a real one.
        if (s.includes('\uFFFD') && !Buffer.from(s, 'utf8').equals(buf.subarray(start, end))) this.invalidUtf8++;
        return s;
      }
      case 'iso-8859-15': {
        for (let i = start; i < end; i++) if (LATIN9[buf[i]!]) return this.concat(buf, start, end);
        return asciiText(buf, start, end); // Latin-1 bytes, read as such
      }
      default:
        return this.from437(buf, start, end);
    }
  }

  /**
   * Codepage 437 → string: the Swedish letters of cp437 are all in Latin-1, so the bytes are
   * transcoded to Latin-1 in a scratch buffer and sliced natively; a field with another character
   * (box drawing, Greek) is built character by character.
   */
  private from437(buf: Buffer, start: number, end: number): string {
    const n = end - start;
    if (n > this.scratch.length) this.scratch = Buffer.alloc(Math.max(n, this.scratch.length * 2));
    const out = this.scratch;
    for (let i = 0; i < n; i++) {
      const c = CP437_LATIN1[buf[start + i]!]!;
      if (c < 0) return this.concat(buf, start, end);
      out[i] = c;
    }
    return asciiText(out, 0, n);
  }

  private concat(buf: Buffer, start: number, end: number): string {
    let s = '';
    if (this.encoding === 'iso-8859-15') {
      for (let i = start; i < end; i++) s += LATIN9[buf[i]!] ?? String.fromCharCode(buf[i]!);
    } else {
      for (let i = start; i < end; i++) s += CP437[buf[i]!]!;
    }
    return s;
  }
}

/** Normalises the value of #FORMAT to the encoding it claims (PC8 = codepage 437). */
export function claimedEncoding(format: string | null): SieEncoding | null {
  if (format === null) return 'cp437';
  const f = format.trim().toUpperCase();
  if (f === 'PC8' || f === 'IBM437' || f === 'CP437') return 'cp437';
  if (f === 'UTF8' || f === 'UTF-8') return 'utf8';
  if (f.startsWith('ISO') || f.includes('8859') || f === 'LATIN1') return 'iso-8859-15';
  return null;
}
