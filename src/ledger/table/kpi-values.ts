/**
 * A sheet of key-figure values (CSV or XLSX). Columns: nyckeltal (id or name), område (id or
 * name; empty = the committee), period, värde (Swedish decimal comma). The cells are read here;
 * src/app/kpis.ts resolves names and checks decimals, naming the file, row and column.
 */
import { basename } from 'node:path';
import { aliases, type MissingColumn, missingColumnsReason, normalizeHeader } from './columns.ts';
import { TableError } from './errors.ts';
import { readSheetRecords } from './index.ts';
import { type Cell, CellError, cellHeader, isBlankCell, parsePeriodCell } from './values.ts';

export interface KpiSheetRow {
  kpi: string;
  area: string;
  period: string;
  /** The value as written: text, or an XLSX number. */
  value: string | number;
  row: number;
}

export interface KpiSheet {
  rows: KpiSheetRow[];
  /** The header text of each column, for messages. */
  headers: { kpi: string; area: string; period: string; value: string };
}

const KPI = aliases(['nyckeltal', 'nyckeltal id', 'kpi', 'mått', 'indikator']);
const AREA = aliases(['område', 'verksamhetsområde', 'enhet', 'area']);
const PERIOD = aliases(['period', 'månad', 'manad', 'month']);
const VALUE = aliases(['värde', 'varde', 'value', 'antal', 'utfall']);

function text(cell: Cell, what: string): string {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date))
    throw new CellError(`cellen innehåller ${cell.error.startsWith('#') ? 'felet ' : ''}${cell.error}`);
  const s = cellHeader(cell);
  if (s.length > 200) throw new CellError(`${what} är längre än 200 tecken`);
  return s;
}

type Column = 'kpi' | 'area' | 'period' | 'value';

export async function readKpiSheet(path: string, fileName: string = basename(path)): Promise<KpiSheet> {
  let columns: Record<Column, number> | null = null;
  let headers: KpiSheet['headers'] | null = null;
  const rows: KpiSheetRow[] = [];
  for await (const batch of readSheetRecords(path, fileName)) {
    for (const record of batch) {
      if (record.cells.every(isBlankCell)) continue;
      if (!columns || !headers) {
        const names = record.cells.map((c) => normalizeHeader(cellHeader(c)));
        const find = (a: { keys: readonly string[] }) => names.findIndex((h) => a.keys.includes(h));
        const found = { kpi: find(KPI), area: find(AREA), period: find(PERIOD), value: find(VALUE) };
        const missing: MissingColumn[] = [];
        if (found.kpi < 0) missing.push({ label: 'nyckeltal', names: KPI.names });
        if (found.area < 0) missing.push({ label: 'område', names: AREA.names });
        if (found.period < 0) missing.push({ label: 'period', names: PERIOD.names });
        if (found.value < 0) missing.push({ label: 'värde', names: VALUE.names });
        if (missing.length > 0) {
          const err = new TableError(missingColumnsReason(missing, record.cells.map(cellHeader)), { file: fileName, row: record.row });
          err.column = missing[0]?.label ?? '';
          throw err;
        }
        columns = found;
        const h = (i: number) => cellHeader(record.cells[i]);
        headers = { kpi: h(found.kpi), area: h(found.area), period: h(found.period), value: h(found.value) };
        continue;
      }
      const at = columns;
      const named = headers;
      const cell = (column: Column, read: (c: Cell) => string | number) => {
        try {
          return read(record.cells[at[column]]);
        } catch (e) {
          throw e instanceof CellError ? new TableError(e.message, { file: fileName, row: record.row, column: named[column] }) : e;
        }
      };
      const kpi = String(cell('kpi', (c) => text(c, 'nyckeltalet')));
      if (kpi === '') throw new TableError('nyckeltal saknas', { file: fileName, row: record.row, column: headers.kpi });
      const area = String(cell('area', (c) => text(c, 'området')));
      const period = String(cell('period', parsePeriodCell));
      const value = cell('value', (c) => {
        if (typeof c === 'number') return c;
        const s = text(c, 'värdet');
        if (s === '') throw new CellError('värde saknas');
        return s;
      });
      rows.push({ kpi, area, period, value, row: record.row });
    }
  }
  if (!headers) throw new TableError('filen är tom', { file: fileName, row: 0 });
  if (rows.length === 0) throw new TableError('filen har inga värden, bara en rubrikrad', { file: fileName, row: 0 });
  return { rows, headers };
}
