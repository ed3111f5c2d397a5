/**
 * Reading a written workbook back for tests: every part of the zip as text (document-text.ts), the
 * sheet parts by sheet name (through workbook.xml and its relations), and exceljs's reading of it.
 */
import ExcelJS from 'exceljs';
import { zipEntries } from './document-text.ts';

/** Every part of the zip by name, as text (the download tests' reader). */
export const zipParts = zipEntries;

/** Sheet name → the sheet part's XML. */
export function sheetXmlByName(parts: Map<string, string>): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2] ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    out.set(unescapeXml(m[1] ?? ''), parts.get(path) ?? '');
  }
  return out;
}

/** The shared strings, in order (the text of each <si>). */
export function sharedStrings(parts: Map<string, string>): string[] {
  const xml = parts.get('xl/sharedStrings.xml') ?? '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
}

/** The <c> element of a cell reference ("A3") in a sheet's XML, or null. */
export function cellXml(sheet: string, ref: string): string | null {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheet);
  return m ? m[0] : null;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The rows of a worksheet as arrays of values (column A first), from `from` on. */
export function sheetRows(ws: ExcelJS.Worksheet, from = 1): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= ws.columnCount; c++) values.push(row.getCell(c).value);
    rows.push(values);
  }
  return rows;
}
