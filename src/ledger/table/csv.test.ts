import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvSplitter } from './csv.ts';
import { CsvDecoder } from './csv-decoder.ts';
import { readTable, readTableAll } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'table-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: string | Buffer, ext = '.csv'): string {
  const path = join(dir, `f${++n}${ext}`);
  writeFileSync(path, content);
  return path;
}

describe('readTable: CSV', () => {
  it('reports the bytes read as it reads, up to the whole file', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `2025-04;${1000 + (i % 7)};5010;${i},50`);
    const path = file(`Period;Ansvar;Konto;Utfall\n${rows.join('\n')}\n`);
    const seen: number[] = [];
    const read = await readTableAll(path, { kind: 'actual', onProgress: (b) => seen.push(b) });
    expect(read).toHaveLength(20_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((b, i) => i === 0 || b > (seen[i - 1] ?? 0))).toBe(true);
    expect(seen.at(-1)).toBe(statSync(path).size);
  });

  it('reads ; with Swedish headers and numbers, skipping blank lines and name columns', async () => {
    const path = file(
      'Period;Ansvar;Ansvarsnamn;Konto;Kontonamn;Utfall\n' +
        '2025-04;1100;Hemtjänst Norr;5010;Löner;"1 234,50"\n' +
        '\n' +
        ';;;;;\n' +
        '202504;1100;Hemtjänst Norr;3010;Avgifter;−1 234\n' +
        '2025-04-15;A 1103;"Enhet ""Norr""; gamla";4610;Köpta platser;-1234,5\n',
    );
    expect(await readTableAll(path, { kind: 'actual' })).toEqual([
      { period: '2025-04', code: '1100', account: '5010', amount: 123450, row: 2 },
      { period: '2025-04', code: '1100', account: '3010', amount: -123400, row: 5 },
      { period: '2025-04', code: 'A 1103', account: '4610', amount: -123450, row: 6 },
    ]);
  });

  it('reads , with English headers and CRLF', async () => {
    const path = file('Month,Account,Cost Center,Amount\r\n2025/04,5010,1100,1234.50\r\napr 2025,5020,1200,"1 000,25"\r\n');
    expect(await readTableAll(path, { kind: 'actual' })).toEqual([
      { period: '2025-04', account: '5010', code: '1100', amount: 123450, row: 2 },
      { period: '2025-04', account: '5020', code: '1200', amount: 100025, row: 3 },
    ]);
  });

  it('reads tab-separated files', async () => {
    const path = file('period\tkonto\tansvar\tbudget\n2025-01\t5010\t1100\t100\n', '.tsv');
    expect(await readTableAll(path, { kind: 'budget' })).toEqual([
      { period: '2025-01', account: '5010', code: '1100', amount: 10000, row: 2 },
    ]);
  });

  it('skips a UTF-8 BOM', async () => {
    const path = file('\ufeffMånad;Konto;Kostnadsställe;Belopp\n2025-04;5010;Öst;1\n');
    expect(await readTableAll(path, { kind: 'actual' })).toEqual([
      { period: '2025-04', account: '5010', code: 'Öst', amount: 100, row: 2 },
    ]);
  });

  it('reads Windows-1252 / ISO-8859-1 files', async () => {
    const text = 'Bokföringsdatum;Konto;Kostnadsställe;Belopp\n20250415;5010;Område Öst;"1 234,50"\n';
    const path = file(Buffer.from(text, 'latin1'));
    expect(await readTableAll(path, { kind: 'actual' })).toEqual([
      { period: '2025-04', account: '5010', code: 'Område Öst', amount: 123450, row: 2 },
    ]);
  });

  it('switches to Windows-1252 when the first non-ASCII byte comes late', async () => {
    const lines = ['Period;Konto;Ansvar;Belopp'];
    for (let i = 0; i < 20000; i++) lines.push(`2025-04;5010;${1000 + i};1`);
    lines.push('2025-04;5010;Gävle;2');
    const path = file(Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    const rows = await readTableAll(path, { kind: 'actual' });
    expect(rows).toHaveLength(20001);
    expect(rows.at(-1)).toEqual({ period: '2025-04', account: '5010', code: 'Gävle', amount: 200, row: 20002 });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', async () => {
    const text = '\ufeffPeriod\tKonto\tAnsvar\tUtfall\r\n2025-04\t5010\tÅsa\t1 234,50\r\n';
    const path = file(Buffer.from(text, 'utf16le'), '.txt');
    expect(await readTableAll(path, { kind: 'actual' })).toEqual([
      { period: '2025-04', account: '5010', code: 'Åsa', amount: 123450, row: 2 },
    ]);
  });

  it('honours an Excel sep= line and a header option for headerless files', async () => {
    const sep = file('sep=,\nperiod,konto,ansvar,belopp\n2025-04,5010,1100,"1,5"\n');
    expect(await readTableAll(sep, { kind: 'actual' })).toEqual([
      { period: '2025-04', account: '5010', code: '1100', amount: 150, row: 3 },
    ]);
    // The CSV of tools/gen-ledger.mjs: date,account,ansvar,amount without a header.
    const bare = file('20250103,5010,1100,1234.56\n20250228,3010,A 1103,-99.00\n');
    const rows = await readTableAll(bare, { kind: 'actual', header: ['datum', 'konto', 'ansvar', 'belopp'] });
    expect(rows).toEqual([
      { period: '2025-01', account: '5010', code: '1100', amount: 123456, row: 1 },
      { period: '2025-02', account: '3010', code: 'A 1103', amount: -9900, row: 2 },
    ]);
  });

  it('negates with sign: result', async () => {
    const path = file('period;konto;ansvar;budget\n2025-04;3010;1100;500\n2025-04;5010;1100;0\n');
    const rows = await readTableAll(path, { kind: 'budget', sign: 'result' });
    expect(rows.map((r) => r.amount)).toEqual([-50000, 0]);
    expect(Object.is(rows[1]?.amount, 0)).toBe(true);
  });

  it('reads by the fileName option (a CSV stored as .xlsx), and lazily', async () => {
    const path = file('period;konto;ansvar;belopp\n2025-04;1;2;3\n2025-05;1;2;3\n', '.xlsx');
    const it = readTable(path, { kind: 'actual', fileName: 'upload.csv' });
    const first = await it.next();
    expect(first.value).toMatchObject({ period: '2025-04', row: 2 });
    await it.return(undefined);
  });
});

describe('CsvSplitter', () => {
  const split = (chunks: string[], delimiter: string | null = null) => {
    const s = new CsvSplitter(delimiter);
    const out = chunks.flatMap((c) => s.push(c));
    return [...out, ...s.push('', true)].map((r) => r.cells);
  };

  it('handles quotes, escaped quotes and line breaks inside quotes across chunks', () => {
    const text = 'a;b;c\n"x;1";"say ""hi""";"two\nlines"\n  "sp" ;end\nlast;row';
    const whole = split([text]);
    expect(whole).toEqual([
      ['a', 'b', 'c'],
      ['x;1', 'say "hi"', 'two\nlines'],
      ['sp ', 'end'],
      ['last', 'row'],
    ]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
  });

  it('keeps a quote inside an unquoted field', () => {
    expect(split(['a,b\n5" disk,x\n'])).toEqual([
      ['a', 'b'],
      ['5" disk', 'x'],
    ]);
  });

  it('detects the delimiter ignoring quoted text', () => {
    expect(split(['"a,b";c;d\n'])).toEqual([['a,b', 'c', 'd']]);
    expect(split(['a\tb;c\td\n'])).toEqual([['a', 'b;c', 'd']]);
  });

  it('reports an unterminated quote at its row', () => {
    expect(() => split(['a;b\n1;"open\n'])).toThrow(/rad 2: ett citattecken avslutas aldrig/);
  });
});

describe('CsvDecoder', () => {
  it('decodes UTF-8 split inside a character', () => {
    const bytes = Buffer.from('åäö€', 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new CsvDecoder();
      expect(d.decode(bytes.subarray(0, cut)) + d.decode(bytes.subarray(cut)) + d.decode(new Uint8Array(0), true)).toBe('åäö€');
    }
  });

  it('decodes Windows-1252 whose bytes look like a started UTF-8 character at a chunk end', () => {
    const bytes = Buffer.from([0x61, 0xe5, 0x62, 0x80]); // "aåb€" in Windows-1252
    const d = new CsvDecoder();
    expect(d.decode(bytes.subarray(0, 2)) + d.decode(bytes.subarray(2)) + d.decode(new Uint8Array(0), true)).toBe('aåb€');
  });

  it('refuses a file with both UTF-8 and other bytes', () => {
    const d = new CsvDecoder();
    d.decode(Buffer.from('åäö\n', 'utf8'));
    expect(() => d.decode(Buffer.from([0xe5, 0x0a]))).toThrow(/både UTF-8 och en annan/);
  });
});
