/**
 * A mapping sheet (CSV or XLSX): which area each responsibility code belongs to. Columns:
 * ansvar/kod/kostnadsställe/code and område/verksamhetsområde/enhet/area; an empty area means the
 * code belongs to no area ("Ej fördelat"). Errors name the file, row and column.
 */
import { basename } from 'node:path';
import { MAX_NAME_CHARS } from '../limits.ts';
import { aliases, type MissingColumn, missingColumnsReason, normalizeHeader } from './columns.ts';
import { TableError } from './errors.ts';
import { readSheetRecords } from './index.ts';
import { type Cell, CellError, cellHeader, isBlankCell, parseKeyCell } from './values.ts';

export interface MappingRow {
  code: string;
  /** Area name or id; '' for no area. */
  area: string;
  row: number;
}

const CODE = aliases(['ansvar', 'ansvarskod', 'kod', 'kostnadsställe', 'kst', 'code', 'responsibility', 'cost center', 'objekt']);
const AREA = aliases(['område', 'verksamhetsområde', 'enhet', 'area', 'rapportrad']);

/** A code as the table reader reads keys: an Excel error or a date is an error. */
const codeText = (cell: Cell): string => (isBlankCell(cell) ? '' : parseKeyCell(cell, 'ansvar'));

/** An area name or id: an Excel error is an error. */
function areaText(cell: Cell): string {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date))
    throw new CellError(`cellen innehåller ${cell.error.startsWith('#') ? 'felet ' : ''}${cell.error}`);
  const area = cellHeader(cell);
  // As the JSON route: a name is at most MAX_NAME_CHARS (an area name is typed, a longer one is a mistake).
  if (area.length > MAX_NAME_CHARS) throw new CellError(`områdets namn är längre än gränsen ${MAX_NAME_CHARS} tecken`);
  return area;
}

export async function readMappingFile(path: string, fileName: string = basename(path)): Promise<MappingRow[]> {
  let columns: { code: number; area: number; codeHeader: string; areaHeader: string } | null = null;
  const out: MappingRow[] = [];
  for await (const batch of readSheetRecords(path, fileName)) {
    for (const record of batch) {
      if (record.cells.every(isBlankCell)) continue;
      if (!columns) {
        const headers = record.cells.map((c) => normalizeHeader(cellHeader(c)));
        const code = headers.findIndex((h) => CODE.keys.includes(h));
        const area = headers.findIndex((h) => AREA.keys.includes(h));
        const missing: MissingColumn[] = [];
        if (code < 0) missing.push({ label: 'ansvar', names: CODE.names });
        if (area < 0) missing.push({ label: 'område', names: AREA.names });
        if (missing.length > 0) {
          const err = new TableError(missingColumnsReason(missing, record.cells.map(cellHeader)), { file: fileName, row: record.row });
          // Named by what was looked for, outside the message's place (which would say it twice).
          err.column = missing[0]?.label ?? '';
          throw err;
        }
        columns = { code, area, codeHeader: cellHeader(record.cells[code]), areaHeader: cellHeader(record.cells[area]) };
        continue;
      }
      const at = (column: string) => ({ file: fileName, row: record.row, column });
      let code: string;
      let area: string;
      try {
        code = codeText(record.cells[columns.code]);
        if (code === '') throw new CellError('ansvar saknas');
      } catch (e) {
        throw e instanceof CellError ? new TableError(e.message, at(columns.codeHeader)) : e;
      }
      try {
        area = areaText(record.cells[columns.area]);
      } catch (e) {
        throw e instanceof CellError ? new TableError(e.message, at(columns.areaHeader)) : e;
      }
      out.push({ code, area, row: record.row });
    }
  }
  if (!columns) throw new TableError('filen är tom', { file: fileName, row: 0 });
  if (out.length === 0) throw new TableError('filen har inga rader med ansvar, bara en rubrikrad', { file: fileName, row: 0 });
  return out;
}
