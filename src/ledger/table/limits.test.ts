/** Regression tests of issue 7: the limits of the sheet readers and the CSV quote storm. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rowXml, sheetXml, type XlsxParts as XlsxFileParts, xlsxBytes } from '#test/helpers/xlsx-files.ts';
import { MAX_CELL_CHARS, MAX_SHARED_STRINGS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../limits.ts';
import { CsvSplitter } from './csv.ts';
import { readTableAll } from './index.ts';
import { readMappingFile } from './mapping.ts';
import { readXlsxRecords } from './xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'table-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('read, not refused');
    },
    (e: Error) => e.message,
  );
const HEAD = 'period;ansvar;konto;belopp\n';

describe('CSV limits', () => {
  it('refuses a 400 kB quote storm at its field, read in one pass', async () => {
    const path = file('q.csv', `${HEAD}2025-01;1100;x${'"'.repeat(400_000)}\n`);
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'q.csv, rad 2, kolumn "konto": fältet är längre än gränsen 32 767 tecken',
    );
  });

  it('reads a storm of "" escapes inside the limit as quotes', () => {
    const s = new CsvSplitter(';');
    const rows = s.push(`a;"${'""'.repeat(16_000)}";b\n`, true);
    expect(rows[0]?.cells.map((c) => String(c).length)).toEqual([1, 16_000, 1]);
  });

  it('refuses a 50 MB single-cell file at its line', async () => {
    const path = file('one.csv', `${HEAD}${'1'.repeat(50 << 20)}`);
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'one.csv, rad 2, kolumn "period": fältet är längre än gränsen 32 767 tecken',
    );
    const bare = file('bare.csv', 'x'.repeat(50 << 20));
    expect(await failure(readTableAll(bare, { kind: 'actual' }))).toBe(
      'bare.csv, rad 1: raden är längre än gränsen 1 048 576 tecken; är det verkligen en CSV-fil?',
    );
    const fields = file(
      'fields.csv',
      `${HEAD}${`${'x'.repeat(30_000)};`.repeat(40)}
`,
    );
    expect(await failure(readTableAll(fields, { kind: 'actual' }))).toBe(
      'fields.csv, rad 2: raden är längre än gränsen 1 048 576 tecken; är det verkligen en CSV-fil?',
    );
  });

  it('refuses a field longer than a cell, named by its column or number', async () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    expect(await failure(readTableAll(file('f.csv', `${HEAD}2025-01;${long};5010;1\n`), { kind: 'actual' }))).toBe(
      'f.csv, rad 2, kolumn "ansvar": fältet är längre än gränsen 32 767 tecken',
    );
    expect(await failure(readTableAll(file('h.csv', `a;${long}\n`), { kind: 'actual' }))).toBe(
      'h.csv, rad 1: fält 2 är längre än gränsen 32 767 tecken',
    );
    expect(() => new CsvSplitter(';').push(`${'x'.repeat(MAX_CELL_CHARS)};"${long}"\n`)).toThrow(/fält 2 är längre/);
  });

  it('refuses more columns or rows than a sheet holds', () => {
    expect(() => new CsvSplitter(';').push(`${';'.repeat(MAX_SHEET_COLUMNS)}\n`)).toThrow('raden har fler än gränsen 200 fält');
    expect(() => new CsvSplitter(';').push(`"${'";"'.repeat(MAX_SHEET_COLUMNS)}"\n`)).toThrow('raden har fler än gränsen 200 fält');
    expect(new CsvSplitter(';').push(`${';'.repeat(MAX_SHEET_COLUMNS - 1)}\n`)[0]?.cells).toHaveLength(MAX_SHEET_COLUMNS);
    const s = new CsvSplitter(';');
    expect(s.push('a\n'.repeat(MAX_SHEET_ROWS))).toHaveLength(MAX_SHEET_ROWS);
    expect(() => s.push('a\n')).toThrow(/rad 1048577: filen har fler än gränsen 1 048 576 rader/);
  });

  it('refuses codes longer than 100 characters', async () => {
    const path = file('c.csv', `${HEAD}2025-01;1100;${'5'.repeat(101)};1\n`);
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'c.csv, rad 2, kolumn "konto": kontot är längre än gränsen 100 tecken',
    );
  });

  it('refuses dates and periods that are no calendar dates', async () => {
    for (const [cell, text] of [
      ['2025-02-30', '"2025-02-30" är ingen period'],
      ['20250230', '"20250230" är ingen period'],
      ['2025-13', '"2025-13" är ingen period'],
      ['202513', '"202513" är ingen period'],
    ]) {
      const path = file('d.csv', `${HEAD}${cell};1100;5010;1\n`);
      expect(await failure(readTableAll(path, { kind: 'actual' }))).toMatch(`d.csv, rad 2, kolumn "period": ${text}`);
    }
    expect(await readTableAll(file('leap.csv', `${HEAD}2024-02-29;1100;5010;1\n`), { kind: 'actual' })).toHaveLength(1);
  });
});

describe('mapping sheet limits', () => {
  it('refuses an area name longer than the JSON route takes, and a 300 001-character one', async () => {
    const ok = file('ok.csv', `ansvar;område\n1100;${'Å'.repeat(200)}\n`);
    expect((await readMappingFile(ok))[0]?.area).toHaveLength(200);
    const long = file('m.csv', `ansvar;område\n1100;${'Å'.repeat(201)}\n`);
    expect(await failure(readMappingFile(long))).toBe('m.csv, rad 2, kolumn "område": områdets namn är längre än gränsen 200 tecken');
    const storm = file('s.csv', `ansvar;område\n1100;x${'"'.repeat(300_000)}\n`);
    expect(await failure(readMappingFile(storm))).toBe('s.csv, rad 2, kolumn "område": fältet är längre än gränsen 32 767 tecken');
    const code = file('k.csv', `ansvar;område\n${'1'.repeat(101)};Bo\n`);
    expect(await failure(readMappingFile(code))).toBe('k.csv, rad 2, kolumn "ansvar": ansvarskoden är längre än gränsen 100 tecken');
  });
});

describe('XLSX limits', () => {
  const xlsx = async (name: string, parts: XlsxFileParts) => file(name, await xlsxBytes(parts));
  const header = rowXml(1, ['Period', 'Ansvar', 'Konto', 'Utfall']);

  it('refuses more shared strings than the limit at xl/sharedStrings.xml, before keeping them', async () => {
    const sharedStrings = `<sst>${'<si><t>x</t></si>'.repeat(MAX_SHARED_STRINGS + 1)}</sst>`;
    const path = await xlsx('ss.xlsx', { sheet: sheetXml(header), sharedStrings });
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'ss.xlsx: xl/sharedStrings.xml: fler än gränsen 1 000 000 delade strängar',
    );
  });

  it('refuses a cell in column XFD at its row, before a row that wide is made', async () => {
    const rows = [header];
    for (let r = 2; r <= 20_000; r++) rows.push(rowXml(r, ['2025-04', '1100', '5010', 1]));
    rows.push('<row r="20001"><c r="XFD20001"><v>1</v></c></row>');
    const path = await xlsx('xfd.xlsx', { sheet: sheetXml(rows.join('')) });
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'xfd.xlsx, rad 20001: cellen XFD20001 ligger bortom gränsen 200 kolumner (sista kolumnen är GR)',
    );
    const wide = rowXml(2, ['2025-04', '1100', '5010', 1]).replace('</row>', '<c r="GR2"><v>1</v></c></row>');
    const ok = await xlsx('gr.xlsx', { sheet: sheetXml(`${header}${wide}`) });
    expect(await readTableAll(ok, { kind: 'actual' })).toEqual([{ period: '2025-04', code: '1100', account: '5010', amount: 100, row: 2 }]);
  });

  it('refuses a row beyond Excel’s last row and a cell longer than Excel’s', async () => {
    const far = await xlsx('far.xlsx', { sheet: sheetXml(`${header}<row r="1048577"><c r="A1048577"><v>1</v></c></row>`) });
    expect(await failure(readTableAll(far, { kind: 'actual' }))).toBe('far.xlsx, rad 1048577: bladet har fler än gränsen 1 048 576 rader');
    const long = await xlsx('long.xlsx', { sheet: sheetXml(`${header}${rowXml(2, ['x'.repeat(MAX_CELL_CHARS + 1)])}`) });
    expect(await failure(readTableAll(long, { kind: 'actual' }))).toBe('long.xlsx, rad 2: cellen är längre än gränsen 32 767 tecken');
  });

  it('refuses a part that unpacks beyond its limit (a zip bomb), naming the part', async () => {
    const styles = `<styleSheet>${' '.repeat(17 << 20)}</styleSheet>`;
    const path = await xlsx('bomb.xlsx', { sheet: sheetXml(header), styles });
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'bomb.xlsx: delen xl/styles.xml är större uppackad än delens gräns 16 777 216 byte; är det en zip-bomb?',
    );
  });

  it('refuses a storm of unclosed tags at its nesting, not after parsing all of it', async () => {
    const path = await xlsx('storm.xlsx', { sheet: sheetXml(header), sharedStrings: `<sst>${'<si>'.repeat(50_000)}</sst>` });
    expect(await failure(readTableAll(path, { kind: 'actual' }))).toBe(
      'storm.xlsx: xl/sharedStrings.xml: element nästlade djupare än 64 nivåer',
    );
  });

  it('reads a character cut between two inflated chunks whole', async () => {
    const path = await xlsx('ö.xlsx', { sheet: sheetXml(`${header}${rowXml(2, ['2025-04', 'Öster', '5010', 1])}`) });
    for (const chunkSize of [1, 2, 3, 7]) {
      const records = [];
      for await (const batch of readXlsxRecords(path, 'ö.xlsx', undefined, { chunkSize })) records.push(...batch);
      expect(records[1]?.cells[1]).toBe('Öster');
    }
  });
});

describe('CSV bytes the fuzz benchmark found', () => {
  it('refuses UTF-8 with an encoded surrogate or overlong form as mixed encodings, not a TypeError', async () => {
    for (const bad of [
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const bytes = Buffer.concat([Buffer.from(`${HEAD}2025-04;Åsa;5010;1\n2025-04;`, 'utf8'), Buffer.from(bad), Buffer.from(';5010;1\n')]);
      expect(await failure(readTableAll(file('s.csv', bytes), { kind: 'actual' }))).toBe(
        's.csv, rad 3: filen har tecken i både UTF-8 och en annan teckenkodning',
      );
    }
  });
});
