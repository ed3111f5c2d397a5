/**
 * Minimal XLSX files made from raw XML parts, for tests and the fuzz benchmark: the relations and
 * workbook that point at one sheet, the sheet, and optional shared strings and styles.
 */
import yazl from 'yazl';

const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>';
/** Style 1 is a date (numFmt 14). */
export const STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** A sheet part around rows of XML (`<row r="1">…</row>`). */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/** One row of inline strings and numbers: strings as inlineStr, numbers as numbers, Date-typed as style 1. */
export function rowXml(r: number, cells: (string | number | { shared: number })[]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const c = cells.map((v, i) =>
    typeof v === 'number'
      ? `<c r="${col(i)}${r}"><v>${v}</v></c>`
      : typeof v === 'object'
        ? `<c r="${col(i)}${r}" t="s"><v>${v.shared}</v></c>`
        : `<c r="${col(i)}${r}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`,
  );
  return `<row r="${r}">${c.join('')}</row>`;
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface XlsxParts {
  sheet: string | Buffer;
  sharedStrings?: string | Buffer;
  styles?: string | Buffer;
  /** Further parts by name (or a replacement of the relations or workbook). */
  extra?: Record<string, string | Buffer>;
}

/** The XLSX file's bytes. */
export function xlsxBytes(parts: XlsxParts): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const all: Record<string, string | Buffer> = {
    'xl/_rels/workbook.xml.rels': RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/worksheets/sheet1.xml': parts.sheet,
    ...(parts.sharedStrings !== undefined ? { 'xl/sharedStrings.xml': parts.sharedStrings } : {}),
    ...(parts.styles !== undefined ? { 'xl/styles.xml': parts.styles } : {}),
    ...parts.extra,
  };
  for (const [name, content] of Object.entries(all)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
