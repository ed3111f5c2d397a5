/**
 * Posting lists: the postings of one (import, period, account, code) packed into one binary
 * value, so that an import of two million postings writes a few thousand rows instead of two
 * million. Layout, little-endian: n × int32 voucher seq, n × int32 date (YYYYMMDD), n × float64
 * amount in öre (exact: every amount is a safe integer).
 */

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
    const out = Buffer.alloc(n * 16);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    for (let i = 0; i < n; i++) {
      view.setInt32(i * 4, this.seqs[i] ?? 0, true);
      view.setInt32(n * 4 + i * 4, this.dates[i] ?? 0, true);
      view.setFloat64(n * 8 + i * 8, this.amounts[i] ?? 0, true);
    }
    return out;
  }
}

export function decodePostings(data: Uint8Array, into: (p: Posting) => void): void {
  if (data.byteLength % 16 !== 0) throw new Error(`a posting list of ${data.byteLength} bytes is damaged`);
  const n = data.byteLength / 16;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < n; i++) {
    into({ seq: view.getInt32(i * 4, true), date: view.getInt32(n * 4 + i * 4, true), amount: view.getFloat64(n * 8 + i * 8, true) });
  }
}

/** "2025-03-14" → 20250314 */
export const dateNumber = (date: string): number =>
  Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
