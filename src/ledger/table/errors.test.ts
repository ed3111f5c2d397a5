import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTableAll, TableError } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'table-err-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string, kind: 'actual' | 'budget' = 'actual', fileName?: string): Promise<TableError> {
  try {
    await readTableAll(path, { kind, ...(fileName ? { fileName } : {}) });
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return e as TableError;
  }
  throw new Error('expected a TableError');
}

const HEAD = 'period;konto;ansvar;belopp\n';

describe('TableError: the place of every fault', () => {
  it('a bad amount names file, row and column', async () => {
    const lines = [HEAD.trim()];
    for (let i = 2; i < 17; i++) lines.push(`2025-04;5010;1100;${i}`);
    lines.push('2025-04;5010;1100;12,3,4');
    const err = await failure(file('tx.csv', `${lines.join('\n')}\n`));
    expect(err.message).toBe('tx.csv, rad 17, kolumn "belopp": "12,3,4" är inget belopp');
    expect(err).toMatchObject({ file: 'tx.csv', row: 17, column: 'belopp', reason: '"12,3,4" är inget belopp' });
  });

  it('counts blank lines and uses the header text as written', async () => {
    const err = await failure(file('b.csv', '\nPeriod;Konto;Ansvar;Utfall (kr)\n\n2025-04;5010;1100;12 kr\n'));
    expect(err.message).toBe('b.csv, rad 4, kolumn "Utfall (kr)": "12 kr" är inget belopp');
  });

  it('a bad period', async () => {
    const err = await failure(file('p.csv', `${HEAD}2025-13;5010;1100;1\n`));
    expect(err).toMatchObject({ row: 2, column: 'period' });
    expect(err.message).toMatch(/^p\.csv, rad 2, kolumn "period": "2025-13" är ingen period/);
  });

  it('missing values', async () => {
    expect((await failure(file('m1.csv', `${HEAD}2025-04;;1100;1\n`))).message).toBe(
      'm1.csv, rad 2, kolumn "konto": konto saknas',
    );
    expect((await failure(file('m2.csv', `${HEAD}2025-04;5010;1100\n`))).message).toBe(
      'm2.csv, rad 2, kolumn "belopp": belopp saknas',
    );
    expect((await failure(file('m3.csv', `${HEAD};5010;1100;5\n`))).message).toBe(
      'm3.csv, rad 2, kolumn "period": period saknas',
    );
  });

  it('a missing column is named, with the headers found', async () => {
    const err = await failure(file('c.csv', 'Period;Ansvar;Belopp\n2025-04;1100;1\n'));
    expect(err).toMatchObject({ file: 'c.csv', row: 1, column: 'konto' });
    expect(err.message).toMatch(/^c\.csv, rad 1: kolumnen "konto" \(t\.ex\. "konto", "kontonr", "kontonummer"\) saknas/);
    expect(err.message).toContain('rubrikerna i filen är "Period", "Ansvar", "Belopp"');
  });

  it('a budget sheet read as actual says so', async () => {
    const err = await failure(file('bud.csv', 'Period;Konto;Ansvar;Budget\n2025-04;5010;1100;1\n'));
    expect(err.message).toMatch(/kolumnen "utfall" .* saknas; .*läs den som budget\?/);
    const ok = await readTableAll(join(dir, 'bud.csv'), { kind: 'budget' });
    expect(ok).toHaveLength(1);
  });

  it('a decimal comma in a comma-separated file', async () => {
    const err = await failure(file('dc.csv', 'period,konto,ansvar,belopp\n2025-04,5010,1100,1234,50\n'));
    expect(err.message).toBe(
      'dc.csv, rad 2: raden har 5 fält men rubrikraden 4 (decimalkomma i en kommaseparerad fil? Sätt beloppet inom citattecken)',
    );
  });

  it('an empty file, a blank file and a missing file', async () => {
    expect((await failure(file('empty.csv', ''))).message).toBe('empty.csv: filen är tom');
    expect((await failure(file('blank.csv', '\n \r\n;;;\n'))).message).toBe('blank.csv: filen är tom');
    expect((await failure(file('bom.csv', '\ufeff'))).message).toBe('bom.csv: filen är tom');
    expect((await failure(join(dir, 'nothing.csv'))).message).toBe('nothing.csv: filen finns inte');
  });

  it('an unterminated quote, an old .xls and mixed encodings', async () => {
    expect((await failure(file('q.csv', `${HEAD}2025-04;5010;"1100;1\n`))).message).toBe(
      'q.csv, rad 2: ett citattecken avslutas aldrig',
    );
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure(file('old.xls', ole))).message).toMatch(/^old\.xls: gamla Excel-filer \(\.xls\)/);
    const mixed = Buffer.concat([Buffer.from(`${HEAD}2025-04;5010;Åsa;1\n`, 'utf8'), Buffer.from('2025-04;5010;\xc5sa;1\n', 'latin1')]);
    expect((await failure(file('mix.csv', mixed))).message).toMatch(/^mix\.csv, rad 3: filen har tecken i både UTF-8/);
    const lines = [HEAD.trim(), '2025-04;5010;Åsa;1'];
    for (let i = 0; i < 10000; i++) lines.push(`2025-04;5010;${i};1`);
    const late = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`, 'utf8'), Buffer.from('2025-04;5010;\xc5sa;1\n', 'latin1')]);
    expect((await failure(file('late.csv', late))).message).toMatch(/^late\.csv, rad 10003: filen har tecken i både UTF-8/);
  });

  it('uses fileName in messages', async () => {
    const err = await failure(file('tmp-upload-123', `${HEAD}x;5010;1100;1\n`), 'actual', 'Utfall april.csv');
    expect(err.message).toMatch(/^Utfall april\.csv, rad 2, kolumn "period"/);
  });
});
