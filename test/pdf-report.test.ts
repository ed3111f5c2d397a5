/**
 * The demo's April report as a PDF (Chromium from the report's HTML), read back with poppler and
 * pdf-lib as a checker would: every section heading, and every area's name with its figures, in
 * reading order; no word outside the page's text area; tagged, titled, in Swedish; a structure
 * tree of headings, tables with header cells and lists; the outline of the sections; the
 * contents' page numbers where the sections start; the header and footer on every page ("Utkast"
 * with its date, "Sida x av y") and marked as artifacts, never as content.
 */

import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure } from '#report/html.ts';
import type { Block, Inline, ReportDocument } from '#report/model.ts';
import { outlineTitles } from '#report/pdf/pdf-file.ts';
import { createPdfRenderer, type PdfRenderer } from '#report/pdf/pool.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { demoApril, SKIP_PDF, TEST_NOW } from './helpers/pdf-demo.ts';
import {
  pageTexts,
  pdfDestinations,
  pdfFile,
  pdfInfo,
  pdfLanguage,
  pdfStructText,
  pdfWords,
  pdfXmp,
  structElements,
  structTree,
  unmarkedTextPerPage,
} from './helpers/pdf-read.ts';

const MM = 72 / 25.4;
/** The page’s left and right margins (src/report/html-style.ts): the text area, with 2 pt to spare (poppler’s glyph widths against Chromium’s layout). */
const LEFT = 20 * MM - 2;
const RIGHT = 18 * MM - 2;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const seedMnkr = (v: number) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${Math.abs(v).toFixed(1).replace('.', ',')} mnkr`;

describe.skipIf(SKIP_PDF)('the demo April report as a PDF', () => {
  let doc: ReportDocument;
  let renderer: PdfRenderer;
  let bytes: Uint8Array;
  let path: string;
  let pages: string[];
  let sectionPages: Record<string, number>;
  const cell = (c: Inline) =>
    typeof c === 'string' ? c : formatFigure(doc.figures[c.figure] ?? { amount: 0, style: 'mnkr', label: '' }).replace(/\u00a0/g, ' ');

  beforeAll(async () => {
    doc = await demoApril();
    renderer = createPdfRenderer();
    const result = await renderer.renderDetailed(doc, { now: TEST_NOW });
    ({ bytes, sectionPages } = result);
    path = pdfFile(bytes, 'resultatrapport-2025-04.pdf');
    pages = pageTexts(path);
  });
  afterAll(() => renderer?.close());

  it('is tagged, titled and in Swedish, on A4 pages', async () => {
    const info = pdfInfo(path);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Resultatrapport april 2025: Socialnämnden');
    expect(info['Page size']).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
    expect(Number(info.Pages)).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(info.JavaScript).toBe('no');
    expect(await pdfLanguage(bytes)).toBe('sv');
    expect(info['Metadata Stream']).toBe('yes');
    expect(pdfXmp(path)).toContain('<rdf:li xml:lang="x-default">Resultatrapport april 2025: Socialnämnden</rdf:li>');
  });

  it('has every section heading, and in section 1 every area with its figures, in reading order', () => {
    const text = flat(pages.join(' '));
    let at = text.indexOf('Innehåll');
    expect(at).toBeGreaterThan(0);
    for (const s of doc.sections) {
      const found = text.indexOf(`${s.number} ${s.title}`, at + 1);
      expect(found, `section ${s.number} ${s.title}`).toBeGreaterThan(at);
      at = found;
    }
    // The overview's rows, as -layout prints them: the area's name (or its first line) and its five figures on one line.
    const lines = pageTexts(path, true).join('\n').split('\n');
    const overview = doc.sections[0]?.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    expect(overview?.rows.length).toBe(doc.areas.length);
    let line = 0;
    for (const row of [...(overview?.rows ?? []), ...(overview?.foot ? [overview.foot] : [])]) {
      const [name, ...figures] = row.cells.map(cell);
      const tail = figures.join(' ');
      const index = lines.findIndex((l, i) => i >= line && flat(l).endsWith(tail) && name?.startsWith(flat(l).split(' ')[0] ?? '?'));
      expect(index, `row ${name}`).toBeGreaterThanOrEqual(line);
      // The name's first line is before the figures; a long name goes on in the next line.
      const head = flat(lines[index] ?? '')
        .slice(0, -tail.length)
        .trim();
      expect(head === name || `${head} ${flat(lines[index + 1] ?? '')}`.startsWith(name ?? '?'), `row ${name}: ${head}`).toBe(true);
      line = index + 1;
    }
  });

  it('prints the seed report’s figures: the total deviation and each material area’s, in section 2’s order', () => {
    const text = flat(pages.join(' '));
    expect(text).toContain(`Utfallet avviker mot budget med ${seedMnkr(seed.result.accumulatedDeviationMnkr)}`);
    let at = text.indexOf('2 Resultat', text.indexOf('Hela nämnden'));
    for (const row of seed.areaDeviations.rows) {
      const heading = `${row.area} ${seedMnkr(row.aprilMnkr)}${row.marchMnkr === null ? '' : ` (mars ${seedMnkr(row.marchMnkr)})`}`;
      const found = text.indexOf(heading, at);
      expect(found, heading).toBeGreaterThan(at);
      at = found;
    }
  });

  it('keeps every word inside the page’s text area, the overview’s last column too', () => {
    const { pages: sizes, words } = pdfWords(path);
    expect(words.length).toBeGreaterThan(1000);
    const outside = words.filter((w) => {
      const size = sizes[w.page - 1] ?? { width: 0, height: 0 };
      return w.xMin < LEFT || w.xMax > size.width - RIGHT || w.yMin < 0 || w.yMax > size.height;
    });
    expect(outside).toEqual([]);
    const headers = ['Verksamhetsområde', 'Resultat', 'Budget', 'Avvikelse', 'mars', 'Årsprognos'];
    for (const h of headers)
      expect(
        words.some((w) => w.page === 1 && w.text === h),
        h,
      ).toBe(true);
  });

  it('prints the header and footer on every page: committee, title, "Utkast" with its date, "Sida x av y"', () => {
    pages.forEach((page, i) => {
      const text = flat(page);
      expect(text, `page ${i + 1}`).toContain('Socialnämnden');
      expect(text, `page ${i + 1}`).toContain('Resultatrapport april 2025');
      expect(text, `page ${i + 1}`).toContain('Utkast, 2025-12-02');
      expect(text, `page ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
  });

  it('marks the header and footer as artifacts: no text outside marked content, none of it in the structure tree', async () => {
    expect(await unmarkedTextPerPage(bytes)).toEqual(pages.map(() => 0));
    const structText = pdfStructText(path);
    expect(structText).toContain('Resultatrapport april 2025');
    expect(structText).toContain('Hela nämnden');
    expect(structText).not.toMatch(/Sida \d/);
  });

  it('has a structure tree of headings, tables with header cells, and lists', async () => {
    const elements = structElements(await structTree(bytes));
    const types = elements.map((e) => e.type);
    const count = (t: string) => types.filter((x) => x === t).length;
    expect(count('H1')).toBe(1);
    // The contents' heading and one per section.
    expect(count('H2')).toBe(doc.sections.length + 1);
    const headings = doc.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'heading'));
    for (const level of [3, 4, 5] as const) expect(count(`H${level}`)).toBe(headings.filter((h) => h.level === level).length);
    const tables = doc.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'table'));
    const charts = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : [])));
    expect(charts.length).toBeGreaterThan(0);
    // Each chart's data is a table of its own.
    expect(count('Table')).toBe(tables.length + charts.length);
    // Each chart, and the cover's logo, is a Figure with its text alternative.
    const figures = elements.filter((e) => e.type === 'Figure').map((e) => e.alt);
    expect(figures).toEqual([...(doc.cover.logo ? [doc.cover.logo.alt] : []), ...charts.map((c) => c.alt)]);
    expect(count('TH')).toBeGreaterThanOrEqual(tables.reduce((n, t) => n + t.head.length + t.rows.length, 0));
    expect(count('TD')).toBeGreaterThan(0);
    expect(count('L')).toBeGreaterThanOrEqual(1);
    expect(count('LI')).toBeGreaterThanOrEqual(doc.sections.length);
  });

  it('has an outline with the section titles', async () => {
    const titles = outlineTitles(await PDFDocument.load(bytes));
    expect(titles[0]).toBe('Resultatrapport april 2025');
    const sections = doc.sections.map((s) => `${s.number} ${s.title}`);
    expect(titles.filter((t) => sections.includes(t))).toEqual(sections);
    // Wrapped headings keep their spaces (Chromium drops them; the renderer mends the outline).
    expect(titles).toContain('Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde');
  });

  it('prints in its contents the page each section starts on', () => {
    const layoutFirst = pageTexts(path, true)[0] ?? '';
    const text = pages.map(flat);
    for (const s of doc.sections) {
      const printed = new RegExp(`^\\s*${s.number}\\s+${s.title.replace(/[()]/g, '\\$&')}\\s+(\\d+)\\s*$`, 'm').exec(layoutFirst);
      expect(printed, `contents: ${s.title}`).not.toBeNull();
      // The heading's page: the first page, after the contents, whose text has the heading.
      const heading = `${s.number} ${s.title}`;
      const page = text.findIndex((t, i) => (i === 0 ? t.indexOf(heading, t.indexOf(heading) + 1) >= 0 : t.includes(heading))) + 1;
      expect(Number(printed?.[1]), `contents: ${s.title}`).toBe(page);
      expect(sectionPages[s.id]).toBe(page);
      expect(pdfDestinations(path)[s.id]).toBe(page);
    }
  });

  it('fills every page but the last at least half way: no near-empty page', () => {
    const { pages: sizes, words } = pdfWords(path);
    const footerTop = (sizes[0]?.height ?? 0) - 20 * MM;
    sizes.slice(0, -1).forEach((size, i) => {
      const lowest = Math.max(...words.filter((w) => w.page === i + 1 && w.yMax < footerTop).map((w) => w.yMax));
      expect(lowest / size.height, `page ${i + 1}`).toBeGreaterThan(0.5);
    });
  });
});
