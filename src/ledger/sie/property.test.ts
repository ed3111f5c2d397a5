/**
 * Property: any chart of accounts, objects with awkward names and vouchers, written as SIE in any
 * of the three encodings with any separators, line ends and chunking, read back to the same values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode, readBytes } from './fixtures/support.ts';
import type { SieVoucher } from './types.ts';

/** Characters every supported encoding can write, with the troublesome ASCII ones. */
const CHARS = [...'abcXYZ019 -_./åäöÅÄÖéÉüÜ"\\{}#'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((a) => a.join(''));
const id = fc.oneof(
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc.bigInt({ min: 10n ** 17n, max: 10n ** 20n }).map(String), // beyond 2^53
  text.filter((s) => s.trim() === s && s.length > 0),
);
const ore = fc.integer({ min: -(10 ** 12), max: 10 ** 12 });

interface Model {
  accounts: { id: string; name: string }[];
  objects: { id: string; name: string }[];
  vouchers: {
    series: string;
    number: string;
    day: number;
    month: number;
    text: string;
    rows: { account: number; object: number | null; amount: number; text: string }[];
  }[];
}

const model: fc.Arbitrary<Model> = fc
  .record({
    accounts: fc.uniqueArray(fc.record({ id, name: text }), { minLength: 1, maxLength: 6, selector: (a) => a.id }),
    objects: fc.uniqueArray(fc.record({ id, name: text }), { maxLength: 5, selector: (o) => o.id }),
  })
  .chain(({ accounts, objects }) =>
    fc.record({
      accounts: fc.constant(accounts),
      objects: fc.constant(objects),
      vouchers: fc.array(
        fc.record({
          series: fc.constantFrom('', 'A', 'B 2', 'Ö'),
          number: fc.nat({ max: 10 ** 9 }).map(String),
          day: fc.integer({ min: 1, max: 28 }),
          month: fc.integer({ min: 1, max: 12 }),
          text,
          rows: fc.array(
            fc.record({
              account: fc.nat({ max: accounts.length - 1 }),
              object: objects.length ? fc.option(fc.nat({ max: objects.length - 1 }), { nil: null }) : fc.constant(null),
              amount: ore,
              text,
            }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { maxLength: 8 },
      ),
    }),
  );

const style = fc.record({
  encoding: fc.constantFrom('cp437' as const, 'utf8' as const, 'iso-8859-15' as const),
  sep: fc.constantFrom(' ', '\t', '  ', ' \t'),
  eol: fc.constantFrom('\n', '\r\n'),
  quoteAll: fc.boolean(),
  chunkSize: fc.integer({ min: 1, max: 300 }),
});

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const plain = (s: string, quoteAll: boolean): string => (quoteAll || s === '' || /[\s"\\{}]/.test(s) ? quote(s) : s);
const money = (n: number): string => `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 100)}.${String(Math.abs(n) % 100).padStart(2, '0')}`;
const p2 = (n: number): string => String(n).padStart(2, '0');

type Row = Model['vouchers'][number]['rows'][number];
/** A voucher's rows and the row on account 0 that balances them. */
const balanced = (v: Model['vouchers'][number]): Row[] => [
  ...v.rows,
  { account: 0, object: null, amount: -v.rows.reduce((t, x) => t + x.amount, 0), text: '' },
];

function write(m: Model, s: { sep: string; eol: string; quoteAll: boolean }): string {
  const f = (...fields: string[]): string => fields.join(s.sep);
  const q = (x: string): string => plain(x, s.quoteAll);
  const lines = ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#RAR 0 20250101 20251231', f('#DIM', '1', q('Ansvar'))];
  for (const a of m.accounts) lines.push(f('#KONTO', q(a.id), quote(a.name)));
  for (const o of m.objects) lines.push(f('#OBJEKT', '1', q(o.id), quote(o.name)));
  for (const v of m.vouchers) {
    lines.push(f('#VER', q(v.series), q(v.number), `2025${p2(v.month)}${p2(v.day)}`, quote(v.text)), '{');
    for (const r of balanced(v)) {
      const list = r.object === null ? '{}' : `{${q('1')}${s.sep}${q(m.objects[r.object]!.id)}}`;
      lines.push(f('   #TRANS', q(m.accounts[r.account]!.id), list, money(r.amount), '""', quote(r.text)));
    }
    lines.push('}');
  }
  return lines.join(s.eol) + s.eol;
}

function expected(m: Model): Omit<SieVoucher, 'line'>[] {
  return m.vouchers.map((v) => ({
    series: v.series,
    number: v.number,
    date: `2025-${p2(v.month)}-${p2(v.day)}`,
    text: v.text,
    transactions: balanced(v).map((r) => ({
      account: m.accounts[r.account]!.id,
      object: r.object === null ? null : m.objects[r.object]!.id,
      amount: r.amount + 0,
      text: r.text,
    })),
  }));
}

describe('SIE round trip (property)', () => {
  it('reads back what was written', async () => {
    await fc.assert(
      fc.asyncProperty(model, style, async (m, s) => {
        const source = write(m, s);
        const { ledger, vouchers } = await readBytes(encode(source, s.encoding), { chunkSize: s.chunkSize });
        expect(ledger.encoding).toBe([...source].some((c) => c.charCodeAt(0) > 127) ? s.encoding : 'cp437');
        expect(ledger.accounts).toEqual(m.accounts.map((a) => ({ id: a.id, name: a.name, type: null })));
        expect(ledger.objects).toEqual(m.objects.map((o) => ({ dimension: 1, id: o.id, name: o.name })));
        expect(vouchers.map(({ line: _line, ...v }) => v)).toEqual(expected(m));
        expect(ledger.warnings.filter((w) => !/anger #FORMAT PC8/.test(w.message))).toEqual([]);
        // Period balances are the sums of the postings per month, account and object.
        const sums = new Map<string, number>();
        for (const v of expected(m)) {
          for (const t of v.transactions) {
            const k = `${v.date.slice(0, 7)}|${t.account}|${t.object}`;
            sums.set(k, (sums.get(k) ?? 0) + t.amount);
          }
        }
        const want = [...sums].filter(([, a]) => a !== 0).map(([k, amount]) => k.split('|').concat(String(amount)).join('|'));
        const got = ledger.periodBalances.map((b) => [b.period, b.account, String(b.object), String(b.amount)].join('|'));
        expect(got.sort()).toEqual(want.sort());
      }),
      { numRuns: 200 },
    );
  });
});
