import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from './bytes.ts';
import { decodeVoucherBlock, type StoredVoucher, VoucherBlockWriter } from './voucher-blocks.ts';

const safeInt = fc.maxSafeInteger().filter((x) => x >= -Number.MAX_SAFE_INTEGER);
// Any text a ledger may hold, with non-ASCII and astral characters, but well-formed UTF-16.
const text = fc.string({ unit: 'grapheme', maxLength: 40 });

describe('bytes', () => {
  it('give back every safe integer and every string', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(safeInt, fc.nat({ max: Number.MAX_SAFE_INTEGER }), text)), (values) => {
        const w = new ByteWriter(4);
        for (const [i, u, s] of values) {
          w.int(i);
          w.uint(u);
          w.string(s);
        }
        const r = new ByteReader(w.toBuffer(), 'test');
        for (const [i, u, s] of values) {
          expect(r.int()).toBe(i === 0 ? 0 : i);
          expect(r.uint()).toBe(u);
          expect(r.string()).toBe(s);
        }
        expect(r.done).toBe(true);
      }),
    );
  });

  it('keeps small numbers small', () => {
    const w = new ByteWriter();
    for (const x of [0, 63, -63, 127]) w.int(x);
    expect(w.length).toBe(5); // 127 needs a second byte (6 bits in the first)
    w.uint(127);
    expect(w.length).toBe(6);
  });

  it('refuses what is not a safe integer, and a value that ends too early', () => {
    expect(() => new ByteWriter().int(2 ** 53)).toThrow(RangeError);
    expect(() => new ByteWriter().uint(-1)).toThrow(RangeError);
    expect(() => new ByteWriter().int(0.5)).toThrow(RangeError);
    expect(() => new ByteReader(Uint8Array.of(0x85), 'a test value').uint()).toThrow('a test value is damaged (ends too early)');
    const huge = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f);
    expect(() => new ByteReader(huge, 'v').uint()).toThrow('v is damaged (a number beyond 2^53)');
    expect(() => new ByteReader(Uint8Array.of(64), 'v').int()).toThrow('v is damaged (a negative zero)');
  });

  it('keeps a text that begins with a byte order mark', () => {
    const w = new ByteWriter();
    w.string('\ufeffabc');
    w.string('\ufeff');
    const r = new ByteReader(w.toBuffer(), 'test');
    expect([r.string(), r.string()]).toEqual(['\ufeffabc', '\ufeff']);
  });
});

describe('voucher blocks', () => {
  const transaction = fc.record({
    account: fc.constantFrom('5010', '2440', '3010', 'Å1'),
    code: fc.constantFrom('', '1100', 'A 1103'),
    amount: safeInt,
    text,
  });
  const voucher = fc.record({
    series: fc.constantFrom('A', 'LEV', ''),
    number: fc.string({ maxLength: 12 }),
    date: fc.constantFrom('2025-01-31', '2025-02-01', '2024-12-31'),
    text,
    transactions: fc.array(transaction, { maxLength: 6 }),
  });

  it('give back every voucher, numbered from the block’s first seq', () => {
    fc.assert(
      fc.property(fc.array(voucher, { maxLength: 50 }), fc.integer({ min: 1, max: 1e9 }), (vouchers, first) => {
        const w = new VoucherBlockWriter();
        for (const v of vouchers) w.add(v);
        const back = decodeVoucherBlock(w.encode(), first);
        const expected: StoredVoucher[] = vouchers.map((v, i) => ({ seq: first + i, ...v }));
        expect(back).toEqual(expected);
      }),
    );
  });

  it('write a typical voucher in under 48 bytes (JSON took about 106)', () => {
    const w = new VoucherBlockWriter();
    for (let i = 0; i < 1000; i++) {
      w.add({
        series: 'A',
        number: String(10_000 + i),
        date: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        text: `Leverantörsfaktura ${i}`,
        transactions: [
          { account: '5460', code: `1${i % 40}`, amount: 1_234_56 + i, text: '' },
          { account: '2440', code: '', amount: -(1_234_56 + i), text: '' },
        ],
      });
    }
    expect(w.encode().length).toBeLessThan(48_000);
  });

  it('refuses a damaged block', () => {
    expect(() => decodeVoucherBlock(Uint8Array.of(9), 1)).toThrow('unknown format');
    expect(() => decodeVoucherBlock(Uint8Array.of(1, 5), 1)).toThrow('a reference to nothing');
    const w = new VoucherBlockWriter();
    w.add({ series: 'A', number: '1', date: '2025-01-01', text: 'x', transactions: [] });
    expect(() => decodeVoucherBlock(w.encode().subarray(0, 5), 1)).toThrow('damaged');
  });
});
