/**
 * The report's look in Word, shared by the styles and the renderer: colours as in the HTML
 * report (src/report/html-style.ts), the font, the style ids the renderer refers to, and the
 * table rules.
 */
import { BorderStyle } from 'docx';

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
