/**
 * The parts every workbook shares: the file's properties (title, creator "Uppföljning", Swedish),
 * the status line ("Utkast, skapat 2025-05-06" or "Version 2, publicerad 2025-05-12 av …"),
 * a first sheet "Rapport" with the title block and what each sheet holds, and the bytes.
 */
import ExcelJS from 'exceljs';
import { swedishDate } from '#core/cycle.ts';
import type { PrintableDocument, PublicationStatus, RenderOptions } from '../model.ts';
import { AMOUNT_FORMAT, safeText } from './cells.ts';
import { type PageHeading, setPageHeading } from './sheet.ts';

export const CREATOR = 'Uppföljning';
export const UNIT_TEXT = 'Belopp i kronor (kr) som tal; positiv avvikelse är bättre än budget.';

export function newWorkbook(title: string, subject: string, now: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.title = safeText(title);
  wb.subject = safeText(subject);
  wb.created = now;
  wb.modified = now;
  // The core properties' dc:language (exceljs writes it; its types leave it out).
  (wb as ExcelJS.Workbook & { language: string }).language = 'sv-SE';
  return wb;
}

/** "Utkast, skapat 2025-05-06" or "Version 2, publicerad 2025-05-12 av Anna Controller". */
export function statusText(status: PublicationStatus, now: Date): string {
  if (status.kind === 'draft') return `Utkast, skapat ${swedishDate(now)}`;
  const at = new Date(status.publishedAt);
  const date = Number.isNaN(at.getTime()) ? status.publishedAt : swedishDate(at);
  return `Version ${status.version}, publicerad ${date}${status.publishedBy ? ` av ${status.publishedBy}` : ''}`;
}

/** "Utkast" or "Version 2": where a committee's figures come from, in a cell. */
export function statusShort(status: PublicationStatus): string {
  return status.kind === 'draft' ? 'Utkast' : `Version ${status.version}`;
}

export interface TitleSheet {
  /** The document's own facts, label and value ("Nämnd", "Socialnämnden"); a number is an amount in kronor. */
  facts: [string, string | number][];
  /** Sheet name and what it holds. */
  sheets: [string, string][];
  /** Notes under the sheets' list. */
  notes?: string[];
}

/** The title sheet: the document's title, the municipality, its own facts, status, unit and date, and the sheets. */
export function addTitleSheet(start: WorkbookStart, doc: PrintableDocument, sheet: TitleSheet): void {
  const ws = start.wb.addWorksheet('Rapport', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  setPageHeading(ws, start.heading);
  const title = ws.getCell(1, 1);
  title.value = safeText(doc.title);
  title.font = { bold: true, size: 14 };
  let r = 3;
  const line = (label: string, value: string | number, bold = false) => {
    const a = ws.getCell(r, 1);
    a.value = safeText(label);
    a.font = { bold: true };
    const b = ws.getCell(r, 2);
    b.value = typeof value === 'number' ? value : safeText(value);
    if (typeof value === 'number') {
      b.numFmt = AMOUNT_FORMAT;
      b.alignment = { horizontal: 'left' };
    }
    if (bold) b.font = { bold: true };
    r++;
  };
  for (const [label, value] of titleFacts(doc, start, sheet.facts)) line(label, value, label === 'Status');
  r++;
  ws.getCell(r++, 1).value = 'Blad';
  ws.getCell(r - 1, 1).font = { bold: true, size: 12 };
  for (const [name, about] of sheet.sheets) {
    ws.getCell(r, 1).value = safeText(name);
    ws.getCell(r++, 2).value = safeText(about);
  }
  if (sheet.notes?.length) r++;
  for (const note of sheet.notes ?? []) ws.getCell(r++, 1).value = safeText(note);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 90;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // A Node Buffer (a Uint8Array) in Node; exceljs's types call it an ArrayBuffer.
  const buffer: unknown = await wb.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true });
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}

/** A workbook begun for a document: its date, status line and printed page heading. */
export interface WorkbookStart {
  wb: ExcelJS.Workbook;
  now: Date;
  status: string;
  heading: PageHeading;
}

/** The printed pages' header: the document's title at the left, the status line at the right. */
export function startWorkbook(doc: PrintableDocument, subject: string, options: RenderOptions | undefined): WorkbookStart {
  const now = options?.now ?? new Date();
  const status = statusText(doc.cover.status, now);
  return { wb: newWorkbook(doc.title, subject, now), now, status, heading: { left: doc.title, right: status } };
}

function titleFacts(doc: PrintableDocument, start: WorkbookStart, own: [string, string | number][]): [string, string | number][] {
  return [
    ...(doc.cover.municipality ? ([['Kommun', doc.cover.municipality]] as [string, string][]) : []),
    ...own,
    ['Status', start.status],
    ['Belopp', UNIT_TEXT],
    ['Skapad', `${swedishDate(start.now)} av ${CREATOR}`],
  ];
}
