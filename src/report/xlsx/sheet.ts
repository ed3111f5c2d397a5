/**
 * One table on a sheet, laid out the same way on every sheet of the workbooks: a caption line
 * (what the table is, for whom, the period, "Utkast" or the version, and the unit), a bold header
 * row, the rows under an autofilter, total rows in bold below the filtered range (sorting or
 * filtering the areas never moves a total), the caption and header frozen, columns as wide as
 * their contents, and a printed page that fits A4 across with the caption and header repeated.
 */
import type ExcelJS from 'exceljs';
import { AMOUNT_FORMAT, headerFooterText, SIGNED_FORMAT, safeText } from './cells.ts';

/** text: a string; amount: kronor; signed: a deviation in kronor; number: a number in the row's own format. */
export type ColumnKind = 'text' | 'amount' | 'signed' | 'number';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

export const textColumn = (header: string): TableColumn => ({ header, kind: 'text' });
export const amountColumn = (header: string): TableColumn => ({ header, kind: 'amount' });
export const signedColumn = (header: string): TableColumn => ({ header, kind: 'signed' });
export const numberColumn = (header: string): TableColumn => ({ header, kind: 'number' });
/** Utfall, Budget, Avvikelse: the result's three columns on every sheet that has them. */
export const RESULT_COLUMNS: readonly TableColumn[] = [amountColumn('Utfall'), amountColumn('Budget'), signedColumn('Avvikelse')];

export type CellValue = string | number | null;

export interface SheetRow {
  cells: CellValue[];
  /** Number formats of this row's 'number' cells, by column (a key figure's decimals). */
  formats?: (string | undefined)[];
}

export interface SheetTable {
  name: string;
  caption: string;
  columns: TableColumn[];
  rows: SheetRow[];
  /** Rows below the filtered range, in bold (the committee's or municipality's total). */
  totals?: SheetRow[];
  /** Columns frozen at the left (the row's name); 1 by default. */
  frozenColumns?: number;
}

/** What the printed page's header says: who and when (left), and "Utkast" or the version (right). */
export interface PageHeading {
  left: string;
  right: string;
}

const CAPTION_ROW = 1;
const HEADER_ROW = 2;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export function addTableSheet(wb: ExcelJS.Workbook, table: SheetTable, heading: PageHeading): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: table.frozenColumns ?? 1, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  setPageHeading(ws, heading);
  ws.pageSetup.printTitlesRow = `${CAPTION_ROW}:${HEADER_ROW}`;
  const caption = ws.getCell(CAPTION_ROW, 1);
  caption.value = safeText(table.caption);
  caption.font = { bold: true, size: 12 };
  const widths = table.columns.map((c) => textWidth(c.header) + 3);
  table.columns.forEach((column, i) => {
    const cell = ws.getCell(HEADER_ROW, i + 1);
    cell.value = safeText(column.header);
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
    if (column.kind !== 'text') cell.alignment = { horizontal: 'right' };
  });
  let r = HEADER_ROW + 1;
  for (const row of table.rows) writeRow(ws, r++, table.columns, row, widths, false);
  const lastFiltered = Math.max(r - 1, HEADER_ROW);
  for (const row of table.totals ?? []) writeRow(ws, r++, table.columns, row, widths, true);
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastFiltered, column: table.columns.length } };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
  });
  return ws;
}

/** Header and footer of every printed page: the heading, and "Sida x av y". */
export function setPageHeading(ws: ExcelJS.Worksheet, heading: PageHeading): void {
  const header = `&L${headerFooterText(heading.left)}&R${headerFooterText(heading.right)}`;
  ws.headerFooter = { oddHeader: header, oddFooter: '&CSida &P av &N' };
}

function writeRow(ws: ExcelJS.Worksheet, r: number, columns: TableColumn[], row: SheetRow, widths: number[], strong: boolean): void {
  columns.forEach((column, i) => {
    const value = row.cells[i] ?? null;
    const cell = ws.getCell(r, i + 1);
    if (strong) cell.font = { bold: true };
    if (value === null) return;
    if (typeof value === 'string') {
      cell.value = safeText(value);
      widths[i] = Math.max(widths[i] ?? 0, textWidth(value));
      return;
    }
    if (!Number.isFinite(value)) return;
    cell.value = value;
    const format = column.kind === 'signed' ? SIGNED_FORMAT : column.kind === 'number' ? row.formats?.[i] : AMOUNT_FORMAT;
    if (format) cell.numFmt = format;
    widths[i] = Math.max(widths[i] ?? 0, numberWidth(value));
  });
}

function textWidth(text: string): number {
  return text.length + 1;
}

/** Digits, group separators, sign and decimals of a number as shown. */
function numberWidth(value: number): number {
  const digits = String(Math.round(Math.abs(value))).length;
  return digits + Math.floor((digits - 1) / 3) + 4;
}
