/**
 * A mapping sheet (CSV or XLSX): which area each responsibility code belongs to. Columns:
 * ansvar/kod/kostnadsställe/code and område/verksamhetsområde/enhet/area; an empty area means the
 * code belongs to no area ("Ej fördelat"). Errors name the file, row and column.
 */
import { basename } from 'node:path';
import { aliases, type MissingColumn, missingColumnsReason, normalizeHeader } from './columns.ts';
import { TableError } from './errors.ts';
import { readSheetRecords } from './index.ts';
import { type Cell, isBlankCell } from './values.ts';

export interface MappingRow {
  code: string;
  /** Area name or id; '' for no area. */
  area: string;
  row: number;
}

const CODE = aliases(['ansvar', 'ansvarskod', 'kod', 'kostnadsställe', 'kst', 'code', 'responsibility', 'cost center', 'objekt']);
const AREA = aliases(['område', 'verksamhetsområde', 'enhet', 'area', 'rapportrad']);

const text = (cell: Cell): string => (isBlankCell(cell) ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim());

export async function readMappingFile(path: string, fileName: string = basename(path)): Promise<MappingRow[]> {
  let columns: { code: number; area: number; codeHeader: string } | null = null;
  const out: MappingRow[] = [];
  for await (const batch of readSheetRecords(path, fileName)) {
    for (const record of batch) {
      if (record.cells.every(isBlankCell)) continue;
      if (!columns) {
        const headers = record.cells.map((c) => normalizeHeader(text(c)));
        const code = headers.findIndex((h) => CODE.keys.includes(h));
        const area = headers.findIndex((h) => AREA.keys.includes(h));
        const missing: MissingColumn[] = [];
        if (code < 0) missing.push({ label: 'ansvar', names: CODE.names });
        if (area < 0) missing.push({ label: 'område', names: AREA.names });
        if (missing.length > 0) {
          const err = new TableError(missingColumnsReason(missing, record.cells.map(text)), { file: fileName, row: record.row });
          // Named by what was looked for, outside the message's place (which would say it twice).
          err.column = missing[0]?.label ?? '';
          throw err;
        }
        columns = { code, area, codeHeader: text(record.cells[code]) };
        continue;
      }
      const code = text(record.cells[columns.code]);
      if (code === '') throw new TableError('ansvar saknas', { file: fileName, row: record.row, column: columns.codeHeader });
      out.push({ code, area: text(record.cells[columns.area]), row: record.row });
    }
  }
  if (!columns) throw new TableError('filen är tom', { file: fileName, row: 0 });
  if (out.length === 0) throw new TableError('filen har inga rader med ansvar, bara en rubrikrad', { file: fileName, row: 0 });
  return out;
}
