import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MONTHS_SV } from '#core/period.ts';
import { readTableAll, type TableRow } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'table-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Source {
  year: number;
  month: number;
  day: number;
  account: string;
  code: string;
  amount: number;
}

const source: fc.Arbitrary<Source> = fc.record({
  year: fc.integer({ min: 1990, max: 2100 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  account: fc.stringMatching(/^[1-9]\d{3}$/),
  code: fc
    .string({ unit: fc.constantFrom(...'AÖåä 19;,"\n-'.split('')), minLength: 1, maxLength: 8 })
    .filter((s) => s.trim() === s && s !== ''),
  amount: fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -1000, max: 1000 })),
});

const style = fc.record({
  delimiter: fc.constantFrom(';', '\t', ','),
  eol: fc.constantFrom('\n', '\r\n'),
  encoding: fc.constantFrom('utf8', 'bom', 'latin1'),
  headers: fc.constantFrom(
    ['Period', 'Konto', 'Ansvar', 'Utfall'],
    ['månad', 'kontonr', 'kostnadsställe', 'belopp'],
    ['Date', 'Account', 'Cost center', 'Amount'],
  ),
});

/** "1 234 567,8" with a chosen group separator and minus sign; whole kronor without decimals. */
function swedishAmount(ore: number, group: string, minus: string, decimals: 'auto' | 'two'): string {
  const abs = Math.abs(ore);
  const kronor = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, group);
  const frac = String(abs % 100).padStart(2, '0');
  const text = decimals === 'auto' && frac === '00' ? kronor : `${kronor},${frac}`;
  return ore < 0 ? minus + text : text;
}

function period(s: Source, form: number): string {
  const mm = String(s.month).padStart(2, '0');
  const dd = String(s.day).padStart(2, '0');
  const forms = [`${s.year}-${mm}`, `${s.year}${mm}`, `${s.year}-${mm}-${dd}`, `${MONTHS_SV[s.month - 1]} ${s.year}`];
  return forms[form % forms.length] ?? '';
}

function quote(field: string, delimiter: string): string {
  return /["\n\r]/.test(field) || field.includes(delimiter) ? `"${field.replace(/"/g, '""')}"` : field;
}

describe('CSV round trip', () => {
  it('rows written with Swedish formatting read back equal', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        style,
        fc.array(
          fc.record({
            row: source,
            form: fc.nat(3),
            group: fc.constantFrom(' ', '\u00a0', ''),
            minus: fc.constantFrom('-', '\u2212'),
            decimals: fc.constantFrom('auto', 'two') as fc.Arbitrary<'auto' | 'two'>,
            blankBefore: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        async (st, items) => {
          const lines = [st.headers.map((h) => quote(h, st.delimiter)).join(st.delimiter)];
          const expected: TableRow[] = [];
          for (const it of items) {
            if (it.blankBefore) lines.push('');
            const minus = st.encoding === 'latin1' ? '-' : it.minus; // U+2212 is not in Latin-1
            const fields = [
              period(it.row, it.form),
              it.row.account,
              it.row.code,
              swedishAmount(it.row.amount, it.group, minus, it.decimals),
            ];
            lines.push(fields.map((f) => quote(f, st.delimiter)).join(st.delimiter));
            expected.push({
              period: `${it.row.year}-${String(it.row.month).padStart(2, '0')}`,
              account: it.row.account,
              code: it.row.code,
              amount: it.row.amount === 0 ? 0 : it.row.amount,
              row: lines.length,
            });
          }
          const text = lines.join(st.eol) + st.eol;
          const bytes =
            st.encoding === 'latin1' ? Buffer.from(text, 'latin1') : Buffer.from(st.encoding === 'bom' ? `\ufeff${text}` : text, 'utf8');
          const path = join(dir, `p${++n}.csv`);
          writeFileSync(path, bytes);
          if (items.length === 0) {
            // A header alone has no amounts: refused, as an empty file is.
            await expect(readTableAll(path, { kind: 'actual' })).rejects.toThrow(`p${n}.csv: filen har inga rader med belopp`);
            return;
          }
          expect(await readTableAll(path, { kind: 'actual' })).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
