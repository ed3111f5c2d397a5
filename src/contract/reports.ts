/**
 * The report: the JSON contract others script against (keep every field; extend freely). All
 * amounts are integers in öre, year to date for the period.
 */
import { z } from 'zod';
import { PERIOD_PATTERN } from '#core/period.ts';
import { CommitteeId, FiscalYear, PERIOD_MESSAGE } from './committees.ts';
import { CommitteeItemJson } from './items.ts';

const ore = (description: string) => z.number().int().describe(`${description} (öre)`);
const oreOrNull = (description: string) => z.number().int().nullable().describe(`${description} (öre; null när den saknas)`);

/** The period of the report URL: "2025-04" (JSON) or "2025-04.html" (HTML). */
export const ReportPeriod = z
  .string()
  .regex(new RegExp(`${PERIOD_PATTERN.source.slice(0, -1)}(\\.html)?$`), { message: PERIOD_MESSAGE })
  .describe('Perioden, ÅÅÅÅ-MM för JSON eller ÅÅÅÅ-MM.html för rapporten som HTML.');

export const ReportParams = z.object({ id: CommitteeId, period: ReportPeriod });
export type ReportParams = z.infer<typeof ReportParams>;

export const ReportQuery = z.object({
  fragment: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(
      'HTML: "1", "true" eller tomt ger bara <article>-fragmentet, utan <html> och stilmall (given flera gånger gäller den första).',
    ),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const figureFields = {
  actualResult: ore('Utfall, resultat hittills i år'),
  budgetResult: ore('Budgeterat resultat hittills i år'),
  deviation: ore('Avvikelse = resultat − budget, positiv när bättre än budget'),
  previousDeviation: oreOrNull('Avvikelsen förra månaden; null årets första månad'),
  forecastDeviation: oreOrNull('Prognostiserad avvikelse för helåret'),
};

const Figures = z
  .object({
    ...figureFields,
    committeeItems: z
      .array(CommitteeItemJson)
      .describe(
        'Poster på nämndnivå med indata och resultat; en post med område ingår i områdets prognos, utan område läggs den till totalen.',
      ),
  })
  .meta({ id: 'ReportFigures' });

const ReportKpi = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    target: z.number().int().nullable().describe('Målet i tusendelar; null = inget mål.'),
    targetValue: z.number().nullable(),
    decimals: z.number().int(),
    values: z.array(
      z.object({
        area: z.string().nullable().describe('Områdets id; null = nämnden.'),
        period: z.string(),
        value: z.number(),
        thousandths: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ReportKpi', description: 'Ett nyckeltal med räkenskapsårets värden till och med perioden.' });

const AccountGroupFigures = z.object({
  group: z.string().describe('Kontogruppens id, t.ex. "personalkostnader".'),
  name: z.string(),
  actualResult: ore('Utfall'),
  budgetResult: ore('Budget'),
  deviation: ore('Avvikelse'),
});

/** The order of the keys is the order on the wire (as before the contract: code and name first). */
export const AreaFigures = z
  .object({
    code: z.string().describe('Områdets id.'),
    name: z.string(),
    ...figureFields,
    material: z.boolean().describe('Avvikelsen (hittills eller prognos) når väsentlighetsgränsen.'),
    comment: z.string().nullable(),
    action: z.string().nullable(),
    forecastComment: z.string().nullable(),
    accountGroups: z.array(AccountGroupFigures),
  })
  .meta({ id: 'ReportArea' });

/** The order of the keys is the order on the wire. */
export const ReportJson = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    period: z.string().describe('Rapportens period, ÅÅÅÅ-MM.'),
    previousPeriod: z.string().nullable().describe('Månaden före, inom räkenskapsåret; null årets första månad.'),
    fiscalYear: FiscalYear.describe('Räkenskapsåret som perioden hör till.'),
    amountsIn: z.literal('öre'),
    total: Figures,
    areas: z.array(AreaFigures),
    investments: z.object({ budget: ore('Investeringsbudget'), adjustedBudget: ore('Justerad budget'), actual: ore('Utfall') }),
    sections: z.array(z.object({ number: z.string(), title: z.string() })),
    materialityThreshold: ore('Väsentlighetsgräns'),
    kpis: z.array(ReportKpi).describe('Nyckeltal per område och månad.'),
  })
  .meta({ id: 'ReportJson', description: 'Månadsrapporten som JSON. Alla belopp i öre, ackumulerat för perioden.' });
export type ReportJson = z.infer<typeof ReportJson>;
