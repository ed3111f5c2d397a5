/**
 * A Word table's column widths, in twips, adding up to exactly the text width. Numeric columns
 * get what their longest figure needs on one line (a figure never wraps); the text columns share
 * the rest by their content. When even the figures do not fit, every column shrinks in proportion
 * and the table is set a size smaller (compact): it still never runs off the page.
 */
import { TEXT_WIDTH } from './page.ts';

/**
 * About one character of 10 pt Calibri in twips (its digits are 0.507 em, 101 twips; "+13,7 mnkr"
 * measures 4.6 em, 930 twips); Arial, where Calibri is missing, is a tenth wider and still fits.
 */
const CHAR = 100;
/** A cell's two margins (85 twips each in the table style) and some air. */
const PAD = 2 * 85 + 30;
/** A text column is not squeezed below about 2.5 cm. */
const MIN_TEXT_COLUMN = 1400;

export interface ColumnLayout {
  widths: number[];
  /** The figures do not fit at the normal size: set the table in a smaller size. */
  compact: boolean;
}

const longestWord = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Scales weights to integer widths summing to exactly `total` (the rounding goes to the first column). */
function scaled(weights: readonly number[], total: number): number[] {
  const all = sum(weights) || 1;
  const widths = weights.map((w) => Math.floor((w / all) * total));
  widths[0] = (widths[0] ?? 0) + total - sum(widths);
  return widths;
}

/** `rows` are the cells' texts as printed, the header's first; a header may wrap, so it counts by its longest word (bold: a tenth wider). */
export function columnWidths(head: readonly string[], rows: readonly string[][], numeric: readonly boolean[]): ColumnLayout {
  const longest = head.map((h, i) => Math.max(Math.ceil(longestWord(h) * 1.1), ...rows.map((r) => [...(r[i] ?? '')].length)));
  const need = longest.map((n) => Math.max(4, n) * CHAR + PAD);
  const isNumeric = (i: number) => numeric[i] === true && i > 0;
  const figures = sum(need.filter((_, i) => isNumeric(i)));
  const text = head.map((_, i) => i).filter((i) => !isNumeric(i));
  if (figures + text.length * MIN_TEXT_COLUMN <= TEXT_WIDTH) {
    if (text.length === 0) return { widths: scaled(need, TEXT_WIDTH), compact: false };
    const shares = scaled(
      text.map((i) => Math.min(40, Math.max(4, longest[i] ?? 0))),
      TEXT_WIDTH - figures - text.length * MIN_TEXT_COLUMN,
    );
    const widths = need.map((n, i) => (isNumeric(i) ? n : MIN_TEXT_COLUMN + (shares[text.indexOf(i)] ?? 0)));
    widths[0] = (widths[0] ?? 0) + TEXT_WIDTH - sum(widths);
    return { widths, compact: false };
  }
  return {
    widths: scaled(
      need.map((n) => Math.min(n, 40 * CHAR + PAD)),
      TEXT_WIDTH,
    ),
    compact: true,
  };
}
