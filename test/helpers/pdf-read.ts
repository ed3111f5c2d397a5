/**
 * Reads a PDF the way a checker would, for the PDF tests: poppler (pdftotext per page and with
 * word boxes, pdfinfo and its named destinations) and pdf-lib for what poppler does not print
 * (the structure tree with /Alt, the content streams). Nothing here comes from the renderer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Whether poppler's tools are installed (CI installs poppler-utils). */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the bytes to a new temporary file and returns its path; with UPPFOLJNING_PDF_OUT=<dir>
 * into that folder, to be looked at (pdftoppm -png <file> <prefix>).
 */
export function pdfFile(bytes: Uint8Array, name = 'doc.pdf'): string {
  const keep = process.env.UPPFOLJNING_PDF_OUT;
  if (keep) mkdirSync(keep, { recursive: true });
  const path = join(keep ?? mkdtempSync(join(tmpdir(), 'uppf-pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** pdfinfo's fields ("Title", "Tagged", "Pages", "Page size", …). */
export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1]) out[m[1]] = m[2] ?? '';
  }
  return out;
}

/** The text of each page (pdftotext separates pages by form feeds), no-break spaces as spaces. */
export function pageTexts(path: string, layout = false): string[] {
  const text = run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), path, '-']).replace(/\u00a0/g, ' ');
  const pages = text.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box (pdftotext -bbox), and each page's size, in points. */
export function pdfWords(path: string): { pages: { width: number; height: number }[]; words: Word[] } {
  const xml = run('pdftotext', ['-enc', 'UTF-8', '-bbox', path, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: Word[] = [];
  for (const m of xml.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else
      words.push({ page: pages.length, text: m[7] ?? '', xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words };
}

/** The text of the structure tree, element by element (pdfinfo -struct-text): what a screen reader is given. */
export function pdfStructText(path: string): string {
  return run('pdfinfo', ['-struct-text', path]);
}

/** The XMP metadata stream (pdfinfo -meta). */
export function pdfXmp(path: string): string {
  return run('pdfinfo', ['-meta', path]);
}

/** The named destinations and their pages (pdfinfo -dests). */
export function pdfDestinations(path: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of run('pdfinfo', ['-dests', path]).matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"$/gm)) out[m[2] ?? ''] = Number(m[1]);
  return out;
}

export interface StructNode {
  type: string;
  alt: string | null;
  children: StructNode[];
}

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : null);

/** The structure tree from the catalog's StructTreeRoot, with each element's type and /Alt. */
export async function structTree(bytes: Uint8Array): Promise<StructNode> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  const node = (dict: PDFDict): StructNode => {
    const kids = deref(dict.get(PDFName.of('K')));
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    const children = list.map(deref).filter((k): k is PDFDict => k instanceof PDFDict && k.has(PDFName.of('S')));
    const type = deref(dict.get(PDFName.of('S')));
    return {
      type: type instanceof PDFName ? type.decodeText() : 'StructTreeRoot',
      alt: text(deref(dict.get(PDFName.of('Alt')))),
      children: children.map(node),
    };
  };
  const root = deref(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) throw new Error('no StructTreeRoot');
  return node(root);
}

/** Every element of the tree, depth first. */
export function structElements(tree: StructNode): StructNode[] {
  return [tree, ...tree.children.flatMap(structElements)];
}

/** The catalog's /Lang. */
export async function pdfLanguage(bytes: Uint8Array): Promise<string | null> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return text(pdf.catalog.get(PDFName.of('Lang')));
}

/**
 * Per page, the text-showing operators (Tj, TJ, ' and ") outside every marked-content sequence:
 * text that is neither tagged content nor an artifact. Counted with its own small scan of
 * BDC/BMC/EMC (hex glyph strings as Chromium writes them; a literal string is skipped whole).
 */
export async function unmarkedTextPerPage(bytes: Uint8Array): Promise<number[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    const contents = pdf.context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => pdf.context.lookup(r)) : [contents];
    let count = 0;
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const raw = Buffer.from(stream.getContents());
      const body = stream.dict.has(PDFName.of('Filter')) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
      let depth = 0;
      for (const m of body.matchAll(/\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\b(BDC|BMC|EMC|Tj|TJ)\b|(?<=\s)(['"])(?=\s)/g)) {
        if (m[1] === 'BDC' || m[1] === 'BMC') depth++;
        else if (m[1] === 'EMC') depth--;
        else if ((m[1] || m[2]) && depth === 0) count++;
      }
    }
    return count;
  });
}
