/**
 * Bad input gets a clear error naming the place (file, line, field) and changes nothing: the
 * database is compared table by table before and after each failed import.
 */
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import type { Db } from '#store/db.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-bad-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const HEAD = [
  '#FLAGGA 0',
  '#FORMAT PC8',
  '#SIETYP 4',
  '#PROGRAM "test" 1',
  '#FNAMN "Testnämnden"',
  '#RAR 0 20250101 20251231',
  '#KONTO 5010 "Löner"',
  '#KONTO 1930 "Bank"',
  '#DIM 1 "Ansvar"',
  '#OBJEKT 1 "100" "Enhet 100"',
];
const VER = ['#VER A 1 20250115 "Lön"', '{', '#TRANS 5010 {1 "100"} 1000.00', '#TRANS 1930 {} -1000.00', '}'];
const GOOD = [...HEAD, ...VER].join('\n');

describe.each(TEST_DATABASES)('bad input changes nothing on $name', ({ open }) => {
  let db: Db;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    db = await open();
    await importSie(db, file('good.se', GOOD), { committeeId: 'testnamnden' });
    before = await snapshot(db);
  });
  afterAll(() => db?.close());

  const cases: [string, () => string | Promise<string>, RegExp][] = [
    ['an empty file', () => file('empty.se', ''), /^empty\.se: filen är tom$/],
    [
      'a truncated file (inside a voucher)',
      () => file('trunc.se', GOOD.slice(0, GOOD.indexOf('#TRANS 1930'))),
      /^trunc\.se: rad 13: filen slutar mitt i verifikationen som börjar på rad 11/,
    ],
    [
      'a voucher without its closing brace',
      () => file('brace.se', [...HEAD, ...VER.slice(0, 4), '#VER A 2 20250116 "x"', '{', '}'].join('\n')),
      /^brace\.se: rad 15: verifikationen på rad 11 saknar avslutande "}"/,
    ],
    ['an amount "12,50"', () => file('comma.se', GOOD.replace('1000.00', '12,50')), /^comma\.se: rad 13: "12,50" i #TRANS är inget belopp/],
    ['a missing #RAR', () => file('norar.se', GOOD.replace('#RAR 0 20250101 20251231\n', '')), /^norar\.se: rad 10: #RAR saknas/],
    [
      'a wrong checksum',
      () => file('ksumma.se', `#KSUMMA\n${GOOD}\n#KSUMMA 12345\n`),
      /^ksumma\.se: rad 17: kontrollsumman stämmer inte: #KSUMMA anger 12345/,
    ],
    [
      'a single 50 MB line',
      async () => {
        const path = join(dir, 'long.se');
        const out = createWriteStream(path);
        out.write(`${HEAD.join('\n')}\n#VER A 1 20250115 "`);
        const block = 'x'.repeat(1 << 20);
        for (let i = 0; i < 50; i++) out.write(block);
        await new Promise((r) => out.end('"\n', () => r(null)));
        return path;
      },
      /^long\.se: rad 11: raden är längre än gränsen/,
    ],
  ];

  it.each(cases)('refuses %s, naming the place', async (_name, make, message) => {
    const path = await make();
    const now = await snapshot(db);
    await expect(importSie(db, path, { committeeId: 'testnamnden' })).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(now);
  });

  it('refuses a SIE file into a new committee without creating it', async () => {
    await expect(importSie(db, file('comma2.se', GOOD.replace('1000.00', '12,50')), { committeeId: 'ny-namnd' })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a CSV with a missing column, naming it', async () => {
    const path = file('missing.csv', 'period;ansvar;belopp\n2025-01;100;12,50\n');
    await expect(importTable(db, path, { committeeId: 'testnamnden', kind: 'actual' })).rejects.toThrow(/konto/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a CSV with a bad amount, naming row and column', async () => {
    const path = file('amount.csv', 'period;konto;ansvar;belopp\n2025-01;5010;100;12,50\n2025-02;5010;100;12,3,4\n');
    await expect(importTable(db, path, { committeeId: 'testnamnden', kind: 'actual' })).rejects.toThrow(/rad 3, kolumn "belopp"/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('warns about bytes that fit no encoding, and imports', async () => {
    // A UTF-8 file (Löner) with bytes that are no UTF-8 at all in an object name.
    const [a = '', b = ''] = GOOD.split('Enhet 100');
    const bytes = Buffer.concat([Buffer.from(a, 'utf8'), Buffer.from([0xff, 0xfe, 0x81]), Buffer.from(b, 'utf8')]);
    const s = await importSie(db, file('bytes.se', bytes), { committeeId: 'kodning' });
    expect(s.counts.vouchers).toBe(1);
    expect(s.warnings.map((w) => w.message).join('\n')).toMatch(/byte följer inte teckenkodningen UTF-8/);
  });
});
