/**
 * The report: the JSON contract others script against (keep every field; extend freely). All
 * amounts are integers in öre, year to date for the period.
 */
import { z } from 'zod';
import { PERIOD_PATTERN } from '#core/period.ts';
import { CommitteeId, FiscalYear, PERIOD_MESSAGE } from './committees.ts';
import { CommitteeItemJson } from './items.ts';
import { TextWarnings } from './text-warnings.ts';
import { TextKindName, TextStateName } from './texts.ts';

const ore = (description: string) => z.number().int().describe(`${description} (öre)`);
const oreOrNull = (description: string) => z.number().int().nullable().describe(`${description} (öre; null när den saknas)`);

/** The period of the report URL: "2025-04" (JSON), "2025-04.html" (HTML), "2025-04.pdf", ".docx" or ".xlsx" (documents). */
export const ReportPeriod = z
  .string()
  .regex(new RegExp(`${PERIOD_PATTERN.source.slice(0, -1)}(\\.(html|pdf|docx|xlsx))?$`), { message: PERIOD_MESSAGE })
  .describe(
    'Perioden, ÅÅÅÅ-MM för JSON, ÅÅÅÅ-MM.html för rapporten som HTML, ÅÅÅÅ-MM.pdf, .docx eller .xlsx för den som PDF, Word eller Excel (den senast publicerade versionen när en finns, annars arbetsutkastet märkt "Utkast").',
  );

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

/** PDF, Word and Excel: which document (the latest published version by default, else the draft). */
export const DocumentQuery = z.object({
  version: z.coerce.number().int().min(1).max(1_000_000).optional().describe('PDF, Word, Excel: en viss publicerad version.'),
  utkast: z.enum(['1', 'true', '']).optional().describe('PDF, Word, Excel: arbetsutkastet även när en version är publicerad.'),
});
export type DocumentQuery = z.infer<typeof DocumentQuery>;

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

/** A text of the report with its state (the same names as the texts API, src/contract/texts.ts). */
export const ReportText = z
  .object({
    kind: TextKindName,
    state: TextStateName,
    required: z.boolean().describe('Saknas men krävs (kommentar och åtgärd för ett väsentligt område).'),
    body: z.string().describe('Texten som rapporten visar ("" när den saknas).'),
    version: z.number().int().describe('Periodens sparade version; 0 när perioden inte har någon egen.'),
    copiedFrom: z.string().nullable().describe('Perioden en kopierad text kommer från.'),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
    warnings: TextWarnings,
  })
  .meta({ id: 'ReportText' });

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
    shortName: z.string().nullable().describe('Kortnamn i rubriker ("Utredning vuxen"); null: namnet.'),
    texts: z.array(ReportText).describe('Områdets texter (comment, action, forecast-comment) med tillstånd.'),
    forecastHistory: z
      .array(z.object({ period: z.string(), deviation: ore('Prognostiserad avvikelse för helåret') }))
      .describe('Årets tidigare prognoser för området, per period (äldst först).'),
    baselineForecast: z
      .object({
        periodized: ore('Utfall hittills + återstående månaders budget, som avvikelse mot årsbudgeten'),
        runRate: ore('Utfall hittills / förflutna månader × årets månader, som avvikelse mot årsbudgeten'),
      })
      .nullable()
      .describe('Förslag till prognos: periodiserad och efter takt.'),
    budgetNotPeriodized: z.boolean().describe('Ej periodiserad budget: en kontogrupp har rak budget medan utfallet är säsongsvarierat.'),
    unperiodizedGroups: z.array(z.string()).describe('Kontogrupperna med rak budget och säsongsvarierat utfall.'),
  })
  .meta({ id: 'ReportArea' });

/** A budget decision as the report counts it (dated on or before the period's end). */
export const ReportDecision = z
  .object({
    id: z.string(),
    decidedOn: z.string().describe('Beslutsdatum, ÅÅÅÅ-MM-DD.'),
    body: z.string().describe('Beslutande organ: KF, KS eller nämnd.'),
    ref: z.string().nullable().describe('Paragraf eller diarienummer.'),
    text: z.string(),
    lines: z.array(
      z.object({
        target: z.enum(['area', 'investment']),
        areaId: z.string().nullable(),
        group: z.string().nullable(),
        groupName: z.string().nullable(),
        projectId: z.string().nullable(),
        amount: ore('Ökningen av budgetraden (intäkt eller kostnad)'),
        resultEffect: ore('Effekt på budgeterat resultat: + för intäktsgrupper, − för kostnadsgrupper'),
      }),
    ),
  })
  .meta({ id: 'ReportDecision' });

export const ReportInvestmentProject = z
  .object({
    id: z.string(),
    name: z.string(),
    budget: ore('Ursprunglig budget'),
    carryOver: ore('Överfört från föregående år'),
    decisions: ore('Årets beslut'),
    revisedBudget: ore('Budget efter beslut'),
    actual: oreOrNull('Utfall hittills i år; null när projektet inte har egna konton'),
    forecast: oreOrNull('Prognos för årets utfall'),
    forecastDeviation: oreOrNull('Budget − prognos, positiv när under budget'),
  })
  .meta({ id: 'ReportInvestmentProject' });

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
    investments: z.object({
      budget: ore('Investeringsbudget'),
      adjustedBudget: ore('Justerad budget'),
      actual: ore('Utfall'),
      carryOver: ore('Överfört från föregående år'),
      projects: z.array(ReportInvestmentProject),
      decisions: z.array(ReportDecision).describe('Årets beslut om investeringsbudgeten.'),
    }),
    sections: z.array(z.object({ number: z.string(), title: z.string() })),
    materialityThreshold: ore('Väsentlighetsgräns'),
    committeeTexts: z.array(ReportText).describe('Nämndens egna texter (summary … ks-investment) med tillstånd.'),
    budgetDecisions: z.array(ReportDecision).describe('Årets budgetbeslut till och med periodens slut.'),
    kpis: z.array(ReportKpi).describe('Nyckeltal per område och månad.'),
  })
  .meta({ id: 'ReportJson', description: 'Månadsrapporten som JSON. Alla belopp i öre, ackumulerat för perioden.' });
export type ReportJson = z.infer<typeof ReportJson>;
