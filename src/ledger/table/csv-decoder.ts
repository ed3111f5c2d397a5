/**
 * Bytes of a CSV file to text, one chunk at a time: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, and Windows-1252 (a superset of ISO-8859-1's printable characters) when the bytes are not
 * valid UTF-8 and everything before the first invalid byte was ASCII. The decision depends only
 * on the bytes, never on where the chunks end: a character split between chunks is carried over,
 * and whether valid UTF-8 came before the first invalid byte is the same question whatever the cut.
 */

export class EncodingError extends Error {
  /** The text of the bytes before the first bad one (valid UTF-8): its records come before the fault. */
  constructor(
    message: string,
    readonly before: string,
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
        const before = new TextDecoder('utf-8').decode(scan.firstBad < 0 ? whole : whole.subarray(0, scan.firstBad));
        throw new EncodingError('filen har tecken i både UTF-8 och en annan teckenkodning', before);
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
    // The second byte's range as the WHATWG decoder has it: no overlong forms, surrogates or code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] ?? 0;
    let ok = need > 0 && i + need <= bytes.length && second >= lo && second <= hi;
    for (let k = 2; ok && k < need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
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
