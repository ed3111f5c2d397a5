/**
 * Texts that stay true: warnings on a text of the report, never a reason to refuse a save.
 *
 * - future-month: a month the text speaks of as past ("har inletts i augusti") lies after the
 *   report's period. A month without a year is read in the report's fiscal year (so "i december
 *   genomfördes" in a January report wants its year: "december 2024").
 * - unmatched-amount: an amount ("2,3 mnkr") that no figure the text may speak of matches within
 *   the rounding it was written to; the warning names the nearest figure.
 * - unchanged-text: the text is the previous period's (copied, or saved with the same body) while
 *   a deviation it explains moved by more than the committee's materiality threshold.
 *
 * Each warning says where in the text it is (phrase and offsets) so an editor can mark it.
 */
import { formatMoney } from './format.ts';
import type { Ore } from './money.ts';
import { addMonths, compareP, formatPeriod, monthName, type Period, parsePeriod } from './period.ts';
import { type AmountMention, amountDistance, amountMatches, amountMentions } from './text-amounts.ts';
import { monthMentions } from './text-months.ts';
import type { TextKind, TextState } from './texts.ts';

export type TextWarningType = 'future-month' | 'unmatched-amount' | 'unchanged-text';

export interface TextWarning {
  type: TextWarningType;
  kind: TextKind;
  /** The area's id; null for the committee's own texts. */
  area: string | null;
  /** In Swedish, for the writer. */
  message: string;
  /** The words the warning is about, as written; null when it is about the whole text. */
  phrase: string | null;
  /** Offsets of the phrase in the body (UTF-16 code units); the whole body when phrase is null. */
  start: number;
  end: number;
  /** unmatched-amount: the nearest figure (label and öre); otherwise null. */
  nearest: { label: string; amount: Ore } | null;
}

/** A figure the text may speak of: "prognos", "personalkostnader, avvikelse". */
export interface CandidateFigure {
  label: string;
  amount: Ore;
}

/** A deviation the text explains, now and the previous period. */
export interface Movement {
  label: string;
  now: Ore;
  before: Ore;
}

export interface TextToCheck {
  kind: TextKind;
  area: string | null;
  body: string;
  state: TextState;
  /** The figures amounts are checked against (none: amounts are not checked). */
  figures: readonly CandidateFigure[];
  /** The body the previous period showed (own or copied); null when there was none or no previous period. */
  previousBody: string | null;
  /** What moved since the previous period (empty in the fiscal year's first month). */
  movements: readonly Movement[];
}

export interface WarningContext {
  period: Period;
  /** The fiscal year's first month: a month named without a year is read in this fiscal year. */
  fiscalYearStart: Period;
  materialityThreshold: Ore;
}

/** The period a named month stands for: its year when written, else the fiscal year's month. */
export function mentionedPeriod(month: number, year: number | null, fiscalYearStart: Period): Period {
  if (year !== null) return formatPeriod({ year, month });
  const start = parsePeriod(fiscalYearStart);
  return addMonths(fiscalYearStart, (month - start.month + 12) % 12);
}

const monthText = (period: Period) => monthName(period);

function futureMonthWarnings(t: TextToCheck, ctx: WarningContext): TextWarning[] {
  const out: TextWarning[] = [];
  for (const m of monthMentions(t.body)) {
    if (!m.past) continue;
    const named = mentionedPeriod(m.month, m.year, ctx.fiscalYearStart);
    if (compareP(named, ctx.period) <= 0) continue;
    const sameYear = named.slice(0, 4) === ctx.period.slice(0, 4);
    const namedText = m.year === null && sameYear ? monthText(named) : `${monthText(named)} ${named.slice(0, 4)}`;
    const reportText = sameYear ? monthText(ctx.period) : `${monthText(ctx.period)} ${ctx.period.slice(0, 4)}`;
    out.push({
      type: 'future-month',
      kind: t.kind,
      area: t.area,
      message: `Texten nämner ${namedText} som passerad, men rapporten gäller ${reportText}.`,
      phrase: m.phrase,
      start: m.start,
      end: m.end,
      nearest: null,
    });
  }
  return out;
}

/** The amount in the text's own unit and precision (at least one decimal of mnkr), signed. */
export function amountInTextUnit(amount: Ore, mention: Pick<AmountMention, 'unit' | 'decimals'>): string {
  const decimals = mention.unit === 'mnkr' ? Math.max(1, mention.decimals) : mention.decimals;
  return formatMoney(amount, mention.unit, { signed: true, decimals, space: ' ' });
}

function nearestFigure(mention: AmountMention, figures: readonly CandidateFigure[]): CandidateFigure | null {
  let best: CandidateFigure | null = null;
  for (const f of figures) if (!best || amountDistance(mention, f.amount) < amountDistance(mention, best.amount)) best = f;
  return best;
}

function amountWarnings(t: TextToCheck): TextWarning[] {
  if (t.figures.length === 0) return [];
  const out: TextWarning[] = [];
  const whose = t.area === null ? 'nämnden' : 'området';
  for (const m of amountMentions(t.body)) {
    if (t.figures.some((f) => amountMatches(m, f.amount))) continue;
    const nearest = nearestFigure(m, t.figures);
    const near = nearest ? ` (närmast: ${nearest.label} ${amountInTextUnit(nearest.amount, m)})` : '';
    out.push({
      type: 'unmatched-amount',
      kind: t.kind,
      area: t.area,
      message: `Beloppet ${m.phrase.replace(/\s+/gu, ' ')} stämmer inte med någon siffra för ${whose}${near}.`,
      phrase: m.phrase,
      start: m.start,
      end: m.end,
      nearest: nearest && { label: nearest.label, amount: nearest.amount },
    });
  }
  return out;
}

function unchangedWarnings(t: TextToCheck, ctx: WarningContext): TextWarning[] {
  if (t.body.trim() === '') return [];
  const unchanged = t.state === 'copied' || (t.state === 'written' && t.previousBody !== null && t.previousBody === t.body);
  if (!unchanged) return [];
  const moved = t.movements.filter((m) => Math.abs(m.now - m.before) > ctx.materialityThreshold);
  if (moved.length === 0) return [];
  const what = moved
    .map(
      (m) =>
        `${m.label} har gått från ${amountInTextUnit(m.before, { unit: 'mnkr', decimals: 1 })} till ${amountInTextUnit(m.now, { unit: 'mnkr', decimals: 1 })}`,
    )
    .join(' och ');
  const since = t.state === 'copied' ? 'är förra periodens text (inte sparad för perioden)' : 'är oförändrad sedan förra perioden';
  return [
    {
      type: 'unchanged-text',
      kind: t.kind,
      area: t.area,
      message: `Texten ${since}, men ${what}: mer än väsentlighetsgränsen ${amountInTextUnit(ctx.materialityThreshold, { unit: 'tkr', decimals: 0 }).replace(/^\+/, '')}.`,
      phrase: null,
      start: 0,
      end: t.body.length,
      nearest: null,
    },
  ];
}

/** Every warning of one text, in the order they occur in it (the unchanged-text warning first). */
export function textWarnings(t: TextToCheck, ctx: WarningContext): TextWarning[] {
  const inText = [...futureMonthWarnings(t, ctx), ...amountWarnings(t)].sort((a, b) => a.start - b.start);
  return [...unchangedWarnings(t, ctx), ...inText];
}
