import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateNumber, decodePostings, type Posting, PostingListBuilder } from './posting-lists.ts';

describe('posting lists', () => {
  it('give back what was packed, whatever the amounts', () => {
    const posting = fc.record({
      seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      date: fc.integer({ min: 19000101, max: 29991231 }),
      amount: fc.maxSafeInteger().filter((x) => x >= -Number.MAX_SAFE_INTEGER),
    });
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 300 }), (list) => {
        const b = new PostingListBuilder();
        for (const p of list) b.add(p.seq, p.date, p.amount);
        const back: Posting[] = [];
        decodePostings(b.encode(), (p) => back.push(p));
        expect(back).toEqual(list);
      }),
    );
  });

  it('refuses a damaged value', () => {
    expect(() => decodePostings(new Uint8Array(17), () => {})).toThrow('damaged (unknown format)');
    const b = new PostingListBuilder();
    b.add(1, 20250301, 100);
    const packed = b.encode();
    expect(() => decodePostings(packed.subarray(0, packed.length - 1), () => {})).toThrow('damaged (ends too early)');
    expect(() => decodePostings(Buffer.concat([packed, Buffer.of(0)]), () => {})).toThrow('damaged (bytes after its end)');
  });

  it('pack a month of postings on one key in under 6 bytes each (16 unpacked)', () => {
    const b = new PostingListBuilder();
    for (let i = 0; i < 1000; i++) b.add(1 + i * 40, 20250301 + Math.floor(i / 40), (i % 2 ? -1 : 1) * (50_000 + i * 37));
    expect(b.encode().length).toBeLessThan(6 * 1000);
  });

  it('numbers dates', () => expect(dateNumber('2025-03-14')).toBe(20250314));
});
