/**
 * A hostile document as a PDF: the demo's April report given 40 areas (one named by a
 * 300-character word, one with an empty name), a section of texts with a script tag, the long
 * word, åäö and an empty text, a table and a list of the same, a chart of the 40 areas built by
 * hand from a ChartSpec, a logo, and a published status. It renders, prints every text as text
 * (no script runs), keeps every word inside the page's text area, and its images are figures with
 * their alternative text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BarChartSpec } from '#report/charts/spec.ts';
import { renderHtml } from '#report/html.ts';
import type { Block, PrintableDocument, ReportDocument, Section } from '#report/model.ts';
import { createPdfRenderer, type PdfRenderer } from '#report/pdf/pool.ts';
import { demoApril, SKIP_PDF, TEST_NOW } from './helpers/pdf-demo.ts';
import { pageTexts, pdfFile, pdfInfo, pdfWords, structElements, structTree } from './helpers/pdf-read.ts';

const MM = 72 / 25.4;
const SCRIPT = '<script>document.body.textContent = "INJICERAT"</script>';
/** 300 characters without a break opportunity, åäö among them. */
const WORD = 'Kommunbidragsomfördelningsåtgärdsuppföljningsärende'.repeat(6).slice(0, 300);
const LOGO_ALT = 'Exempelkommuns logotyp';
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#1f4e79"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>';

const areaName = (i: number) => (i === 7 ? WORD : i === 8 ? '' : `Område ${i + 1} åäö ÅÄÖ`);

function hostile(demo: ReportDocument): PrintableDocument {
  const [overview, ...rest] = demo.sections;
  const table = overview?.blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
  if (!overview || !table) throw new Error('the demo report has no overview table');
  const rows = Array.from({ length: 40 }, (_, i) => ({
    cells: [areaName(i), ...(table.rows[i % table.rows.length]?.cells.slice(1) ?? [])],
  }));
  const chart: BarChartSpec = {
    key: 'deviation-by-area',
    kind: 'diverging-bars',
    unit: 'mnkr',
    id: 'avvikelse-per-omrade',
    title: 'Avvikelse per verksamhetsområde, 40 områden',
    alt: 'Stapeldiagram över avvikelsen mot budget för 40 verksamhetsområden; Område 1 åäö ÅÄÖ har störst överskott.',
    categories: rows.map((_, i) => areaName(i)),
    values: rows.map((_, i) => (20 - i) * 1_000_000),
    table: { caption: 'Avvikelse per område, mnkr', head: ['Område', 'Avvikelse'], rows: rows.map((_, i) => [areaName(i), `${20 - i},0`]) },
  };
  const texts: Section = {
    number: String(demo.sections.length + 1),
    title: `Texter åäö ${SCRIPT}`,
    // Chromium names a link target by its percent-encoded URL fragment: the renderer must find it.
    id: 'texter-åäö ö#1',
    blocks: [
      { type: 'paragraph', content: [SCRIPT] },
      { type: 'paragraph', content: [WORD] },
      { type: 'paragraph', content: [''] },
      { type: 'heading', level: 3, id: 'langt-ord', content: [WORD] },
      { type: 'list', items: [[SCRIPT], [WORD], ['']] },
      {
        type: 'table',
        caption: `Tabell med ${SCRIPT}`,
        head: ['Text', 'Kommentar', 'Belopp'],
        numeric: [false, false, true],
        rows: [{ cells: [WORD, WORD, { figure: 'total.deviation' }] }, { cells: ['', SCRIPT, { figure: 'total.actualResult' }] }],
      },
      { type: 'chart', chart },
    ],
  };
  return {
    title: `Resultatrapport april 2025: Socialnämnden åäö ${SCRIPT}`,
    cover: {
      ...demo.cover,
      municipality: 'Exempelkommun',
      organisation: `Socialnämnden ${SCRIPT}`,
      logo: { mediaType: 'image/svg+xml', base64: Buffer.from(LOGO_SVG).toString('base64'), alt: LOGO_ALT },
      status: { kind: 'published', version: 3, publishedAt: '2025-05-12T08:30:00Z', publishedBy: 'controller' },
    },
    sections: [{ ...overview, blocks: overview.blocks.map((b) => (b === table ? { ...table, rows } : b)) }, ...rest, texts],
    figures: demo.figures,
  };
}

describe.skipIf(SKIP_PDF)('a hostile document as a PDF', () => {
  let doc: PrintableDocument;
  let renderer: PdfRenderer;
  let path: string;
  let bytes: Uint8Array;
  let text: string;
  let sectionPages: Record<string, number>;
  beforeAll(async () => {
    doc = hostile(await demoApril());
    renderer = createPdfRenderer();
    ({ bytes, sectionPages } = await renderer.renderDetailed(doc, { now: TEST_NOW }));
    path = pdfFile(bytes, 'fientlig.pdf');
    text = pageTexts(path).join('\n');
  });
  afterAll(() => renderer?.close());

  it('renders, tagged, with its title as given', () => {
    const info = pdfInfo(path);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(doc.title);
    expect(info.JavaScript).toBe('no');
  });

  it('finds the page of every section, one whose id has åäö, a space and a "#" too', () => {
    expect(Object.keys(sectionPages)).toEqual(doc.sections.map((s) => s.id));
    const last = doc.sections[doc.sections.length - 1];
    const contents = (pageTexts(path, true)[0] ?? '').replace(/\s+/g, ' ');
    expect(contents).toContain(`${last?.number} Texter åäö`);
    expect(contents).toMatch(new RegExp(`INJICERAT"</script> ${sectionPages[last?.id ?? '']} `));
  });

  it('prints the script tag as text and runs no script', () => {
    // Without white space: a line may break anywhere in the tag's text.
    const joined = text.replace(/\s+/g, '');
    const literal = SCRIPT.replace(/\s+/g, '');
    expect(joined).toContain(literal);
    // Every "INJICERAT" is inside a printed script tag: the page was never replaced.
    expect(joined.split('INJICERAT').length).toBe(joined.split(literal).length);
    expect(joined).toContain('Helanämnden');
  });

  it('prints the 300-character word whole (wrapped, never cut) and every one of the 40 areas', () => {
    const joined = text.replace(/\s+/g, '');
    // The word in the overview, its own paragraph, heading, list item and two table cells, and the chart's table.
    expect(joined.split(WORD).length - 1).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < 40; i++) if (areaName(i) && i !== 7) expect(text, areaName(i)).toContain(areaName(i));
  });

  it('keeps every word inside the page’s text area', () => {
    const { pages, words } = pdfWords(path);
    const outside = words.filter((w) => {
      const size = pages[w.page - 1] ?? { width: 0, height: 0 };
      return w.xMin < 20 * MM - 2 || w.xMax > size.width - 18 * MM + 2 || w.yMin < 0 || w.yMax > size.height;
    });
    expect(outside).toEqual([]);
  });

  it('says on every page which version it is, and nowhere "Utkast"', () => {
    const pages = pageTexts(path);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain('Version 3, publicerad 2025-05-12 av controller');
      expect(page.replace(/\s+/g, ' '), `page ${i + 1}`).toContain(`Exempelkommun · Socialnämnden ${SCRIPT.replace(/\s+/g, ' ')}`);
    });
    expect(text).not.toContain('Utkast');
  });

  it('tags the logo, and every image of the HTML, as a figure with its alternative text', async () => {
    const figures = structElements(await structTree(bytes)).filter((e) => e.type === 'Figure');
    const alts = figures.map((f) => f.alt).filter((a): a is string => a !== null);
    expect(alts).toContain(LOGO_ALT);
    const html = renderHtml(doc, { now: TEST_NOW });
    const fromHtml = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    const images = [...html.matchAll(/<img [^>]*alt="([^"]*)"|<svg [^>]*role="img"[^>]*aria-label="([^"]*)"/g)].map((m) =>
      fromHtml(m[1] ?? m[2] ?? ''),
    );
    expect(images.length).toBeGreaterThanOrEqual(1);
    for (const alt of images) expect(alts, alt).toContain(alt);
  });

  it('keeps the 40 areas a table with header cells', async () => {
    const types = structElements(await structTree(bytes)).map((e) => e.type);
    expect(types.filter((t) => t === 'Table').length).toBeGreaterThanOrEqual(3);
    expect(types.filter((t) => t === 'TH').length).toBeGreaterThanOrEqual(40 + 40 + 6);
  });
});
