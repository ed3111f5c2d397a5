/**
 * A block of vouchers as one binary value (bytes.ts): format byte 1, then per voucher its series,
 * number, date, text and transactions (account, code, amount in öre, text). Series, dates,
 * accounts and codes repeat within a block and are written once, then referred to by number.
 * Seqs are not stored: a block holds the vouchers first, first + 1, … of its import in file order.
 */
import { ByteReader, ByteWriter } from './bytes.ts';

const FORMAT = 1;

export interface StoredTransaction {
  account: string;
  code: string;
  amount: number;
  /** '' when the transaction has no text of its own. */
  text: string;
}

export interface StoredVoucher {
  seq: number;
  series: string;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  text: string;
  transactions: StoredTransaction[];
}

export class VoucherBlockWriter {
  private readonly out = new ByteWriter(1 << 16);
  private readonly known = new Map<string, number>();
  count = 0;

  constructor() {
    this.out.byte(FORMAT);
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

  add(v: Omit<StoredVoucher, 'seq'>): void {
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

/** The vouchers of a block whose first voucher has seq `firstSeq`. */
export function decodeVoucherBlock(data: Uint8Array, firstSeq: number): StoredVoucher[] {
  const r = new ByteReader(data, 'a voucher block');
  if (r.byte() !== FORMAT) throw new Error('a voucher block is damaged (unknown format)');
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
  const vouchers: StoredVoucher[] = [];
  while (!r.done) {
    const series = shared();
    const number = r.string();
    const date = shared();
    const text = r.string();
    const n = r.uint();
    const transactions: StoredTransaction[] = [];
    for (let i = 0; i < n; i++) {
      const account = shared();
      const code = shared();
      transactions.push({ account, code, amount: r.int(), text: r.string() });
    }
    vouchers.push({ seq: firstSeq + vouchers.length, series, number, date, text, transactions });
  }
  return vouchers;
}
