import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TableError } from './errors.ts';
import { readMappingFile } from './mapping.ts';

const dir = mkdtempSync(join(tmpdir(), 'table-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<TableError> {
  try {
    await readMappingFile(path);
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return e as TableError;
  }
  throw new Error('expected a TableError');
}

describe('readMappingFile', () => {
  it('reads codes and areas, an empty area as none', async () => {
    const rows = await readMappingFile(file('ok.csv', 'Kostnadsställe;Verksamhetsområde\n100;Vuxen\n\n200;\n'));
    expect(rows).toEqual([
      { code: '100', area: 'Vuxen', row: 2 },
      { code: '200', area: '', row: 4 },
    ]);
  });

  it('names a missing column with every header it may have, as written', async () => {
    const err = await failure(file('fel.csv', 'ansvar;namn\n100;x\n'));
    expect(err).toMatchObject({ file: 'fel.csv', row: 1, column: 'område' });
    expect(err.message).toBe(
      'fel.csv, rad 1: kolumnen för område saknas (den kan heta "område", "verksamhetsområde", "enhet", "area" eller "rapportrad"); ' +
        'rubrikerna i filen är "ansvar", "namn"',
    );
  });

  it('names both columns when both are missing', async () => {
    const err = await failure(file('inga.csv', 'a;;b\n1;;2\n'));
    expect(err).toMatchObject({ row: 1, column: 'ansvar' });
    expect(err.message).toBe(
      'inga.csv, rad 1: kolumnerna för ansvar och område saknas (kolumnen för ansvar kan heta "ansvar", "ansvarskod", "kod", ' +
        '"kostnadsställe", "kst", "code", "responsibility", "cost center" eller "objekt"; kolumnen för område kan heta "område", ' +
        '"verksamhetsområde", "enhet", "area" eller "rapportrad"); rubrikerna i filen är "a", "b"',
    );
  });

  it('refuses an Excel error or a date where a code or an area belongs', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mappning');
    ws.addRow(['Ansvar', 'Område']);
    ws.addRow([{ error: '#N/A' }, 'Vuxen']);
    const path = join(dir, 'fel.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await failure(path)).message).toBe('fel.xlsx, rad 2, kolumn "Ansvar": cellen innehåller felet #N/A');
    ws.getRow(2).values = [new Date(Date.UTC(2025, 0, 1)), 'Vuxen'];
    ws.addRow(['100', { error: '#REF!' }]);
    await wb.xlsx.writeFile(path);
    expect((await failure(path)).message).toBe('fel.xlsx, rad 2, kolumn "Ansvar": 2025-01-01 är ett datum, ingen ansvarskod');
    ws.getRow(2).values = ['200', 'Vuxen'];
    await wb.xlsx.writeFile(path);
    expect((await failure(path)).message).toBe('fel.xlsx, rad 3, kolumn "Område": cellen innehåller felet #REF!');
  });

  it('names an empty code by its column as written', async () => {
    const err = await failure(file('tom.csv', 'Kst;Område\n100;Vuxen\n;Barn\n'));
    expect(err.message).toBe('tom.csv, rad 3, kolumn "Kst": ansvar saknas');
  });

  it('refuses an empty file and a header row without rows', async () => {
    expect((await failure(file('empty.csv', '\n'))).message).toBe('empty.csv: filen är tom');
    expect((await failure(file('head.csv', 'ansvar;område\n;\n'))).message).toBe(
      'head.csv: filen har inga rader med ansvar, bara en rubrikrad',
    );
  });
});
