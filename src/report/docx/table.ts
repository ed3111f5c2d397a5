/**
 * A table block as a Word table: its caption above it (style Caption, kept with the table), the
 * table style Rapporttabell, the header row marked to repeat on every page, numeric columns right
 * aligned, the total row bold, and fixed column widths that add up to the text width, so no table
 * runs off the page and a long word wraps inside its cell.
 */
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Inline, PrintableDocument, TableRow as RowModel } from '../model.ts';
import { TEXT_WIDTH } from './page.ts';
import { COLOUR, DARK_RULE, STYLE, TABLE_BORDERS, TABLE_STYLE } from './styles.ts';
import { inlineRuns, inlineText, xmlText } from './text.ts';

/** What a table needs: the model's table block, or a chart's data table (all columns but the first numeric). */
export interface TableInput {
  caption: string;
  head: readonly string[];
  numeric: readonly boolean[];
  rows: readonly RowModel[];
  foot?: RowModel;
}

/** Tables this long may break across pages; shorter ones are kept on one page. */
const KEEP_TOGETHER_ROWS = 25;

const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => w.length));

/**
 * Column widths in twips, in proportion to each column's longest content (a header counts by its
 * longest word, since it may wrap), each column between 4 and 40 characters' worth, summing to
 * exactly the text width.
 */
export function columnWidths(head: readonly string[], rows: readonly string[][]): number[] {
  const weights = head.map((h, i) => {
    const longest = Math.max(longestWord(h), ...rows.map((r) => (r[i] ?? '').length));
    return Math.min(40, Math.max(4, longest)) + 2;
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  widths[0] = (widths[0] ?? 0) + TEXT_WIDTH - widths.reduce((s, w) => s + w, 0);
  return widths;
}

type RowKind = 'head' | 'body' | 'total';

function cell(children: ReturnType<typeof inlineRuns>, width: number, numeric: boolean, keepNext: boolean, kind: RowKind): TableCell {
  // The style's header and total looks, given directly too, for readers that ignore a table style's conditional formats.
  const look =
    kind === 'head'
      ? { borders: { bottom: DARK_RULE }, shading: { fill: COLOUR.headerFill, type: ShadingType.CLEAR, color: 'auto' } }
      : kind === 'total'
        ? { borders: { top: DARK_RULE } }
        : {};
  return new TableCell({
    ...look,
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({ style: STYLE.tableText, alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, keepNext, children }),
    ],
  });
}

export function tableBlock(doc: PrintableDocument, t: TableInput): (Paragraph | Table)[] {
  const body = t.foot ? [...t.rows, t.foot] : t.rows;
  const widths = columnWidths(
    t.head.map(xmlText),
    body.map((r) => r.cells.map((c: Inline) => inlineText(doc, [c]))),
  );
  const keep = body.length <= KEEP_TOGETHER_ROWS;
  const width = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.head.map((h, i) => cell(inlineRuns(doc, [h], { bold: true }), width(i), t.numeric[i] === true, true, 'head')),
  });
  const rows = body.map((r, n) => {
    const keepNext = keep && n < body.length - 1;
    return new TableRow({
      cantSplit: true,
      children: t.head.map((_, i) => {
        const content = r.cells[i];
        const runs = content === undefined ? [] : inlineRuns(doc, [content], { bold: r.strong });
        return cell(runs, width(i), i > 0 && t.numeric[i] === true, keepNext, r === t.foot ? 'total' : 'body');
      }),
    });
  });
  const table = new Table({
    style: TABLE_STYLE,
    borders: TABLE_BORDERS,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    tableLook: { firstRow: true, lastRow: t.foot !== undefined, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [header, ...rows],
  });
  const caption = new Paragraph({ style: STYLE.caption, keepNext: true, children: inlineRuns(doc, [t.caption]) });
  return [caption, table];
}
