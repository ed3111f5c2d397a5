/** The five sections of the resultatrapport, as in the seed (DOMAIN.md, "Anatomy of the report"). */
import { mnkrRounded } from '#core/format.ts';
import { decisionParagraphs, investmentParagraphs } from './budget.ts';
import type { BuildContext } from './build.ts';
import { areaItemParagraphs, committeeItemParagraphs, forecastListed, poOfWhich, poParagraphs } from './items.ts';
import type { AreaNumbers, Block, Inline, Section } from './model.ts';
import { textParagraphs } from './texts.ts';

const paragraphs = textParagraphs;

function areaFigure(ctx: BuildContext, a: AreaNumbers, key: 'deviation' | 'previousDeviation' | 'forecastDeviation'): Inline | null {
  const amount = a[key];
  if (amount === null) return null;
  const label = { deviation: 'Avvikelse', previousDeviation: 'Avvikelse föregående månad', forecastDeviation: 'Årsprognos' }[key];
  return ctx.book.ref(`area.${a.id}.${key}`, amount, 'mnkr-signed', `${a.name}, ${label.toLowerCase()}`);
}

function totals(ctx: BuildContext) {
  const { total } = ctx.input.figures;
  const { book } = ctx;
  return {
    actual: book.ref('total.actualResult', total.actualResult, 'mnkr-signed', 'Ackumulerat resultat'),
    budget: book.ref('total.budgetResult', total.budgetResult, 'mnkr-signed', 'Budgeterat ackumulerat resultat'),
    deviation: book.ref('total.deviation', total.deviation, 'mnkr-signed', 'Avvikelse mot budget'),
    previous:
      total.previousDeviation === null
        ? null
        : book.ref('total.previousDeviation', total.previousDeviation, 'mnkr-signed', 'Avvikelse föregående månad'),
    forecast: ctx.forecastTotal === null ? null : book.ref('forecast.total', ctx.forecastTotal, 'mnkr-signed', 'Årsprognos'),
  };
}

/** "Ackumulerat resultat uppgår till +13,7 mnkr … avviker mot budget med +10,5 mnkr (mars +8,9 mnkr)." */
function resultSentence(ctx: BuildContext): Block {
  const t = totals(ctx);
  const content: Inline[] = [
    'Ackumulerat resultat uppgår till ',
    t.actual,
    ' för hela nämndens ansvarsområde, mot ett budgeterat resultat på ',
    t.budget,
    '. Utfallet avviker mot budget med ',
    t.deviation,
  ];
  if (t.previous && ctx.previousMonthLabel) content.push(` (${ctx.previousMonthLabel} `, t.previous, ')');
  content.push('.');
  return { type: 'paragraph', content };
}

function forecastSentences(ctx: BuildContext): Block[] {
  const t = totals(ctx);
  if (!t.forecast) return [{ type: 'paragraph', content: ['Ingen årsprognos är lämnad för perioden.'], note: true }];
  const first: Inline[] = ['Total prognos för nämnden uppgår till ', t.forecast, ...poOfWhich(ctx), '.'];
  return [{ type: 'paragraph', content: first }, ...poParagraphs(ctx), ...committeeItemParagraphs(ctx)];
}

export function overviewSection(ctx: BuildContext): Section {
  const t = totals(ctx);
  const prevHead = ctx.previousMonthLabel ? `Avvikelse ${ctx.previousMonthLabel}` : 'Avvikelse föreg. månad';
  const dash = '–';
  const rows = ctx.areas.map((a) => ({
    cells: [
      a.name,
      ctx.book.ref(`area.${a.id}.actualResult`, a.actualResult, 'mnkr-signed', `${a.name}, resultat`),
      ctx.book.ref(`area.${a.id}.budgetResult`, a.budgetResult, 'mnkr-signed', `${a.name}, budget`),
      areaFigure(ctx, a, 'deviation') ?? dash,
      areaFigure(ctx, a, 'previousDeviation') ?? dash,
      areaFigure(ctx, a, 'forecastDeviation') ?? dash,
    ],
  }));
  const rounded = ctx.areas.reduce((s, a) => s + mnkrRounded(a.deviation), 0);
  const blocks: Block[] = [
    {
      type: 'table',
      caption: `Resultat per verksamhetsområde, ackumulerat till och med ${ctx.monthLabel} ${ctx.input.figures.period.slice(0, 4)}, mnkr`,
      head: ['Verksamhetsområde', 'Resultat', 'Budget', 'Avvikelse', prevHead, 'Årsprognos'],
      numeric: [false, true, true, true, true, true],
      rows,
      foot: { strong: true, cells: ['Hela nämnden', t.actual, t.budget, t.deviation, t.previous ?? dash, t.forecast ?? dash] },
    },
  ];
  if (Math.abs(Math.round(rounded * 10) / 10 - mnkrRounded(ctx.input.figures.total.deviation)) >= 0.05) {
    blocks.push({
      type: 'paragraph',
      note: true,
      content: ['Raderna är avrundade var för sig och summerar därför inte exakt till nämndens total, som räknas fram ur bokföringen.'],
    });
  }
  return { number: '1', title: 'Resultatrapport', id: 'resultatrapport', blocks };
}

export function resultSection(ctx: BuildContext): Section {
  const { committee } = ctx.input;
  const blocks: Block[] = [
    {
      type: 'heading',
      level: 3,
      id: 'sammanfattning',
      content: [
        `Sammanfattning av resultatet för ${committee.name.toLowerCase()}, ${ctx.monthLabel} ${ctx.input.figures.period.slice(0, 4)}`,
      ],
    },
    resultSentence(ctx),
    ...paragraphs(ctx.text('', 'summary'), 'Sammanfattning saknas.'),
    ...poParagraphs(ctx),
    ...decisionParagraphs(ctx),
    {
      type: 'heading',
      level: 3,
      id: 'storre-avvikelser',
      content: ['Kommentarer och åtgärder till större avvikelser i resultatet per verksamhetsområde'],
    },
  ];
  const threshold = ctx.input.committee.materialityThreshold;
  const material = ctx.areas.filter((a) => Math.abs(a.deviation) >= threshold);
  blocks.push({
    type: 'paragraph',
    note: true,
    content: [
      'Verksamhetsområden vars ackumulerade avvikelse är minst ',
      ctx.book.ref('materiality', threshold, 'tkr', 'Väsentlighetsgräns'),
      '.',
    ],
  });
  for (const a of material) {
    const heading: Inline[] = [`${a.name} `, areaFigure(ctx, a, 'deviation') ?? ''];
    const prev = areaFigure(ctx, a, 'previousDeviation');
    if (prev && ctx.previousMonthLabel) heading.push(` (${ctx.previousMonthLabel} `, prev, ')');
    blocks.push({ type: 'heading', level: 4, id: `avvikelse-${a.id}`, content: heading });
    const groups = a.byGroup.filter((g) => mnkrRounded(g.deviation) !== 0).sort((x, y) => Math.abs(y.deviation) - Math.abs(x.deviation));
    if (groups.length > 0) {
      const content: Inline[] = ['Avvikelse per kontogrupp: '];
      groups.forEach((g, i) => {
        if (i > 0) content.push(', ');
        content.push(
          `${g.name.toLowerCase()} `,
          ctx.book.ref(`area.${a.id}.group.${g.group}.deviation`, g.deviation, 'mnkr-signed', `${a.name}, ${g.name}`),
        );
      });
      content.push('.');
      blocks.push({ type: 'paragraph', content });
    }
    blocks.push({ type: 'heading', level: 5, id: `kommentar-${a.id}`, content: ['Kommentar till avvikelsen'] });
    blocks.push(...paragraphs(a.comment, 'Kommentar saknas.'));
    blocks.push({ type: 'heading', level: 5, id: `atgard-${a.id}`, content: ['Åtgärd till avvikelsen'] });
    blocks.push(...paragraphs(a.action, 'Åtgärd saknas.'));
  }
  return { number: '2', title: 'Resultat', id: 'resultat', blocks };
}

export function forecastSection(ctx: BuildContext): Section {
  const blocks: Block[] = [...forecastSentences(ctx), ...paragraphs(ctx.text('', 'forecast_summary'), 'Kommentar till prognosen saknas.')];
  for (const a of ctx.areas) {
    if (!forecastListed(ctx, a)) continue;
    blocks.push({
      type: 'heading',
      level: 3,
      id: `prognos-${a.id}`,
      content: [`${a.shortName ?? a.name} `, areaFigure(ctx, a, 'forecastDeviation') ?? ''],
    });
    blocks.push(...paragraphs(a.forecastComment, 'Kommentar till prognosen saknas.'));
    blocks.push(...areaItemParagraphs(ctx, a));
  }
  return { number: '3', title: 'Årsprognos', id: 'arsprognos', blocks };
}

export function investmentSection(ctx: BuildContext): Section {
  return {
    number: '4',
    title: 'Investeringsverksamhet',
    id: 'investeringsverksamhet',
    blocks: [...investmentParagraphs(ctx), ...paragraphs(ctx.text('', 'investment_comment'), 'Kommentar saknas.')],
  };
}

export function ksSection(ctx: BuildContext): Section {
  return {
    number: '5',
    title: 'Sammanfattande kommentarer till kommunstyrelsen (FU)',
    id: 'kommunstyrelsen',
    blocks: [
      { type: 'heading', level: 3, id: 'ks-resultat', content: ['Resultat'] },
      resultSentence(ctx),
      ...paragraphs(ctx.text('', 'ks_result'), 'Kommentar saknas.'),
      { type: 'heading', level: 3, id: 'ks-arsprognos', content: ['Årsprognos'] },
      ...forecastSentences(ctx),
      ...paragraphs(ctx.text('', 'ks_forecast'), 'Kommentar saknas.'),
      { type: 'heading', level: 3, id: 'ks-investeringar', content: ['Investeringsverksamhet'] },
      ...investmentParagraphs(ctx, false),
      ...paragraphs(ctx.text('', 'ks_investment'), 'Kommentar saknas.'),
    ],
  };
}
