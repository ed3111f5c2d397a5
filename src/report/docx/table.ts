/**
 * A table block as a Word table: its caption above it (style Caption, kept with the table) and
 * as the table's own title (w:tblCaption, which Word shows as its alt text), the table style
 * Rapporttabell, the header row marked to repeat on every page, numeric columns right aligned, the
 * total row bold, and fixed column widths that add up to the text width (columns.ts), so no table
 * runs off the page and a long word wraps inside its cell.
 */
import {
  AlignmentType,
  ImportedXmlComponent,
  type ITableOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  WidthType,
  XmlComponent,
} from 'docx';
import type { PrintableDocument, TableRow as RowModel } from '../model.ts';
import { columnWidths } from './columns.ts';
import { COLOUR, DARK_RULE, STYLE, TABLE_BORDERS, TABLE_STYLE } from './look.ts';
import { TEXT_WIDTH } from './page.ts';
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
/** 9 pt for a table too wide for 10 pt. */
const COMPACT_SIZE = 18;

/** A table whose tblPr ends with its title (w:tblCaption comes after w:tblLook, the last property docx writes here). */
class CaptionedTable extends Table {
  constructor(options: ITableOptions, caption: string) {
    super(options);
    const properties = this.root[0];
    if (caption && properties instanceof XmlComponent)
      properties.addChildElement(new ImportedXmlComponent('w:tblCaption', { 'w:val': caption }));
  }
}

type RowKind = 'head' | 'body' | 'total';

/** The style's header and total looks are given on the cells too, for readers that ignore a table style's conditional formats. */
const CELL_LOOK: Record<RowKind, Partial<ConstructorParameters<typeof TableCell>[0]>> = {
  head: { borders: { bottom: DARK_RULE }, shading: { fill: COLOUR.headerFill, type: ShadingType.CLEAR, color: 'auto' } },
  body: {},
  total: { borders: { top: DARK_RULE } },
};

function cell(children: TextRun[], width: number, numeric: boolean, keepNext: boolean, kind: RowKind): TableCell {
  return new TableCell({
    ...CELL_LOOK[kind],
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({ style: STYLE.tableText, alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, keepNext, children }),
    ],
  });
}

export function tableBlock(doc: PrintableDocument, t: TableInput): (Paragraph | Table)[] {
  const body = t.foot ? [...t.rows, t.foot] : t.rows;
  const { widths, compact } = columnWidths(
    t.head.map(xmlText),
    body.map((r) => r.cells.map((c) => inlineText(doc, [c]))),
    t.numeric,
  );
  const size = compact ? COMPACT_SIZE : undefined;
  const keep = body.length <= KEEP_TOGETHER_ROWS;
  const numeric = (i: number) => i > 0 && t.numeric[i] === true;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.head.map((h, i) => cell(inlineRuns(doc, [h], { bold: true, size }), widths[i] ?? 0, numeric(i), true, 'head')),
  });
  const rows = body.map((r, n) => {
    const keepNext = keep && n < body.length - 1;
    const kind = r === t.foot ? 'total' : 'body';
    return new TableRow({
      cantSplit: true,
      children: t.head.map((_, i) => {
        const content = r.cells[i];
        const runs = content === undefined ? [] : inlineRuns(doc, [content], { bold: r.strong, size });
        return cell(runs, widths[i] ?? 0, numeric(i), keepNext, kind);
      }),
    });
  });
  const caption = xmlText(t.caption);
  const table = new CaptionedTable(
    {
      style: TABLE_STYLE,
      borders: TABLE_BORDERS,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      tableLook: { firstRow: true, lastRow: t.foot !== undefined, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
      rows: [header, ...rows],
    },
    caption,
  );
  return [new Paragraph({ style: STYLE.caption, keepNext: true, children: inlineRuns(doc, [caption]) }), table];
}
