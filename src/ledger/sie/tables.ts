/**
 * Hash tables on bytes and integers, so that the hot path (one #TRANS line) allocates nothing:
 * ids are interned from the raw field bytes to small integers, and sums are kept per integer key.
 */

/** Object keys besides object indices: a posting without objects; one with objects of other dimensions only. */
export const NO_OBJECTS = -1;
export const OTHER_DIMENSIONS = -2;

/** Interns byte strings (with a small integer tag, e.g. a dimension) to dense indices. */
export class ByteInterner {
  private pool = Buffer.alloc(1 << 16);
  private poolLen = 0;
  private offsets: number[] = [];
  private lengths: number[] = [];
  private tags: number[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1024); // entry index + 1; 0 = empty
  /** Decoded text of each entry. */
  readonly strings: string[] = [];

  get size(): number {
    return this.strings.length;
  }

  /**
   * Index of the bytes buf[start..end) with this tag, or -1 when absent and `decode` is not given.
   * With `decode`, an absent entry is added and its text is decode(buf, start, end).
   */
  intern(buf: Buffer, start: number, end: number, tag: number, decode?: (b: Buffer, s: number, e: number) => string): number {
    let h = (0x811c9dc5 ^ tag) | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === h && this.lengths[entry] === len && this.tags[entry] === tag) {
        const off = this.offsets[entry]!;
        let same = true;
        for (let k = 0; k < len; k++) {
          if (this.pool[off + k] !== buf[start + k]) {
            same = false;
            break;
          }
        }
        if (same) return entry;
      }
    }
    if (!decode) return -1;
    return this.add(buf, start, end, tag, h, decode(buf, start, end));
  }

  /** True when entry holds exactly the bytes buf[start..end). */
  equals(entry: number, buf: Buffer, start: number, end: number): boolean {
    const len = end - start;
    if (this.lengths[entry] !== len) return false;
    const off = this.offsets[entry]!;
    for (let k = 0; k < len; k++) if (this.pool[off + k] !== buf[start + k]) return false;
    return true;
  }

  tagOf(entry: number): number {
    return this.tags[entry]!;
  }

  private add(buf: Buffer, start: number, end: number, tag: number, h: number, text: string): number {
    const len = end - start;
    if (this.poolLen + len > this.pool.length) {
      const bigger = Buffer.alloc(Math.max(this.pool.length * 2, this.poolLen + len));
      this.pool.copy(bigger, 0, 0, this.poolLen);
      this.pool = bigger;
    }
    buf.copy(this.pool, this.poolLen, start, end);
    const entry = this.strings.length;
    this.offsets.push(this.poolLen);
    this.lengths.push(len);
    this.tags.push(tag);
    this.hashes.push(h);
    this.strings.push(text);
    this.poolLen += len;
    if (this.strings.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry);
    return entry;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.strings.length; e++) this.place(e);
  }
}

/**
 * Sums of öre per key (a, b, c) of three int32 values. Doubles hold every sum exactly below 2^53
 * öre; callers check each sum add returns stays within it.
 */
export class TripleSums {
  private keys = new Int32Array(3 * 4096);
  private used = new Uint8Array(4096);
  private sums = new Float64Array(4096);
  private entries: number[] = []; // slot of each entry, in insertion order
  private mask = 4095;

  get size(): number {
    return this.entries.length;
  }

  /** Adds the amount to the sum of (a, b, c) and returns the new sum. */
  add(a: number, b: number, c: number, amount: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) & this.mask;
    const keys = this.keys;
    for (;;) {
      if (this.used[slot] === 0) break;
      const k = slot * 3;
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c) {
        const sum = this.sums[slot]! + amount;
        this.sums[slot] = sum;
        return sum;
      }
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    keys[slot * 3] = a;
    keys[slot * 3 + 1] = b;
    keys[slot * 3 + 2] = c;
    this.sums[slot] = amount;
    this.entries.push(slot);
    if (this.entries.length * 2 > this.mask) this.grow();
    return amount;
  }

  /** Calls fn for each key in insertion order. */
  forEach(fn: (a: number, b: number, c: number, sum: number) => void): void {
    for (const slot of this.entries) {
      fn(this.keys[slot * 3]!, this.keys[slot * 3 + 1]!, this.keys[slot * 3 + 2]!, this.sums[slot]!);
    }
  }

  private grow(): void {
    const old = { keys: this.keys, sums: this.sums, entries: this.entries };
    const size = (this.mask + 1) * 2;
    this.keys = new Int32Array(3 * size);
    this.used = new Uint8Array(size);
    this.sums = new Float64Array(size);
    this.entries = [];
    this.mask = size - 1;
    for (const slot of old.entries) {
      this.add(old.keys[slot * 3]!, old.keys[slot * 3 + 1]!, old.keys[slot * 3 + 2]!, old.sums[slot]!);
    }
  }
}
