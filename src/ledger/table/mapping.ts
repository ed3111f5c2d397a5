/**
 * A mapping sheet (CSV or XLSX): which area each responsibility code belongs to. Columns:
 * ansvar/kod/kostnadsställe/code and område/verksamhetsområde/enhet/area; an empty area means the
 * code belongs to no area ("Ej fördelat"). Errors name the file, row and column.
 */
import { basename } from 'node:path';
import { normalizeHeader } from './columns.ts';
import { TableError } from './errors.ts';
import { readSheetRecords } from './index.ts';
import { type Cell, isBlankCell } from './values.ts';

export interface MappingRow {
  code: string;
  /** Area name or id; '' for no area. */
  area: string;
  row: number;
}

const CODE = ['ansvar', 'ansvarskod', 'kod', 'kostnadsstalle', 'kst', 'code', 'responsibility', 'cost center', 'objekt'];
const AREA = ['omrade', 'verksamhetsomrade', 'enhet', 'area', 'rapportrad'];

const text = (cell: Cell): string => (isBlankCell(cell) ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim());

export async function readMappingFile(path: string, fileName: string = basename(path)): Promise<MappingRow[]> {
  let columns: { code: number; area: number } | null = null;
  const out: MappingRow[] = [];
  for await (const batch of readSheetRecords(path, fileName)) {
    for (const record of batch) {
      if (record.cells.every(isBlankCell)) continue;
      if (!columns) {
        const headers = record.cells.map((c) => normalizeHeader(text(c)));
        const code = headers.findIndex((h) => CODE.includes(h));
        const area = headers.findIndex((h) => AREA.includes(h));
        const found = record.cells.map(text).join(', ');
        if (code < 0) throw new TableError(`kolumnen för ansvar saknas (t.ex. "ansvar"); rubrikerna är: ${found}`, { file: fileName, row: record.row, column: 'ansvar' });
        if (area < 0) throw new TableError(`kolumnen för område saknas (t.ex. "område"); rubrikerna är: ${found}`, { file: fileName, row: record.row, column: 'område' });
        columns = { code, area };
        continue;
      }
      const code = text(record.cells[columns.code]);
      if (code === '') throw new TableError('ansvar saknas', { file: fileName, row: record.row, column: 'ansvar' });
      out.push({ code, area: text(record.cells[columns.area]), row: record.row });
    }
  }
  if (!columns) throw new TableError('filen är tom', { file: fileName, row: 0 });
  return out;
}
