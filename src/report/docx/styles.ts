/**
 * The Word document's styles, with the HTML report's look (src/report/html-style.ts): Calibri
 * 11 pt in near-black, headings in #1f4e79, Heading 1 underlined by a rule as the HTML's h2,
 * tables with a bold header row under a dark rule and a bold total row over one. Everything is a
 * real style in styles.xml (Title, Heading 1–4, Caption, List Paragraph, the TOC levels, the
 * table style "Rapporttabell"), so Word's navigation pane, table of contents and style gallery
 * work, and a controller who restyles the document restyles every page. Language sv-SE.
 */
import {
  AlignmentType,
  BorderStyle,
  DocumentDefaults,
  ImportedXmlComponent,
  type INumberingOptions,
  type IStylesOptions,
  LevelFormat,
} from 'docx';

export const COLOUR = { heading: '1F4E79', text: '1A1A1A', muted: '4A4A4A', rule: 'C8C8C8', headerFill: 'E8EEF5' } as const;
export const FONT = 'Calibri';

/** Style ids used by the renderer. */
export const FIGURE_STYLE = 'Belopp';
export const TABLE_STYLE = 'Rapporttabell';
export const STYLE = {
  caption: 'Caption',
  note: 'Anteckning',
  kicker: 'Forsattsrubrik',
  meta: 'Forsattstext',
  tocHeading: 'TOCHeading',
  listParagraph: 'ListParagraph',
  tableText: 'Tabelltext',
  header: 'Header',
  footer: 'Footer',
} as const;

export const BULLETS = 'punktlista';
export const NUMBERED = 'numrerad-lista';

const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };

/** A heading style: Word's built-in name ("heading 1"), its outline level for the TOC and navigation pane. */
function heading(level: 1 | 2 | 3 | 4, size: number, color: string, before: number, after: number) {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    uiPriority: 9,
    run: { bold: true, size, color, font },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  };
}

/** An element of styles.xml that docx has no option for (a table style), built from its parts. */
function el(name: string, attributes: Record<string, string> = {}, ...children: ImportedXmlComponent[]): ImportedXmlComponent {
  const component = new ImportedXmlComponent(name, Object.keys(attributes).length > 0 ? attributes : undefined);
  for (const child of children) component.push(child);
  return component;
}

const val = (name: string, v: string) => el(name, { 'w:val': v });
const rule = (side: string, size: number, color: string) =>
  el(`w:${side}`, { 'w:val': 'single', 'w:sz': String(size), 'w:space': '0', 'w:color': color });
const margin = (side: string, w: number) => el(`w:${side}`, { 'w:w': String(w), 'w:type': 'dxa' });
const bold = () => el('w:rPr', {}, el('w:b'), el('w:bCs'));

/** Word's base styles, which the others are based on: Normal paragraphs and the plain table. */
function baseStyles(): ImportedXmlComponent[] {
  return [
    el('w:style', { 'w:type': 'paragraph', 'w:default': '1', 'w:styleId': 'Normal' }, val('w:name', 'Normal'), el('w:qFormat')),
    el(
      'w:style',
      { 'w:type': 'character', 'w:default': '1', 'w:styleId': 'DefaultParagraphFont' },
      val('w:name', 'Default Paragraph Font'),
      val('w:uiPriority', '1'),
      el('w:semiHidden'),
      el('w:unhideWhenUsed'),
    ),
    el(
      'w:style',
      { 'w:type': 'table', 'w:default': '1', 'w:styleId': 'TableNormal' },
      val('w:name', 'Normal Table'),
      val('w:uiPriority', '99'),
      el('w:semiHidden'),
      el('w:unhideWhenUsed'),
      el(
        'w:tblPr',
        {},
        el('w:tblInd', { 'w:w': '0', 'w:type': 'dxa' }),
        el('w:tblCellMar', {}, margin('top', 0), margin('left', 108), margin('bottom', 0), margin('right', 108)),
      ),
    ),
  ];
}

/** The table style: header row (firstRow) bold and shaded under a dark rule, total row (lastRow) bold over one, light rules between rows. */
function tableStyle(): ImportedXmlComponent {
  return el(
    'w:style',
    { 'w:type': 'table', 'w:customStyle': '1', 'w:styleId': TABLE_STYLE },
    val('w:name', TABLE_STYLE),
    val('w:basedOn', 'TableNormal'),
    val('w:uiPriority', '59'),
    el('w:qFormat'),
    el('w:pPr', {}, el('w:spacing', { 'w:before': '0', 'w:after': '0', 'w:line': '240', 'w:lineRule': 'auto' })),
    el('w:rPr', {}, val('w:sz', '20'), val('w:szCs', '20')),
    el(
      'w:tblPr',
      {},
      el('w:tblBorders', {}, rule('bottom', 4, COLOUR.rule), rule('insideH', 4, COLOUR.rule)),
      el('w:tblCellMar', {}, margin('top', 45), margin('left', 85), margin('bottom', 45), margin('right', 85)),
    ),
    el(
      'w:tblStylePr',
      { 'w:type': 'firstRow' },
      bold(),
      el('w:tblPr'),
      el(
        'w:tcPr',
        {},
        el('w:tcBorders', {}, rule('bottom', 12, COLOUR.text)),
        el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': COLOUR.headerFill }),
      ),
    ),
    el(
      'w:tblStylePr',
      { 'w:type': 'lastRow' },
      bold(),
      el('w:tblPr'),
      el('w:tcPr', {}, el('w:tcBorders', {}, rule('top', 12, COLOUR.text))),
    ),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const LIGHT_RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule } as const;
/** A dark rule: under the header row, over the total row. */
export const DARK_RULE = { style: BorderStyle.SINGLE, size: 12, color: COLOUR.text } as const;

/** The table style's borders, given again on each table (docx writes borders on every table; these are the style's). */
export const TABLE_BORDERS = {
  top: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideVertical: NO_BORDER,
  bottom: LIGHT_RULE,
  insideHorizontal: LIGHT_RULE,
};

export function documentStyles(): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: { font, size: 22, color: COLOUR.text, language: { value: 'sv-SE', eastAsia: 'sv-SE', bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 120, line: 264 } },
      }),
      ...baseStyles(),
      tableStyle(),
    ],
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        uiPriority: 10,
        run: { bold: true, size: 52, color: COLOUR.heading, font },
        paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
      },
      {
        ...heading(1, 32, COLOUR.heading, 360, 160),
        paragraph: {
          ...heading(1, 32, COLOUR.heading, 360, 160).paragraph,
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.heading, space: 4 } },
        },
      },
      heading(2, 26, COLOUR.heading, 280, 100),
      heading(3, 23, COLOUR.heading, 240, 80),
      heading(4, 21, '333333', 160, 40),
      {
        id: STYLE.caption,
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, size: 20 },
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
      },
      { id: STYLE.note, name: 'Anteckning', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: COLOUR.muted } },
      { id: STYLE.kicker, name: 'Försättsblad, organisation', basedOn: 'Normal', run: { bold: true, size: 28, color: COLOUR.heading } },
      { id: STYLE.meta, name: 'Försättsblad, text', basedOn: 'Normal', run: { color: COLOUR.muted } },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 26, color: COLOUR.heading },
        paragraph: { spacing: { before: 480, after: 120 }, keepNext: true },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', uiPriority: 39, paragraph: { spacing: { before: 60, after: 60 } } },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        paragraph: { spacing: { after: 40 }, indent: { left: 240 } },
      },
      {
        id: STYLE.listParagraph,
        name: 'List Paragraph',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 60 }, contextualSpacing: true },
      },
      {
        id: STYLE.tableText,
        name: 'Tabelltext',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        run: { size: 20 },
      },
      { id: STYLE.header, name: 'header', basedOn: 'Normal', run: { size: 18, color: COLOUR.muted }, paragraph: { spacing: { after: 0 } } },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { size: 18, color: COLOUR.muted }, paragraph: { spacing: { after: 0 } } },
    ],
    characterStyles: [
      { id: FIGURE_STYLE, name: 'Belopp', uiPriority: 1, run: { noProof: true } },
      { id: 'IndexLink', name: 'Index Link', run: {} },
    ],
  };
}

/** Bullets and numbers for the texts' lists (each ordered list is its own instance, so it restarts at 1). */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 360 } } },
        },
      ],
    },
    {
      reference: NUMBERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 360 } } },
        },
      ],
    },
  ],
};
