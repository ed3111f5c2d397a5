/**
 * CRC-32 of #KSUMMA (SIE 4B, "Kontrollsummering"): the ordinary reflected CRC-32 (polynomial
 * 0xEDB88320, initial value and final xor 0xFFFFFFFF), over the records after the first #KSUMMA
 * and before the closing one: each record's label and the contents of its fields, in the file's
 * bytes, without field separators, quotes, braces or line ends; an escaped `\"` counts as `"`.
 * Verified against the three conformance files that carry a checksum.
 */
import type { LineTokens } from './tokenizer.ts';
import { TEXT } from './tokenizer.ts';

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    t[i] = c;
  }
  return t;
})();

export class Crc32 {
  private state = -1;

  update(buf: Uint8Array, start: number, end: number): void {
    let c = this.state;
    for (let i = start; i < end; i++) c = (c >>> 8) ^ TABLE[(c ^ buf[i]!) & 0xff]!;
    this.state = c;
  }

  /** Adds the fields of one record (its label first). */
  updateRecord(tokens: LineTokens): void {
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.kind[i] === TEXT) this.update(tokens.src[i]!, tokens.start[i]!, tokens.end[i]!);
    }
  }

  /** The checksum as the unsigned number #KSUMMA writes. */
  value(): number {
    return ~this.state >>> 0;
  }
}
