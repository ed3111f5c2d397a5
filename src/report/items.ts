/**
 * The report's paragraphs about committee-level items, written from their inputs as the seed
 * does (sections 2, 3 and 5): PO-påslag and löneöversyn with their computation ("Nämnden har
 * alltså fått 2,2 - 0,6 = 1,6 mnkr för mycket i kommunbidrag …"), the part of the forecast they
 * are ("varav 1,6 mnkr avser PO och löneökning"), expected grants and unused pots. Every number
 * is a figure reference; the amounts come from src/core/committee-items.ts.
 */
import { formatRate } from '#core/amount-input.ts';
import { compareItems, itemRateDifference } from '#core/committee-items.ts';
import { type CommitteeItem, itemGroupTotal } from '#core/forecast.ts';
import type { BuildContext } from './build.ts';
import type { AreaNumbers, Block, Inline } from './model.ts';

const PO_GROUP = 'po';

/** The item's result, and the same without sign, as figures. */
function figures(ctx: BuildContext, i: CommitteeItem) {
  ctx.book.ref(`item.${i.key}`, i.amount, 'mnkr-signed', i.label);
  return {
    abs: ctx.book.ref(`item.${i.key}.abs`, Math.abs(i.amount), 'mnkr', i.label),
    bare: ctx.book.ref(`item.${i.key}.bare`, Math.abs(i.amount), 'mnkr-bare', i.label),
  };
}

const lowerFirst = (s: string) => (s ? s[0]?.toLocaleLowerCase('sv') + s.slice(1) : s);

/** Section 3 lists an area's forecast (and its items) when the forecast reaches the threshold. */
export function forecastListed(ctx: BuildContext, a: AreaNumbers): boolean {
  return a.forecastDeviation !== null && Math.abs(a.forecastDeviation) >= ctx.input.committee.materialityThreshold;
}

function poSentence(ctx: BuildContext, i: CommitteeItem): Inline[] {
  const { abs } = figures(ctx, i);
  const inputs = i.inputs;
  if (inputs?.kind === 'po') {
    const lower = i.amount >= 0;
    return [
      'Nämnden har tilldelats kommunbidrag för preliminärt PO-påslag (arbetsgivaravgifter och pensionskostnader). ',
      `Det fastställda PO-påslaget blev ${lower ? 'lägre' : 'högre'} vilket innebär att nämnden fått för ${lower ? 'högt' : 'lågt'} kommunbidrag motsvarande `,
      abs,
      '. ',
    ];
  }
  if (inputs?.kind === 'salary-revision') {
    const diff = itemRateDifference(inputs) ?? 0;
    return [
      `Löneöversynen innebär ca ${formatRate(Math.abs(diff))} % ${diff >= 0 ? 'mer' : 'mindre'} i löneökning än nämnden fått tilldelat kommunbidrag för, vilket motsvarar ca `,
      abs,
      '. ',
    ];
  }
  return [`${i.label}: `, ctx.book.ref(`item.${i.key}`, i.amount, 'mnkr-signed', i.label), '. '];
}

/** Section 2, 3 and 5: the PO-påslag and löneöversyn paragraph, ending with their net and its computation. */
export function poParagraphs(ctx: BuildContext): Block[] {
  // PO-påslag first, then löneöversyn, as the seed writes them.
  const items = ctx.input.items.filter((i) => i.group === PO_GROUP).sort(compareItems);
  if (items.length === 0) return [];
  const content: Inline[] = items.flatMap((i) => poSentence(ctx, i));
  const net = itemGroupTotal(items, PO_GROUP);
  content.push('Nämnden har alltså fått ');
  if (items.length > 1) {
    items.forEach((i, n) => {
      const { bare } = figures(ctx, i);
      if (n === 0) content.push(i.amount < 0 ? '−' : '', bare);
      else content.push(i.amount < 0 ? ' − ' : ' + ', bare);
    });
    content.push(' = ');
  }
  const netFigure =
    net >= 0
      ? ctx.book.ref('items.po', net, 'mnkr', 'PO-påslag och löneöversyn')
      : ctx.book.ref('items.po.abs', -net, 'mnkr', 'PO-påslag och löneöversyn');
  if (net < 0) ctx.book.ref('items.po', net, 'mnkr', 'PO-påslag och löneöversyn');
  content.push(netFigure, ` för ${net >= 0 ? 'mycket' : 'lite'} i kommunbidrag och förväntas vid årets slut ha ett resultat motsvarande.`);
  return [{ type: 'paragraph', content }];
}

/** ", varav 1,6 mnkr avser PO och löneökning" after the total forecast (nothing without such items). */
export function poOfWhich(ctx: BuildContext): Inline[] {
  const items = ctx.input.items;
  if (!items.some((i) => i.group === PO_GROUP)) return [];
  return [
    ', varav ',
    ctx.book.ref('items.po', itemGroupTotal(items, PO_GROUP), 'mnkr', 'PO-påslag och löneöversyn'),
    ' avser PO och löneökning',
  ];
}

function otherItemSentence(ctx: BuildContext, i: CommitteeItem, where: string | null): Inline[] {
  const { abs } = figures(ctx, i);
  const inArea = where ? ` (ingår i prognosen för ${where})` : '';
  if (i.inputs?.kind === 'grant') {
    return i.amount >= 0
      ? [`Ytterligare statsbidrag förväntas för innevarande år gällande ${lowerFirst(i.label)}, motsvarande `, abs, `${inArea}.`]
      : [`Statsbidrag gällande ${lowerFirst(i.label)} förväntas bli `, abs, ` lägre än budgeterat${inArea}.`];
  }
  if (i.inputs?.kind === 'pot') {
    return i.amount >= 0
      ? [`Av ${lowerFirst(i.label)} beräknas `, abs, ` enligt prognos inte att användas${inArea}.`]
      : [`${i.label} beräknas enligt prognos överskridas med `, abs, `${inArea}.`];
  }
  return [`${i.label}: `, ctx.book.ref(`item.${i.key}`, i.amount, 'mnkr-signed', i.label), `${inArea}.`];
}

const isOther = (i: CommitteeItem) => i.group !== PO_GROUP;

/** Section 3, under an area's forecast: its grants and pots. */
export function areaItemParagraphs(ctx: BuildContext, a: AreaNumbers): Block[] {
  return ctx.input.items
    .filter((i) => isOther(i) && i.includedInAreaId === a.id)
    .map((i) => ({ type: 'paragraph', content: otherItemSentence(ctx, i, null) }));
}

/** Sections 3 and 5, after the total: grants and pots of the committee, and of areas section 3 does not list. */
export function committeeItemParagraphs(ctx: BuildContext): Block[] {
  const listed = new Set(ctx.areas.filter((a) => forecastListed(ctx, a)).map((a) => a.id));
  return ctx.input.items
    .filter((i) => isOther(i) && (i.includedInAreaId === null || !listed.has(i.includedInAreaId)))
    .map((i) => {
      const where = i.includedInAreaId ? (ctx.areas.find((a) => a.id === i.includedInAreaId)?.name ?? i.includedInAreaId) : null;
      return { type: 'paragraph', content: otherItemSentence(ctx, i, where) };
    });
}
