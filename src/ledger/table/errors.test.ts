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
    expect((await failure(file('m1.csv', `${HEAD}2025-04;;1100;1\n`))).message).toBe('m1.csv, rad 2, kolumn "konto": konto saknas');
    expect((await failure(file('m2.csv', `${HEAD}2025-04;5010;1100\n`))).message).toBe('m2.csv, rad 2, kolumn "belopp": belopp saknas');
    expect((await failure(file('m3.csv', `${HEAD};5010;1100;5\n`))).message).toBe('m3.csv, rad 2, kolumn "period": period saknas');
    expect((await failure(file('m4.csv', `${HEAD}2025-04;5010; ;5\n`))).message).toBe('m4.csv, rad 2, kolumn "ansvar": ansvar saknas');
  });

  it('a missing column is named, with every header it may have and the headers found', async () => {
    const err = await failure(file('c.csv', 'Period;Ansvar;Belopp\n2025-04;1100;1\n'));
    expect(err).toMatchObject({ file: 'c.csv', row: 1, column: 'konto' });
    expect(err.message).toBe(
      'c.csv, rad 1: kolumnen för konto saknas (den kan heta "konto", "kontonr", "kontonummer", "konto nr", "account", ' +
        '"account number" eller "account no"); rubrikerna i filen är "Period", "Ansvar", "Belopp"',
    );
  });

  it('a missing amount column lists every name of it for the kind, "belopp" and "amount" too', async () => {
    const actual = await failure(file('a.csv', 'Period;Konto;Ansvar;Text\n2025-04;5010;1100;x\n'));
    expect(actual).toMatchObject({ file: 'a.csv', row: 1, column: 'utfall' });
    expect(actual.message).toBe(
      'a.csv, rad 1: kolumnen för utfall saknas (den kan heta "utfall", "actual", "actuals", "belopp", "amount" eller "saldo", ' +
        'även med årtal som "utfall 2025"); rubrikerna i filen är "Period", "Konto", "Ansvar", "Text"',
    );
    const budget = await failure(join(dir, 'a.csv'), 'budget');
    expect(budget).toMatchObject({ row: 1, column: 'budget' });
    expect(budget.message).toBe(
      'a.csv, rad 1: kolumnen för budget saknas (den kan heta "budget", "periodiserad budget", "budgetbelopp", "belopp", "amount" ' +
        'eller "saldo", även med årtal som "budget 2025"); rubrikerna i filen är "Period", "Konto", "Ansvar", "Text"',
    );
  });

  it('missing period and ansvar columns list their names as written, with å, ä and ö', async () => {
    const period = await failure(file('np.csv', 'Konto;Ansvar;Belopp\n5010;1100;1\n'));
    expect(period).toMatchObject({ row: 1, column: 'period' });
    expect(period.message).toBe(
      'np.csv, rad 1: kolumnen för period saknas (den kan heta "period", "bokföringsperiod", "redovisningsperiod", ' +
        '"accounting period", "månad", "month", "bokföringsdatum", "transaktionsdatum", "verifikationsdatum", "posting date", ' +
        '"datum" eller "date"); rubrikerna i filen är "Konto", "Ansvar", "Belopp"',
    );
    const code = await failure(file('na.csv', 'Period;Konto;Belopp\n2025-04;5010;1\n'));
    expect(code).toMatchObject({ row: 1, column: 'ansvar' });
    expect(code.message).toBe(
      'na.csv, rad 1: kolumnen för ansvar saknas (den kan heta "ansvar", "ansvarskod", "ansvarsnummer", "ansvarsnr", "ansvar kod", ' +
        '"ansvar nr", "kostnadsställe", "kst", "responsibility", "responsibility code", "cost center", "cost centre" eller ' +
        '"costcenter"); rubrikerna i filen är "Period", "Konto", "Belopp"',
    );
  });

  it('several missing columns are named together, each with its names', async () => {
    const err = await failure(file('two.csv', 'Period;Ansvar;Text\n2025-04;1100;x\n'));
    expect(err).toMatchObject({ row: 1, column: 'konto' });
    expect(err.message).toMatch(
      /^two\.csv, rad 1: kolumnerna för konto och utfall saknas \(kolumnen för konto kan heta "konto", .* eller "account no"; kolumnen för utfall kan heta "utfall", .*"belopp", "amount" eller "saldo", .*\); rubrikerna i filen är "Period", "Ansvar", "Text"$/,
    );
  });

  it('a budget sheet read as actual says so', async () => {
    const err = await failure(file('bud.csv', 'Period;Konto;Ansvar;Budget\n2025-04;5010;1100;1\n'));
    expect(err.message).toMatch(/kolumnen för utfall saknas .*; filen har en kolumn för budget: läs in den som budget\?$/);
    const ok = await readTableAll(join(dir, 'bud.csv'), { kind: 'budget' });
    expect(ok).toHaveLength(1);
    // Any header only budget takes, not only "Budget"; and the other way round.
    expect((await failure(file('pb.csv', 'Period;Konto;Ansvar;Periodiserad budget\n2025-04;5010;1100;1\n'))).message).toMatch(
      /läs in den som budget\?$/,
    );
    expect((await failure(file('act.csv', 'Period;Konto;Ansvar;Actuals\n2025-04;5010;1100;1\n'), 'budget')).message).toMatch(
      /kolumnen för budget saknas .*; filen har en kolumn för utfall: läs in den som utfall\?$/,
    );
  });

  it('a decimal comma in a comma-separated file', async () => {
    const err = await failure(file('dc.csv', 'period,konto,ansvar,belopp\n2025-04,5010,1100,1234,50\n'));
    expect(err.message).toBe(
      'dc.csv, rad 2: raden har 5 fält men rubrikraden 4 (decimalkomma i en kommaseparerad fil? Sätt beloppet inom citattecken, som "1234,50")',
    );
    const mid = await failure(file('dc2.csv', 'period,konto,belopp,ansvar\n2025-04,5010,-1 234,5,1100\n'));
    expect(mid.message).toMatch(/^dc2\.csv, rad 2: raden har 5 fält men rubrikraden 4 \(decimalkomma i en kommaseparerad fil\?/);
  });

  it('an extra field that is no split amount does not blame a decimal comma', async () => {
    const err = await failure(file('wide.csv', 'period;konto;ansvar;belopp\n2025-04;5010;1100;1234,50;Löner; mars\n'));
    expect(err.message).toBe(
      'wide.csv, rad 2: raden har 6 fält men rubrikraden 4 (ett fält för mycket? Ett fält som innehåller avgränsaren ska stå inom citattecken)',
    );
  });

  it('a header row without rows under it is refused, blank lines or not', async () => {
    expect((await failure(file('head.csv', HEAD))).message).toBe('head.csv: filen har inga rader med belopp, bara en rubrikrad');
    const blank = await failure(file('head2.csv', `\n${HEAD}\n;;;\n \n`), 'budget');
    expect(blank).toMatchObject({ file: 'head2.csv', row: 0, reason: 'filen har inga rader med belopp, bara en rubrikrad' });
    expect(blank.column).toBeUndefined();
  });

  it('an empty file, a blank file and a missing file', async () => {
    expect((await failure(file('empty.csv', ''))).message).toBe('empty.csv: filen är tom');
    expect((await failure(file('blank.csv', '\n \r\n;;;\n'))).message).toBe('blank.csv: filen är tom');
    expect((await failure(file('bom.csv', '\ufeff'))).message).toBe('bom.csv: filen är tom');
    expect((await failure(join(dir, 'nothing.csv'))).message).toBe('nothing.csv: filen finns inte');
    expect((await failure(dir, 'actual', 'mapp.csv')).message).toBe('mapp.csv: det är en mapp, ingen fil');
  });

  it('an unterminated quote, an old .xls and mixed encodings', async () => {
    expect((await failure(file('q.csv', `${HEAD}2025-04;5010;"1100;1\n`))).message).toBe('q.csv, rad 2: ett citattecken avslutas aldrig');
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
