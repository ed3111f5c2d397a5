/** The run of bytes between XML brackets, carried over inflated chunks: the same as byte by byte. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryRun } from './xlsx-parts.ts';

const LIMIT = 1 << 20;
const TOO_LONG = 'too long';

/** The reference: every byte looked at. */
function byteByByte(chunks: readonly Uint8Array[]): number | typeof TOO_LONG {
  let run = 0;
  for (const chunk of chunks) {
    for (const b of chunk) {
      if (b === 0x3c || b === 0x3e) run = 0;
      else if (++run > LIMIT) return TOO_LONG;
    }
  }
  return run;
}

function carried(chunks: readonly Uint8Array[]): number | typeof TOO_LONG {
  let run = 0;
  try {
    for (const chunk of chunks)
      run = carryRun(chunk, run, () => {
        throw new Error(TOO_LONG);
      });
  } catch {
    return TOO_LONG;
  }
  return run;
}

/** A chunk of `length` bytes of text with brackets at the given places. */
function chunk(length: number, brackets: readonly [number, boolean][]): Uint8Array {
  const bytes = new Uint8Array(length).fill(0x61);
  for (const [at, open] of brackets) if (at < length) bytes[at] = open ? 0x3c : 0x3e;
  return bytes;
}

describe('carryRun', () => {
  it('agrees with a byte-by-byte count, across chunk ends and around the limit', () => {
    const length = fc.oneof(
      fc.integer({ min: 0, max: 64 }),
      fc.constantFrom(LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 7),
      fc.integer({ min: 0, max: LIMIT }),
    );
    const oneChunk = length.chain((n) =>
      fc.array(fc.tuple(fc.integer({ min: 0, max: Math.max(0, n - 1) }), fc.boolean()), { maxLength: 4 }).map((b) => chunk(n, b)),
    );
    fc.assert(
      fc.property(fc.array(oneChunk, { minLength: 1, maxLength: 4 }), (chunks) => {
        expect(carried(chunks)).toBe(byteByByte(chunks));
      }),
      { numRuns: 150 },
    );
  });
});
