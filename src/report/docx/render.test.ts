/**
 * The Word renderer on documents built by hand: the styles and properties Word reads, a hostile
 * document (a script tag, a 300-character word, åäö, empty texts, control characters, 40 areas),
 * a chart and a logo as images with their text alternatives, lists, and the draft's header.
 */

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { findAll, first, paragraphStyle, readWord, type WordParts, wordText } from '#test/helpers/docx-parts.ts';
import { chartSize } from '../charts/render.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { Block, Cover, PrintableDocument, Section } from '../model.ts';
import { TEXT_WIDTH } from './page.ts';
import { renderDocx } from './render.ts';

const SCRIPT = '<script>alert("x")</script>';
const LONG_WORD = 'Långt'.repeat(60);
const NOW = new Date('2025-05-06T10:00:00Z');

const cover = (status: Cover['status'] = { kind: 'draft' }): Cover => ({
  municipality: 'Exempelkommun',
  logo: null,
  organisation: 'Socialnämnden',
  title: 'Resultatrapport april 2025',
  subtitle: 'Belopp i mnkr.',
  status,
});

const section = (number: string, title: string, blocks: Block[]): Section => ({ number, title, id: `s${number}`, blocks });

function hostileDocument(): PrintableDocument {
  const figures: PrintableDocument['figures'] = {};
  const areas = Array.from({ length: 40 }, (_, i) => {
    figures[`a${i}`] = { amount: (i - 20) * 12_345_678, style: 'mnkr-signed', label: `Område ${i}` };
    return { cells: [i === 7 ? `${SCRIPT} ${LONG_WORD}` : `Område ${i + 1} åäö ÅÄÖ`, { figure: `a${i}` }, i === 3 ? '' : '–'] };
  });
  figures.total = { amount: -98_765_432, style: 'mnkr-signed', label: 'Totalt' };
  return {
    title: `Rapport ${SCRIPT}\u0001`,
    cover: { ...cover(), organisation: `Nämnd ${SCRIPT}`, subtitle: '' },
    figures,
    sections: [
      section('1', `Resultat ${SCRIPT}`, [
        { type: 'heading', level: 3, id: 'h', content: [SCRIPT] },
        { type: 'paragraph', content: [`Text ${SCRIPT} och ${LONG_WORD} åäö\u0001\u0008\u000b\ufffe slut`, { figure: 'total' }] },
        { type: 'paragraph', content: [''] },
        { type: 'paragraph', content: [] },
        { type: 'heading', level: 4, id: 'e', content: [] },
        {
          type: 'table',
          caption: `40 områden ${SCRIPT}`,
          head: ['Område', 'Avvikelse', ''],
          numeric: [false, true, true],
          rows: areas,
          foot: { strong: true, cells: ['Totalt', { figure: 'total' }, ''] },
        },
        { type: 'list', items: [[SCRIPT], [''], [LONG_WORD]] },
      ]),
      section('2', '', []),
    ],
  };
}

const chart: ChartSpec = {
  key: 'deviation-by-area',
  id: 'avvikelse-per-omrade',
  kind: 'diverging-bars',
  unit: 'mnkr',
  title: 'Avvikelse per verksamhetsområde, april 2025',
  alt: 'Staplar: Boendeenheten +4,6 mnkr störst, Övergripande −1,2 mnkr minst.',
  categories: ['Boendeenheten', 'Övergripande'],
  values: [460_000_000, -120_000_000],
  table: {
    caption: 'Avvikelse per verksamhetsområde, mnkr',
    head: ['Verksamhetsområde', 'Avvikelse'],
    rows: [
      ['Boendeenheten', '+4,6'],
      ['Övergripande', '−1,2'],
    ],
  },
};

function chartDocument(): PrintableDocument {
  const png = new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#1f4e79"/></svg>',
  )
    .render()
    .asPng();
  return {
    title: 'Diagram',
    cover: { ...cover(), logo: { mediaType: 'image/png', base64: Buffer.from(png).toString('base64'), alt: 'Exempelkommuns logotyp' } },
    figures: {},
    sections: [
      section('1', 'Resultatrapport', [
        { type: 'chart', chart },
        { type: 'list', ordered: true, items: [['ett'], ['två']] },
        { type: 'paragraph', content: ['mellan'] },
        { type: 'list', ordered: true, items: [['ett igen']] },
        { type: 'paragraph', content: ['Ingen text.'], note: true },
      ]),
    ],
  };
}

const raw = (w: WordParts, name: string) => w.parts.get(name)?.toString('utf8') ?? '';
const paragraphs = (w: WordParts) => findAll(w.document, 'w:p');
const styled = (w: WordParts, style: string) => paragraphs(w).filter((p) => paragraphStyle(p) === style);

describe('renderDocx', () => {
  it('declares the styles Word uses: headings, title, caption, the table style, Calibri and sv-SE, and the core properties', async () => {
    const w = await readWord(await renderDocx(hostileDocument(), { now: NOW }));
    const styles = findAll(w.styles, 'w:style');
    const byId = (id: string) => styles.find((s) => s.attributes['w:styleId'] === id);
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Caption', 'TOC1', 'TOC2'])
      expect(byId(id), id).toBeDefined();
    expect(first(byId('Heading1') ?? w.styles, 'w:name')?.attributes['w:val']).toBe('heading 1');
    expect(first(byId('Heading1') ?? w.styles, 'w:color')?.attributes['w:val']).toBe('1F4E79');
    expect(first(byId('Heading2') ?? w.styles, 'w:outlineLvl')?.attributes['w:val']).toBe('1');
    expect(byId('Rapporttabell')?.attributes['w:type']).toBe('table');
    const defaults = first(w.styles, 'w:rPrDefault');
    expect(first(defaults ?? w.styles, 'w:lang')?.attributes['w:val']).toBe('sv-SE');
    expect(first(defaults ?? w.styles, 'w:rFonts')?.attributes['w:ascii']).toBe('Calibri');
    expect(first(defaults ?? w.styles, 'w:sz')?.attributes['w:val']).toBe('22');
    const core = raw(w, 'docProps/core.xml');
    expect(core).toContain('<dc:creator>Uppföljning</dc:creator>');
    expect(core).toContain('<dc:title>Rapport &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</dc:title>');
    expect(raw(w, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('writes hostile text as text: the script literal, the long word whole, åäö, no control characters, empty texts', async () => {
    const bytes = await renderDocx(hostileDocument(), { now: NOW });
    const w = await readWord(bytes);
    const xml = raw(w, 'word/document.xml');
    expect(xml).not.toMatch(/<script/i);
    const illegal = [...xml].filter((c) => {
      const n = c.codePointAt(0) ?? 0;
      return (n < 0x20 && n !== 0x09 && n !== 0x0a && n !== 0x0d) || n === 0xfffe || n === 0xffff;
    });
    expect(illegal).toEqual([]);
    const text = wordText(w.document);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(LONG_WORD);
    expect(text).toContain('åäö ÅÄÖ');
    expect(text).toContain(`Text ${SCRIPT} och ${LONG_WORD} åäö slut`);
    expect(styled(w, 'Heading1').map(wordText)).toEqual([`1 Resultat ${SCRIPT}`, '2']);
    expect(styled(w, 'Heading2').map(wordText)).toEqual([SCRIPT]);
    expect(wordText(w.headers[0] ?? w.document)).toBe(`Utkast · Nämnd ${SCRIPT} · Resultatrapport april 2025`);
  });

  it('fits a 40-area table in the text width: fixed layout, header row repeated, numbers right aligned, the total bold', async () => {
    const w = await readWord(await renderDocx(hostileDocument(), { now: NOW }));
    const [table] = findAll(w.document, 'w:tbl');
    if (!table) throw new Error('no table');
    expect(first(table, 'w:tblStyle')?.attributes['w:val']).toBe('Rapporttabell');
    expect(first(table, 'w:tblLayout')?.attributes['w:type']).toBe('fixed');
    expect(first(table, 'w:tblCaption')?.attributes['w:val']).toBe(`40 områden ${SCRIPT}`);
    const grid = findAll(table, 'w:gridCol').map((g) => Number(g.attributes['w:w']));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((s, g) => s + g, 0)).toBe(TEXT_WIDTH);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(600);
    const rows = findAll(table, 'w:tr');
    expect(rows).toHaveLength(42);
    expect(rows.map((r) => findAll(r, 'w:tblHeader').length)).toEqual([1, ...Array(41).fill(0)]);
    const cells = (r: (typeof rows)[number]) => findAll(r, 'w:tc');
    const jc = (c: ReturnType<typeof cells>[number]) => first(c, 'w:jc')?.attributes['w:val'];
    expect(cells(rows[1] ?? table).map(jc)).toEqual(['left', 'right', 'right']);
    expect(wordText(rows[1] ?? table)).toBe('Område 1 åäö ÅÄÖ−2,5\u00a0mnkr–');
    const total = rows[41] ?? table;
    expect(wordText(total)).toBe('Totalt−1,0\u00a0mnkr');
    expect(findAll(total, 'w:r').every((r) => first(r, 'w:b') !== undefined)).toBe(true);
    // The caption is above the table and kept with it.
    const body = first(w.document, 'w:body');
    const index = body?.children.indexOf(table) ?? -1;
    const caption = body?.children[index - 1];
    expect(caption && typeof caption !== 'string' && paragraphStyle(caption)).toBe('Caption');
    expect(caption && typeof caption !== 'string' && wordText(caption)).toBe(`40 områden ${SCRIPT}`);
  });

  it('shows a chart as a PNG with its title and alternative text, then its data table; the logo with its alt', async () => {
    const w = await readWord(await renderDocx(chartDocument(), { now: NOW }));
    const pictures = findAll(w.document, 'wp:docPr');
    expect(pictures.map((p) => p.attributes.descr)).toEqual(['Exempelkommuns logotyp', chart.alt]);
    expect(pictures[1]?.attributes.name).toBe(chart.title);
    const media = [...w.parts.keys()].filter((k) => k.startsWith('word/media/') && !k.endsWith('/'));
    expect(media).toHaveLength(2);
    for (const m of media) expect(w.parts.get(m)?.subarray(1, 4).toString()).toBe('PNG');
    const extent = first(findAll(w.document, 'w:drawing')[1] ?? w.document, 'wp:extent');
    // The chart's size in px at 9525 EMU per px: inside the text width (9866 twips = 6 265 910 EMU), its proportions kept.
    const size = chartSize(chart);
    expect(Number(extent?.attributes.cx)).toBeLessThanOrEqual((TEXT_WIDTH / 1440) * 914_400);
    expect(Number(extent?.attributes.cx) / Number(extent?.attributes.cy)).toBeCloseTo(size.width / size.height, 1);
    const [table] = findAll(w.document, 'w:tbl');
    expect(wordText(table ?? w.document)).toBe('VerksamhetsområdeAvvikelseBoendeenheten+4,6Övergripande−1,2');
    expect(styled(w, 'Caption').map(wordText)).toEqual([chart.title, chart.table.caption]);
  });

  it('makes lists Word lists (each numbered list restarting) and notes italic', async () => {
    const w = await readWord(await renderDocx(chartDocument(), { now: NOW }));
    const items = styled(w, 'ListParagraph');
    expect(items.map(wordText)).toEqual(['ett', 'två', 'ett igen']);
    const numIds = items.map((p) => first(p, 'w:numId')?.attributes['w:val']);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const numbering = raw(w, 'word/numbering.xml');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
    const note = findAll(w.styles, 'w:style').find((s) => s.attributes['w:styleId'] === 'Anteckning');
    expect(note && first(note, 'w:i')).toBeDefined();
    expect(styled(w, 'Anteckning').map(wordText)).toContain('Ingen text.');
  });

  it('puts "Utkast" and the date on a draft, the version on a published document; the footer counts pages', async () => {
    const published = { kind: 'published' as const, version: 3, publishedAt: '2025-05-12T08:00:00Z', publishedBy: 'Anna Andersson' };
    const draft = await readWord(await renderDocx({ ...chartDocument(), cover: cover() }, { now: NOW }));
    const pub = await readWord(await renderDocx({ ...chartDocument(), cover: cover(published) }, { now: NOW }));
    expect(wordText(draft.headers[0] ?? draft.document)).toBe('Utkast · Socialnämnden · Resultatrapport april 2025');
    expect(wordText(draft.document)).toContain('Utkast 2025-05-06');
    expect(wordText(pub.headers[0] ?? pub.document)).toBe('Socialnämnden · Resultatrapport april 2025 · version 3');
    expect(wordText(pub.document)).toContain('Version 3, publicerad 2025-05-12 av Anna Andersson');
    expect(wordText(pub.document)).not.toContain('Utkast');
    for (const w of [draft, pub]) {
      const footer = w.footers[0] ?? w.document;
      expect(findAll(footer, 'w:instrText').map((i) => i.children.join('').trim())).toEqual(['PAGE', 'NUMPAGES']);
      expect(wordText(footer)).toBe('Sida  av ');
    }
  });
});
