/**
 * Compact binary values for the stored vouchers and posting lists: variable-length integers
 * (exact for every safe integer) and UTF-8 strings, written into a growing buffer. Small numbers
 * take one byte, so two million postings and a million vouchers stay a few tens of MB, and
 * SQLite writes bytes without converting strings.
 */

export class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafe(capacity);
  }

  get length(): number {
    return this.pos;
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  /** A non-negative safe integer, 7 bits a byte. */
  uint(x: number): void {
    if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${x} is not a non-negative safe integer`);
    this.ensure(8);
    while (x >= 128) {
      this.buf[this.pos++] = (x % 128) | 128;
      x = Math.floor(x / 128);
    }
    this.buf[this.pos++] = x;
  }

  /** A safe integer: the first byte holds the sign and 6 bits, the rest 7 bits a byte. */
  int(x: number): void {
    if (!Number.isSafeInteger(x)) throw new RangeError(`${x} is not a safe integer`);
    this.ensure(9);
    let m = Math.abs(x);
    const rest = Math.floor(m / 64);
    this.buf[this.pos++] = (m % 64) | (x < 0 ? 64 : 0) | (rest > 0 ? 128 : 0);
    m = rest;
    while (m > 0) {
      this.buf[this.pos++] = (m % 128) | (m >= 128 ? 128 : 0);
      m = Math.floor(m / 128);
    }
  }

  /** A string as its UTF-8 byte length and bytes (a lone surrogate becomes U+FFFD, as in Buffer). */
  string(s: string): void {
    const n = s.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.uint(n);
      this.ensure(n);
      for (let i = 0; i < n; i++) this.buf[this.pos++] = s.charCodeAt(i);
      return;
    }
    const bytes = Buffer.byteLength(s, 'utf8');
    this.uint(bytes);
    this.ensure(bytes);
    this.pos += this.buf.write(s, this.pos, bytes, 'utf8');
  }

  /** A copy of the bytes written. */
  toBuffer(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.pos));
  }
}

// ignoreBOM: a text that begins with U+FEFF keeps it (the default would drop it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export class ByteReader {
  pos = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly what: string,
  ) {}

  get done(): boolean {
    return this.pos >= this.data.length;
  }

  private next(): number {
    const b = this.data[this.pos++];
    if (b === undefined) throw new Error(`${this.what} is damaged (ends too early)`);
    return b;
  }

  byte(): number {
    return this.next();
  }

  uint(): number {
    let x = 0;
    let mul = 1;
    for (;;) {
      const b = this.next();
      x += (b & 127) * mul;
      if (b < 128) return this.safe(x);
      mul *= 128;
      if (mul > 2 ** 56) throw new Error(`${this.what} is damaged (a number too long)`);
    }
  }

  private safe(x: number): number {
    if (!Number.isSafeInteger(x)) throw new Error(`${this.what} is damaged (a number beyond 2^53)`);
    return x;
  }

  int(): number {
    const first = this.next();
    let m = first & 63;
    if (first & 128) {
      let mul = 64;
      for (;;) {
        const b = this.next();
        m += (b & 127) * mul;
        if (b < 128) break;
        mul *= 128;
        if (mul > 2 ** 56) throw new Error(`${this.what} is damaged (a number too long)`);
      }
    }
    if (first & 64 && m === 0) throw new Error(`${this.what} is damaged (a negative zero)`);
    return this.safe(first & 64 ? -m : m);
  }

  string(): string {
    const n = this.uint();
    const end = this.pos + n;
    if (end > this.data.length) throw new Error(`${this.what} is damaged (a text runs past its end)`);
    const s = utf8.decode(this.data.subarray(this.pos, end));
    this.pos = end;
    return s;
  }
}
