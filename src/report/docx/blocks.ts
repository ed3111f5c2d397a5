/**
 * The report's sections and blocks as Word paragraphs and tables: a section title as Heading 1
 * ("1 Resultatrapport", with a bookmark the table of contents links to), block headings of level
 * 3, 4, 5 as Heading 2, 3, 4, paragraphs (notes in the italic style Anteckning), lists with real
 * Word bullets or numbers, tables, and charts as images with their text alternative followed by
 * their data as a table.
 */
import { Bookmark, type FileChild, HeadingLevel, Paragraph, type Table } from 'docx';
import type { ChartSpec } from '../charts/spec.ts';
import type { Block, Inline, PrintableDocument, Section } from '../model.ts';
import { chartImage } from './image.ts';
import { BULLETS, NUMBERED, STYLE } from './look.ts';
import { tableBlock } from './table.ts';
import { inlineRuns, xmlText } from './text.ts';

const HEADING = { 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3, 5: HeadingLevel.HEADING_4 } as const;

/** What blocks need besides the document: a chart's PNG, and a fresh instance number for each ordered list. */
export interface BlockContext {
  doc: PrintableDocument;
  chartPng: (chart: ChartSpec) => Uint8Array;
  nextListInstance: () => number;
}

/** A bookmark name Word accepts (letters, digits, underscore, at most 40 characters), unique per section. */
export const sectionBookmark = (index: number) => `Avsnitt_${index + 1}`;

export const sectionHeadingText = (s: Section) => xmlText(`${s.number} ${s.title}`.trim());

function chartBlocks(ctx: BlockContext, chart: ChartSpec): (Paragraph | Table)[] {
  const image = chartImage(ctx.chartPng(chart), { name: chart.title, description: chart.alt });
  return [
    new Paragraph({ style: STYLE.caption, keepNext: true, children: inlineRuns(ctx.doc, [chart.title]) }),
    new Paragraph({ keepNext: true, children: [image] }),
    new Paragraph({ style: STYLE.note, children: inlineRuns(ctx.doc, [chart.alt]) }),
    ...tableBlock(ctx.doc, {
      caption: chart.table.caption,
      head: chart.table.head,
      numeric: chart.table.head.map((_, i) => i > 0),
      rows: chart.table.rows.map((r) => ({ cells: r })),
    }),
  ];
}

/** Space between a table and the text after it (a Word table has no margin of its own). */
const AFTER_TABLE = { before: 200 };

/** A block's paragraphs and tables; `afterTable`: the block follows a table, so its first paragraph keeps a distance. */
export function blockChildren(ctx: BlockContext, b: Block, afterTable = false): (Paragraph | Table)[] {
  const { doc } = ctx;
  const spacing = afterTable ? AFTER_TABLE : undefined;
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[b.level], children: inlineRuns(doc, b.content) })];
    case 'paragraph':
      return [
        new Paragraph({ style: b.note ? STYLE.note : undefined, spacing, children: inlineRuns(doc, b.content, { boldFigures: true }) }),
      ];
    case 'list': {
      const numbering = b.ordered ? { reference: NUMBERED, level: 0, instance: ctx.nextListInstance() } : { reference: BULLETS, level: 0 };
      const item = (content: Inline[], i: number) =>
        new Paragraph({
          style: STYLE.listParagraph,
          numbering,
          spacing: i === 0 ? spacing : undefined,
          children: inlineRuns(doc, content, { boldFigures: true }),
        });
      return b.items.map(item);
    }
    case 'table':
      return tableBlock(doc, b);
    case 'chart':
      return chartBlocks(ctx, b.chart);
  }
}

export function sectionChildren(ctx: BlockContext, s: Section, index: number): FileChild[] {
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    // The cover and the table of contents have the first page; the report starts on the next.
    pageBreakBefore: index === 0,
    children: [new Bookmark({ id: sectionBookmark(index), children: inlineRuns(ctx.doc, [sectionHeadingText(s)]) })],
  });
  const endsInTable = (b: Block | undefined) => b?.type === 'table' || b?.type === 'chart';
  return [title, ...s.blocks.flatMap((b, i) => blockChildren(ctx, b, endsInTable(s.blocks[i - 1])))];
}
