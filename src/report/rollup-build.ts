/**
 * Builds the roll-up to kommunstyrelsen (pure): from each committee's report as it is delivered
 * (the latest published version, else the draft: src/app/deliverable.ts), section 1 with every
 * committee's result, budget, deviation and forecast (and where they come from), then its
 * investments, in two tables (one would not fit an A4 page) with the municipality's total as foot
 * rows, then each committee's section 5 summary, its figures copied under ids prefixed by the committee's.
 */
import type { Ore } from '#core/money.ts';
import { periodLabel } from '#core/period.ts';
import type { TextKind } from '#core/texts.ts';
import type { Block, Figure, Inline, PublicationStatus, ReportDocument, Section } from './model.ts';
import type { RollupCommittee, RollupDocument, RollupNote, RollupNumbers } from './rollup-model.ts';

/** A committee's report as delivered, or a note on why it has no figures for the period. */
export type RollupSource = { kind: 'report'; doc: ReportDocument } | ({ kind: 'note' } & RollupNote);

const DASH = '–';

export const ROLLUP_TITLE = 'Sammanställning av nämndernas resultat';

/** "Publicerad version 2, 2025-05-12" or "Utkast": where a committee's figures come from. */
export function sourceLabel(status: PublicationStatus): string {
  return status.kind === 'published' ? `Publicerad version ${status.version}, ${status.publishedAt.slice(0, 10)}` : 'Utkast';
}

function numbersOf(doc: ReportDocument): RollupNumbers {
  return {
    actualResult: doc.total.actualResult,
    budgetResult: doc.total.budgetResult,
    deviation: doc.total.deviation,
    forecastDeviation: doc.total.forecastDeviation,
    investments: { adjustedBudget: doc.investments.adjustedBudget, actual: doc.investments.actual },
  };
}

function ksText(doc: ReportDocument, kind: TextKind): string {
  return doc.committeeTexts.find((t) => t.kind === kind)?.body ?? '';
}

function committeeOf(doc: ReportDocument): RollupCommittee {
  return {
    id: doc.committee.id,
    name: doc.committee.name,
    status: doc.cover.status,
    ...numbersOf(doc),
    ksTexts: { result: ksText(doc, 'ks_result'), forecast: ksText(doc, 'ks_forecast'), investment: ksText(doc, 'ks_investment') },
  };
}

/** The municipality's total: the committees' öre summed; the forecast null only when no committee has one. */
export function rollupTotal(committees: readonly RollupNumbers[]): RollupNumbers {
  const sum = (f: (c: RollupNumbers) => Ore) => committees.reduce((s, c) => s + f(c), 0);
  const forecasts = committees.map((c) => c.forecastDeviation).filter((f): f is Ore => f !== null);
  return {
    actualResult: sum((c) => c.actualResult),
    budgetResult: sum((c) => c.budgetResult),
    deviation: sum((c) => c.deviation),
    forecastDeviation: forecasts.length === 0 ? null : forecasts.reduce((s, f) => s + f, 0),
    investments: { adjustedBudget: sum((c) => c.investments.adjustedBudget), actual: sum((c) => c.investments.actual) },
  };
}

/** Published only when every committee's figures are from a published version (and there is one). */
function rollupStatus(committees: readonly RollupCommittee[], notes: readonly RollupNote[]): PublicationStatus {
  const published = committees.flatMap((c) => (c.status.kind === 'published' ? [c.status] : []));
  if (committees.length === 0 || notes.length > 0 || published.length < committees.length) return { kind: 'draft' };
  const latest = published.reduce((a, b) => (b.publishedAt > a.publishedAt ? b : a));
  return {
    kind: 'published',
    version: Math.max(...published.map((p) => p.version)),
    publishedAt: latest.publishedAt,
    publishedBy: [...new Set(published.map((p) => p.publishedBy))].join(', '),
  };
}

class RollupFigures {
  readonly figures: Record<string, Figure> = {};

  ref(id: string, amount: Ore, style: Figure['style'], label: string): Inline {
    this.figures[id] = { amount, style, label };
    return { figure: id };
  }

  /** The row's result figures as references under `prefix` ("committee.socialnamnden", "total"). */
  result(prefix: string, name: string, n: RollupNumbers): Inline[] {
    return [
      this.ref(`${prefix}.actualResult`, n.actualResult, 'mnkr-signed', `${name}, resultat`),
      this.ref(`${prefix}.budgetResult`, n.budgetResult, 'mnkr-signed', `${name}, budget`),
      this.ref(`${prefix}.deviation`, n.deviation, 'mnkr-signed', `${name}, avvikelse`),
      n.forecastDeviation === null
        ? DASH
        : this.ref(`${prefix}.forecastDeviation`, n.forecastDeviation, 'mnkr-signed', `${name}, årsprognos`),
    ];
  }

  investments(prefix: string, name: string, n: RollupNumbers): Inline[] {
    return [
      this.ref(`${prefix}.investments.adjustedBudget`, n.investments.adjustedBudget, 'mnkr', `${name}, investeringsbudget`),
      this.ref(`${prefix}.investments.actual`, n.investments.actual, 'mnkr', `${name}, investeringar, utfall`),
    ];
  }
}

function tableSection(
  label: string,
  committees: readonly RollupCommittee[],
  notes: readonly RollupNote[],
  total: RollupNumbers,
  book: RollupFigures,
): Section {
  const TOTAL = 'Kommunen totalt';
  const row = (c: RollupCommittee) => `committee.${c.id}`;
  const blocks: Block[] = [
    {
      type: 'table',
      caption: `Resultat per nämnd, ackumulerat till och med ${label}, mnkr`,
      head: ['Nämnd', 'Resultat', 'Budget', 'Avvikelse', 'Årsprognos', 'Underlag'],
      numeric: [false, true, true, true, true, false],
      rows: [
        ...committees.map((c) => ({ cells: [c.name, ...book.result(row(c), c.name, c), sourceLabel(c.status)] })),
        ...notes.map((n) => ({ cells: [n.name, DASH, DASH, DASH, DASH, n.note] })),
      ],
      foot: { strong: true, cells: [TOTAL, ...book.result('total', TOTAL, total), ''] },
    },
    {
      type: 'paragraph',
      note: true,
      content: [
        'Avvikelse = resultat − budget, positiv när bättre än budget. Årsprognos: prognostiserad avvikelse för helåret. Underlag: den senast publicerade versionen av nämndens rapport, annars arbetsutkastet.',
      ],
    },
    {
      type: 'table',
      caption: `Investeringar per nämnd, till och med ${label}, mnkr`,
      head: ['Nämnd', 'Investeringsbudget', 'Investeringar, utfall'],
      numeric: [false, true, true],
      rows: [
        ...committees.map((c) => ({ cells: [c.name, ...book.investments(row(c), c.name, c)] })),
        ...notes.map((n) => ({ cells: [n.name, DASH, DASH] })),
      ],
      foot: { strong: true, cells: [TOTAL, ...book.investments('total', TOTAL, total)] },
    },
  ];
  return { number: '1', title: 'Nämndernas resultat', id: 'namndernas-resultat', blocks };
}

/** A block of a committee's document with its figure references and heading ids prefixed by the committee's id. */
function prefixed(block: Block, committeeId: string, from: ReportDocument, book: RollupFigures): Block {
  const inlines = (parts: readonly Inline[]): Inline[] =>
    parts.map((p) => {
      if (typeof p === 'string') return p;
      const f = from.figures[p.figure];
      if (!f) throw new Error(`${committeeId}'s report refers to an unknown figure ${p.figure}`);
      return book.ref(`${committeeId}:${p.figure}`, f.amount, f.style, `${from.committee.name}, ${f.label}`);
    });
  switch (block.type) {
    case 'heading':
      return { ...block, id: `${committeeId}-${block.id}`, content: inlines(block.content) };
    case 'paragraph':
      return { ...block, content: inlines(block.content) };
    case 'list':
      return { ...block, items: block.items.map(inlines) };
    case 'table':
      return {
        ...block,
        rows: block.rows.map((r) => ({ ...r, cells: inlines(r.cells) })),
        ...(block.foot ? { foot: { ...block.foot, cells: inlines(block.foot.cells) } } : {}),
      };
    case 'chart':
      return block;
  }
}

function summarySection(doc: ReportDocument, number: number, book: RollupFigures): Section {
  const id = doc.committee.id;
  const ks = doc.sections.find((s) => s.key === 'ks');
  const blocks: Block[] = ks
    ? ks.blocks.map((b) => prefixed(b, id, doc, book))
    : [{ type: 'paragraph', note: true, content: ['Nämndens rapport har ingen sammanfattning till kommunstyrelsen.'] }];
  return { number: String(number), title: doc.committee.name, id: `sammanfattning-${id}`, blocks };
}

export function buildRollupDocument(period: string, sources: readonly RollupSource[]): RollupDocument {
  const docs = sources.flatMap((s) => (s.kind === 'report' ? [s.doc] : []));
  const notes = sources.flatMap((s) => (s.kind === 'note' ? [{ id: s.id, name: s.name, note: s.note }] : []));
  const committees = docs.map(committeeOf);
  const total = rollupTotal(committees);
  const label = periodLabel(period);
  const book = new RollupFigures();
  const sections = [tableSection(label, committees, notes, total, book), ...docs.map((d, i) => summarySection(d, i + 2, book))];
  const coverOf = docs.find((d) => d.cover.municipality !== '')?.cover;
  const title = `${ROLLUP_TITLE} ${label}`;
  return {
    title: `${title}: Kommunstyrelsen`,
    cover: {
      municipality: coverOf?.municipality ?? '',
      logo: coverOf?.logo ?? null,
      organisation: 'Kommunstyrelsen',
      title,
      subtitle: `Nämndernas resultat, budget, avvikelse, årsprognos och investeringar, ackumulerat till och med ${label}, mnkr`,
      status: rollupStatus(committees, notes),
    },
    sections,
    figures: book.figures,
    period,
    periodLabel: label,
    committees,
    notes,
    total,
  };
}
