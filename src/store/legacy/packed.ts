/**
 * READ-ONLY LEGACY DECODING. Until migration 0003 the ledger's vouchers were stored packed: blocks
 * of up to 1 000 vouchers per import (table voucher_blocks) and posting lists per (import,
 * period, account, code) (table postings), as variable-length integers and UTF-8 strings. Nothing
 * writes that format any more; migration 0003 (migrations/ledger-rows.ts) is the only reader, and
 * this is its own copy of the decoders. Do not change the format here: it describes bytes already
 * written by older versions.
 *
 * Voucher block: format byte 1, then per voucher its series, number, date, text and transactions
 * (account, code, amount in öre, text); series, dates, accounts and codes are written once per
 * block and then referred to by number. A block holds the vouchers first, first + 1, … of its
 * import, first = block × 1000 + 1. Posting list: format byte 1, count, then per posting the
 * change of voucher seq and of date (YYYYMMDD) from the one before, and the amount in öre.
 */

export interface LegacyTransaction {
  account: string;
  code: string;
  amount: number;
  text: string;
}

export interface LegacyVoucher {
  seq: number;
  series: string;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  transactions: LegacyTransaction[];
}

export const LEGACY_BLOCK_SIZE = 1000;

// ignoreBOM: a text that begins with U+FEFF keeps it (the default would drop it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

class ByteReader {
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

/** The vouchers of a block whose first voucher has seq `firstSeq`. */
export function decodeLegacyVoucherBlock(data: Uint8Array, firstSeq: number): LegacyVoucher[] {
  const r = new ByteReader(data, 'a voucher block');
  if (r.byte() !== 1) throw new Error('a voucher block is damaged (unknown format)');
  const known: string[] = [];
  const shared = (): string => {
    const k = r.uint();
    if (k === 0) {
      const s = r.string();
      known.push(s);
      return s;
    }
    const s = known[k - 1];
    if (s === undefined) throw new Error('a voucher block is damaged (a reference to nothing)');
    return s;
  };
  const vouchers: LegacyVoucher[] = [];
  while (!r.done) {
    const series = shared();
    const number = r.string();
    const date = shared();
    const text = r.string();
    const n = r.uint();
    const transactions: LegacyTransaction[] = [];
    for (let i = 0; i < n; i++) {
      const account = shared();
      const code = shared();
      transactions.push({ account, code, amount: r.int(), text: r.string() });
    }
    vouchers.push({ seq: firstSeq + vouchers.length, series, number, date, text, transactions });
  }
  return vouchers;
}

/** The postings of a list: voucher seq, date as YYYYMMDD, amount in öre. */
export function decodeLegacyPostings(data: Uint8Array, into: (seq: number, date: number, amount: number) => void): void {
  const r = new ByteReader(data, 'a posting list');
  if (r.byte() !== 1) throw new Error('a posting list is damaged (unknown format)');
  const n = r.uint();
  let seq = 0;
  let date = 0;
  for (let i = 0; i < n; i++) {
    seq += r.int();
    date += r.int();
    into(seq, date, r.int());
  }
  if (!r.done) throw new Error('a posting list is damaged (bytes after its end)');
}
