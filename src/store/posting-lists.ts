/**
 * Posting lists: the postings of one (import, period, account, code) packed into one binary
 * value, so that an import of two million postings writes a few thousand rows instead of two
 * million. Layout (bytes.ts): format byte 1, count, then per posting the change of voucher seq and
 * of date (YYYYMMDD) from the posting before, and the amount in öre; about 6 bytes a posting.
 */
import { ByteReader, ByteWriter } from './bytes.ts';

const FORMAT = 1;

export interface Posting {
  seq: number;
  /** YYYYMMDD */
  date: number;
  amount: number;
}

/** A growable list of postings for one key, filled during an import. */
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
    out.byte(FORMAT);
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

export function decodePostings(data: Uint8Array, into: (p: Posting) => void): void {
  const r = new ByteReader(data, 'a posting list');
  if (r.byte() !== FORMAT) throw new Error('a posting list is damaged (unknown format)');
  const n = r.uint();
  let seq = 0;
  let date = 0;
  for (let i = 0; i < n; i++) {
    seq += r.int();
    date += r.int();
    into({ seq, date, amount: r.int() });
  }
  if (!r.done) throw new Error('a posting list is damaged (bytes after its end)');
}

/** "2025-03-14" → 20250314 */
export const dateNumber = (date: string): number =>
  Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
