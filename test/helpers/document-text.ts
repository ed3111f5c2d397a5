/**
 * The text of downloaded documents, for tests: a PDF's through poppler's pdftotext, a Word
 * file's document, header and footer parts (their w:t runs), an Excel file's cells (exceljs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipParts } from './docx-parts.ts';

export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'uppf-pdf-text-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every entry of a zip (a .docx or .xlsx) by name, as text. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = await unzipParts(bytes);
  return new Map([...parts].map(([name, data]) => [name, data.toString('utf8')]));
}

const runs = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

/** A Word file's text: { body, headers, footers } (XML entities left as they are). */
export async function docxText(bytes: Uint8Array): Promise<{ body: string; headers: string; footers: string }> {
  const entries = await zipEntries(bytes);
  const of = (prefix: string) =>
    [...entries]
      .filter(([name]) => name.startsWith(prefix) && name.endsWith('.xml'))
      .map(([, xml]) => runs(xml))
      .join('\n');
  return { body: runs(entries.get('word/document.xml') ?? ''), headers: of('word/header'), footers: of('word/footer') };
}

/** Every cell value of every sheet, as text, sheet by sheet. */
export async function xlsxText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: string[] = [];
  book.eachSheet((sheet) => {
    out.push(`# ${sheet.name}`);
    sheet.eachRow((row) => {
      out.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))
          .join('\t'),
      );
    });
  });
  return out.join('\n');
}
