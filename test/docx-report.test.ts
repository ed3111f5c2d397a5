/**
 * The demo's April report as a Word document, read back: the section titles as Heading 1 in
 * order and the block headings as Heading 2, the TOC field, the draft's "Utkast" header (absent
 * once published), the page-counting footer, every area with its deviation as the seed states
 * it, the same set of formatted figures as the HTML report, tables with repeating header rows,
 * charts as images with their alternative texts, a hostile text saved through the use case, and
 * the time it takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { buildReport } from '#app/report.ts';
import { saveText } from '#app/texts.ts';
import { formatMoney, MINUS, NBSP } from '#core/format.ts';
import type { ChartSpec } from '#report/charts/spec.ts';
import { renderDocx } from '#report/docx/render.ts';
import { renderHtml } from '#report/html.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Db } from '#store/db.ts';
import seed from './fixtures/seed-figures.json' with { type: 'json' };
import { freshSqlite } from './helpers/databases.ts';
import { findAll, first, paragraphStyle, readWord, type WordParts, wordText } from './helpers/docx-parts.ts';

const NOW = new Date('2025-05-06T10:00:00Z');

/** "+4,6 mnkr" / "−0,2 mnkr" from the seed's numbers, written out independently of the renderers. */
const seedMnkr = (mnkr: number) => `${mnkr > 0 ? '+' : mnkr < 0 ? MINUS : ''}${Math.abs(mnkr).toFixed(1).replace('.', ',')}${NBSP}mnkr`;

/** The charts of the report, or (until the document carries its own) two built here from its figures, so images are always tested. */
function withCharts(doc: ReportDocument): ReportDocument {
  if (doc.sections.some((s) => s.blocks.some((b) => b.type === 'chart'))) return doc;
  const sorted = doc.areas.toSorted((a, b) => b.deviation - a.deviation);
  const bars: ChartSpec = {
    key: 'deviation-by-area',
    id: 'avvikelse-per-omrade',
    kind: 'diverging-bars',
    unit: 'mnkr',
    title: `Avvikelse mot budget per verksamhetsområde, ${doc.periodLabel}`,
    alt: `Störst avvikelse har ${sorted[0]?.name}, minst ${sorted.at(-1)?.name}.`,
    categories: sorted.map((a) => a.name),
    values: sorted.map((a) => a.deviation),
    table: {
      caption: 'Avvikelse per verksamhetsområde, mnkr',
      head: ['Verksamhetsområde', 'Avvikelse'],
      rows: sorted.map((a) => [a.name, formatMoney(a.deviation, 'mnkr', { signed: true, bare: true })]),
    },
  };
  const total = doc.monthly.find((m) => m.areaId === '')?.months ?? [];
  const cumulative = (key: 'actualResult' | 'budgetResult') => total.map((_, i) => total.slice(0, i + 1).reduce((s, m) => s + m[key], 0));
  const lines: ChartSpec = {
    key: 'ytd-actual-budget',
    id: 'utfall-mot-budget',
    kind: 'lines',
    unit: 'mnkr',
    decimals: 1,
    pointLabels: false,
    signed: true,
    title: 'Ackumulerat utfall mot budget per månad',
    alt: 'Linjer för utfall och budget, januari till april.',
    xLabels: total.map((m) => m.period),
    series: [
      { name: 'Utfall', role: 'actual', values: cumulative('actualResult') },
      { name: 'Budget', role: 'budget', values: cumulative('budgetResult') },
    ],
    table: {
      caption: 'Utfall och budget per månad, mnkr',
      head: ['Månad', 'Utfall', 'Budget'],
      rows: total.map((m) => [
        m.period,
        formatMoney(m.actualResult, 'mnkr', { bare: true }),
        formatMoney(m.budgetResult, 'mnkr', { bare: true }),
      ]),
    },
  };
  const [first, second, ...rest] = doc.sections;
  if (!first || !second) throw new Error('the report has fewer than two sections');
  return {
    ...doc,
    sections: [
      { ...first, blocks: [...first.blocks, { type: 'chart', chart: bars }] },
      { ...second, blocks: [...second.blocks, { type: 'chart', chart: lines }] },
      ...rest,
    ],
  };
}

const paragraphs = (w: WordParts, style: string) => findAll(w.document, 'w:p').filter((p) => paragraphStyle(p) === style);
const figureRuns = (w: WordParts) =>
  findAll(w.document, 'w:r')
    .filter((r) => first(r, 'w:rStyle')?.attributes['w:val'] === 'Belopp')
    .map(wordText);
const htmlFigures = (html: string) => [...html.matchAll(/<data class="figure[^"]*" value="-?\d+" data-figure="([^"]+)">([^<]*)<\/data>/g)];
const multiset = (xs: readonly string[]) => [...xs].sort();

describe('the demo April report as a Word document', () => {
  let db: Db;
  let doc: ReportDocument;
  let bytes: Uint8Array;
  let w: WordParts;
  beforeAll(async () => {
    db = await freshSqlite();
    await loadDemo(db);
    doc = withCharts(await buildReport(db, 'socialnamnden', '2025-04'));
    bytes = await renderDocx(doc, { now: NOW });
    w = await readWord(bytes);
  });
  afterAll(() => db?.close());

  it('has the title, the section titles as Heading 1 in order and the block headings as Heading 2', () => {
    expect(paragraphs(w, 'Title').map(wordText)).toEqual(['Resultatrapport april 2025']);
    expect(paragraphs(w, 'Heading1').map(wordText)).toEqual([
      ...seed.structure.sections
        .filter((s) => /^\d \S/.test(s) && !s.includes(' / '))
        .map((s) => s.replace(/ \(total.*$/, '').replace(/, with parts.*$/, '')),
      '6 Nyckeltal',
    ]);
    const level3 = doc.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'heading' && b.level === 3));
    const heading2 = paragraphs(w, 'Heading2').map(wordText);
    expect(heading2).toHaveLength(level3.length);
    expect(heading2).toContain('Sammanfattning av resultatet för socialnämnden, april 2025');
    expect(heading2).toContain(
      `Boendeenheten ${seedMnkr(seed.annualForecast.rows.find((r) => r.area === 'Boendeenheten')?.mnkr ?? Number.NaN)}`,
    );
    expect(paragraphs(w, 'Heading3').map(wordText)).toContain(`Rekryteringsenheten ${seedMnkr(3.4)} (mars ${seedMnkr(2.5)})`);
  });

  it('has a TOC field over Heading 1–2, updated when Word opens the file', () => {
    const instructions = findAll(w.document, 'w:instrText').map((i) => i.children.join(''));
    expect(instructions.filter((i) => /^\s*TOC\b/.test(i))).toEqual(['TOC \\h \\o "1-2" \\z']);
    expect(w.parts.get('word/settings.xml')?.toString()).toContain('<w:updateFields/>');
  });

  it('marks a draft "Utkast" in the header of every page, a published version not; the footer counts pages', async () => {
    expect(wordText(w.headers[0] ?? w.document)).toBe('Utkast · Socialnämnden · Resultatrapport april 2025');
    const published = await readWord(
      await renderDocx(
        {
          ...doc,
          cover: {
            ...doc.cover,
            status: { kind: 'published', version: 1, publishedAt: '2025-05-08T09:00:00Z', publishedBy: 'controller' },
          },
        },
        { now: NOW },
      ),
    );
    expect(published.headers).toHaveLength(1);
    expect(wordText(published.headers[0] ?? published.document)).toBe('Socialnämnden · Resultatrapport april 2025 · version 1');
    expect(wordText(published.document)).not.toContain('Utkast');
    for (const footer of [...w.footers, ...published.footers]) {
      expect(findAll(footer, 'w:instrText').map((i) => i.children.join('').trim())).toEqual(['PAGE', 'NUMPAGES']);
    }
  });

  it("gives every area's name and deviation in the area table, as the seed states them", () => {
    const [table] = findAll(w.document, 'w:tbl');
    const rows = findAll(table ?? w.document, 'w:tr').map((r) => findAll(r, 'w:tc').map(wordText));
    const html = renderHtml(doc);
    for (const area of doc.areas) {
      const row = rows.find((r) => r[0] === area.name);
      expect(row, area.name).toBeDefined();
      const seedRow = seed.areaDeviations.rows.find((r) => r.area === area.name);
      const expected = seedRow ? seedMnkr(seedRow.aprilMnkr) : htmlFigures(html).find((m) => m[1] === `area.${area.id}.deviation`)?.[2];
      expect(row?.[3], area.name).toBe(expected);
    }
    expect(rows.at(-1)?.[0]).toBe('Hela nämnden');
    expect(rows.at(-1)?.[3]).toBe(seedMnkr(seed.result.accumulatedDeviationMnkr));
    expect(rows.at(-1)?.[1]).toBe(seedMnkr(seed.result.accumulatedResultMnkr));
  });

  it('shows exactly the formatted figures of the HTML report', () => {
    const html = htmlFigures(renderHtml(doc)).map((m) => m[2] ?? '');
    expect(html.length).toBeGreaterThan(50);
    expect(multiset(figureRuns(w))).toEqual(multiset(html));
  });

  it('makes every table a styled table whose first row repeats, inside the text width, numbers right aligned and the total bold', () => {
    const tables = findAll(w.document, 'w:tbl');
    const expected = doc.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'table' || b.type === 'chart').length;
    expect(tables).toHaveLength(expected);
    for (const t of tables) {
      expect(first(t, 'w:tblStyle')?.attributes['w:val']).toBe('Rapporttabell');
      const rows = findAll(t, 'w:tr');
      expect(rows.map((r) => findAll(r, 'w:tblHeader').length)).toEqual([1, ...Array(rows.length - 1).fill(0)]);
      expect(findAll(t, 'w:gridCol').reduce((s, g) => s + Number(g.attributes['w:w']), 0)).toBe(9866);
    }
    const areaTable = tables[0] ?? w.document;
    const body = findAll(areaTable, 'w:tr').slice(1);
    for (const r of body)
      expect(findAll(r, 'w:jc').map((j) => j.attributes['w:val'])).toEqual(['left', 'right', 'right', 'right', 'right', 'right']);
    const total = body.at(-1) ?? areaTable;
    expect(findAll(total, 'w:r').every((r) => first(r, 'w:b') !== undefined)).toBe(true);
    expect(findAll(body[0] ?? areaTable, 'w:b')).toEqual([]);
  });

  it('shows each chart as an image with its title and alternative text, followed by its data', () => {
    const charts = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    expect(charts.length).toBeGreaterThan(0);
    const pictures = findAll(w.document, 'wp:docPr');
    // The cover's logo first (the demo's template has one), then the charts.
    const logo = doc.cover.logo ? [[expect.any(String), doc.cover.logo.alt]] : [];
    expect(pictures.map((p) => [p.attributes.name, p.attributes.descr])).toEqual([...logo, ...charts.map((c) => [c.title, c.alt])]);
    const captions = paragraphs(w, 'Caption').map(wordText);
    for (const c of charts) expect(captions).toEqual(expect.arrayContaining([c.title, c.table.caption]));
  });

  it('prints a hostile text saved through the use case as text: the script, a 300-character word, åäö, its lists', async () => {
    const word = 'Ö'.repeat(300);
    const body = `<script>alert("docx")</script> åäö ÅÄÖ\n\n${word}\n\n- <b>punkt</b> ett\n- punkt två\n\n1. första\n2. andra`;
    await saveText(db, {
      committeeId: 'socialnamnden',
      period: '2025-04',
      areaId: null,
      kind: 'summary',
      body,
      version: null,
      user: 'controller',
    });
    const hostile = await readWord(await renderDocx(await buildReport(db, 'socialnamnden', '2025-04'), { now: NOW }));
    const xml = hostile.parts.get('word/document.xml')?.toString() ?? '';
    expect(xml).not.toMatch(/<script|<b>/);
    const text = wordText(hostile.document);
    expect(text).toContain('<script>alert("docx")</script> åäö ÅÄÖ');
    expect(findAll(hostile.document, 'w:p').map(wordText)).toContain(word);
    const items = paragraphs(hostile, 'ListParagraph');
    expect(items.map(wordText)).toEqual(['<b>punkt</b> ett', 'punkt två', 'första', 'andra']);
    expect(items.every((p) => first(p, 'w:numPr') !== undefined)).toBe(true);
  });
});
