/**
 * The Word document's styles, with the HTML report's look (src/report/html-style.ts): Calibri
 * 11 pt in near-black, headings in #1f4e79, Heading 1 underlined by a rule as the HTML's h2,
 * tables with a bold header row under a dark rule and a bold total row over one. Everything is a
 * real style in styles.xml (Title, Heading 1–4, Caption, List Paragraph, the TOC levels, the
 * table style "Rapporttabell"), so Word's navigation pane, table of contents and style gallery
 * work, and a controller who restyles the document restyles every page. Language sv-SE.
 */
import { AlignmentType, BorderStyle, DocumentDefaults, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';
import { BULLETS, COLOUR, FIGURE_STYLE, FONT, NUMBERED, STYLE } from './look.ts';
import { baseStyles, tableStyle } from './raw-styles.ts';

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
