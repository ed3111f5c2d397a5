/**
 * The kinds of text a monthly report holds. Per area: why it deviates (comment), what is done
 * (action), and its forecast explained. Per committee: the summary, the forecast and investment
 * comments, and the three parts of the summary to kommunstyrelsen.
 *
 * Texts are plain text: paragraphs separated by a blank line, and lists whose lines start with
 * "- ", "* ", "• " (a bulleted list) or "1. " (a numbered list). No markup from users is ever
 * interpreted: renderers escape what they print.
 */
import { addMonths, compareP, type Period } from './period.ts';

export const TEXT_KINDS = [
  'comment',
  'action',
  'forecast_comment',
  'summary',
  'forecast_summary',
  'investment_comment',
  'ks_result',
  'ks_forecast',
  'ks_investment',
] as const;

export type TextKind = (typeof TEXT_KINDS)[number];

/** The texts every area has. */
export const AREA_TEXT_KINDS = ['comment', 'action', 'forecast_comment'] as const satisfies readonly TextKind[];
/** The committee's own texts (stored with area ''). */
export const COMMITTEE_TEXT_KINDS = [
  'summary',
  'forecast_summary',
  'investment_comment',
  'ks_result',
  'ks_forecast',
  'ks_investment',
] as const satisfies readonly TextKind[];

export const isAreaTextKind = (kind: TextKind): boolean => (AREA_TEXT_KINDS as readonly TextKind[]).includes(kind);

/** The names the CLI, the HTTP API and the report JSON use (others script against them). */
export const TEXT_KIND_NAMES: Record<TextKind, string> = {
  comment: 'comment',
  action: 'action',
  forecast_comment: 'forecast-comment',
  summary: 'summary',
  forecast_summary: 'forecast-summary',
  investment_comment: 'investment',
  ks_result: 'ks-summary',
  ks_forecast: 'ks-forecast',
  ks_investment: 'ks-investment',
};

export const EXTERNAL_TEXT_KINDS = TEXT_KINDS.map((k) => TEXT_KIND_NAMES[k]);

/** The kind an external name stands for, or null. */
export function textKindOf(name: string): TextKind | null {
  return TEXT_KINDS.find((k) => TEXT_KIND_NAMES[k] === name) ?? null;
}

/** What the text is called on screen and in messages. */
export const TEXT_LABELS: Record<TextKind, string> = {
  comment: 'Kommentar till avvikelsen',
  action: 'Åtgärd till avvikelsen',
  forecast_comment: 'Kommentar till prognosen',
  summary: 'Sammanfattning av resultatet',
  forecast_summary: 'Kommentar till årsprognosen',
  investment_comment: 'Kommentar till investeringarna',
  ks_result: 'Till kommunstyrelsen: resultat',
  ks_forecast: 'Till kommunstyrelsen: årsprognos',
  ks_investment: 'Till kommunstyrelsen: investeringar',
};

/**
 * Longest text of each kind, in characters (Unicode code points). An area's texts are a few
 * paragraphs in the seed (the longest about 900 characters); the committee's summary is the
 * longest text of a report.
 */
export const TEXT_LIMITS: Record<TextKind, number> = {
  comment: 4000,
  action: 4000,
  forecast_comment: 4000,
  summary: 8000,
  forecast_summary: 6000,
  investment_comment: 4000,
  ks_result: 4000,
  ks_forecast: 4000,
  ks_investment: 4000,
};

/** A text's length as counted against its limit. */
export const textLength = (body: string): number => [...body].length;

const count = (n: number) => n.toLocaleString('sv-SE');

/** Line endings as "\n", trailing blanks of lines and of the text dropped; what is stored. */
export function normalizeText(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Why the body cannot be saved as this kind of text (a Swedish message naming the field and the counts), or null. */
export function textProblem(kind: TextKind, body: string): string | null {
  const limit = TEXT_LIMITS[kind];
  const length = textLength(body);
  if (length > limit)
    return `${TEXT_LABELS[kind]} är för lång: ${count(length)} tecken, högst ${count(limit)} tecken är tillåtet (${count(length - limit)} för många).`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(body);
  if (control)
    return `${TEXT_LABELS[kind]} innehåller ett otillåtet styrtecken (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) vid tecken ${count(textLength(body.slice(0, control.index)) + 1)}.`;
  return null;
}

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/**
 * The body as paragraphs and lists. A blank line ends a paragraph or a list; inside a paragraph,
 * single line breaks join with a space. A line starting "- ", "* " or "• " is an item of a
 * bulleted list, "1. " (any number) of a numbered one; a line after an item that is not an item
 * itself continues that item.
 */
export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of normalizeText(body).split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let list: { ordered: boolean; items: string[] } | null = null;
    const flushParagraph = () => {
      if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
      list = null;
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const bullet = BULLET.exec(raw);
      const numbered = bullet ? null : NUMBERED.exec(raw);
      const item = bullet ?? numbered;
      if (item) {
        flushParagraph();
        const ordered = numbered !== null;
        if (list && list.ordered !== ordered) flushList();
        if (!list) list = { ordered, items: [] };
        list.items.push((item[1] ?? '').trim());
      } else if (list) {
        const items: string[] = list.items;
        items[items.length - 1] = `${items[items.length - 1]} ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}

/** missing: nothing to show; copied: an earlier period's text shown until someone saves this period's; written: saved for the period. */
export type TextState = 'missing' | 'copied' | 'written';

/** How far back a new period looks for a text to start from. */
export const COPY_WINDOW_MONTHS = 12;

/** The earliest period whose text a period may copy. */
export const earliestCopySource = (period: Period): Period => addMonths(period, -COPY_WINDOW_MONTHS);

export interface StoredText {
  period: Period;
  body: string;
}

/**
 * The state of one text of a period: its own saved text (written, or missing when saved empty),
 * else the nearest earlier one within COPY_WINDOW_MONTHS (copied), else missing.
 */
export function textState(period: Period, own: StoredText | null, earlier: StoredText | null): TextState {
  if (own) return own.body.trim() === '' ? 'missing' : 'written';
  if (
    earlier &&
    earlier.body.trim() !== '' &&
    compareP(earlier.period, period) < 0 &&
    compareP(earlier.period, earliestCopySource(period)) >= 0
  )
    return 'copied';
  return 'missing';
}
