/**
 * The packed voucher format's ENCODER as it was before migration 0003 (src/store/bytes.ts,
 * voucher-blocks.ts and posting-lists.ts at commit 21b3538, unchanged but for names): the
 * migration test writes an old-format database with it. The decoders live on, read-only, in
 * src/store/legacy/packed.ts.
 */
import type { LegacyVoucher } from '#store/legacy/packed.ts';

class ByteWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(capacity = 1 << 16) {
    this.buf = Buffer.allocUnsafe(capacity);
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

export class VoucherBlockWriter {
  private readonly out = new ByteWriter(1 << 16);
  private readonly known = new Map<string, number>();
  count = 0;

  constructor() {
    this.out.byte(1);
  }

  /** A repeated string: its number once written (1, 2, …), or 0 and the string the first time. */
  private shared(s: string): void {
    const k = this.known.get(s);
    if (k !== undefined) {
      this.out.uint(k);
      return;
    }
    this.out.uint(0);
    this.out.string(s);
    this.known.set(s, this.known.size + 1);
  }

  add(v: Omit<LegacyVoucher, 'seq'>): void {
    this.shared(v.series);
    this.out.string(v.number);
    this.shared(v.date);
    this.out.string(v.text);
    this.out.uint(v.transactions.length);
    for (const t of v.transactions) {
      this.shared(t.account);
      this.shared(t.code);
      this.out.int(t.amount);
      this.out.string(t.text);
    }
    this.count++;
  }

  encode(): Buffer {
    return this.out.toBuffer();
  }
}

export class PostingListBuilder {
  private seqs = new Int32Array(8);
  private dates = new Int32Array(8);
  private amounts = new Float64Array(8);
  length = 0;

  add(seq: number, date: number, amount: number): void {
    if (this.length === this.seqs.length) this.grow();
    this.seqs[this.length] = seq;
    this.dates[this.length] = date;
    this.amounts[this.length] = amount;
    this.length++;
  }

  private grow(): void {
    const size = this.seqs.length * 2;
    const seqs = new Int32Array(size);
    const dates = new Int32Array(size);
    const amounts = new Float64Array(size);
    seqs.set(this.seqs);
    dates.set(this.dates);
    amounts.set(this.amounts);
    this.seqs = seqs;
    this.dates = dates;
    this.amounts = amounts;
  }

  /** The packed value. */
  encode(): Buffer {
    const n = this.length;
    const out = new ByteWriter(16 + n * 8);
    out.byte(1);
    out.uint(n);
    let seq = 0;
    let date = 0;
    for (let i = 0; i < n; i++) {
      const s = this.seqs[i] ?? 0;
      const d = this.dates[i] ?? 0;
      out.int(s - seq);
      out.int(d - date);
      out.int(this.amounts[i] ?? 0);
      seq = s;
      date = d;
    }
    return out.toBuffer();
  }
}
export const dateNumber = (date: string): number =>
  Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
