/**
 * Budget decisions, periodization per area and account group, the revised budget per area with
 * its history, and investment projects. Amounts are öre as JSON integers: the web app reads what a
 * person types with core's parseAmountInput and sends öre.
 */
import { z } from 'zod';
import { ACCOUNT_GROUPS } from '#core/accounts.ts';
import { PERIODIZATION_METHODS } from '#core/periodization.ts';
import { CommitteeId } from './committees.ts';

const ore = (description: string) =>
  z
    .number({ message: 'Beloppet ska vara ett heltal öre.' })
    .int({ message: 'Beloppet ska vara ett heltal öre.' })
    .describe(`${description} (öre)`);
const oreOrNull = (description: string) => ore(description).nullable();
const FiscalYearText = z
  .string()
  .regex(/^\d{4}$/, { message: 'Räkenskapsåret skrivs som året, t.ex. 2025.' })
  .describe('Räkenskapsåret (året det börjar), t.ex. 2025.');
const GROUP_IDS = ACCOUNT_GROUPS.map((g) => g.id) as [string, ...string[]];

export const FiscalYearQuery = z.object({ fiscalYear: FiscalYearText });
export const DecisionParams = z.object({ id: CommitteeId, decisionId: z.string().min(1).max(80) });
export const ProjectParams = z.object({ id: CommitteeId, projectId: z.string().min(1).max(64) });

export const DecisionLineBody = z.discriminatedUnion('target', [
  z.object({
    target: z.literal('area'),
    area: z.string({ message: 'Välj ett område.' }).min(1, { message: 'Välj ett område.' }).describe('Områdets id eller namn.'),
    group: z
      .enum(GROUP_IDS, { message: `Kontogruppen ska vara en av ${GROUP_IDS.join(', ')}.` })
      .nullish()
      .describe('Kontogruppen; standard kommunbidrag.'),
    amount: ore('Ökningen av budgetraden (en intäkt eller kostnad som ökar är positiv)'),
  }),
  z.object({
    target: z.literal('investment'),
    project: z.string().max(64).nullish().describe('Investeringsprojektets id, om beslutet gäller ett projekt.'),
    amount: ore('Ökningen av investeringsbudgeten'),
  }),
]);

/** POST /api/committees/:id/budget/decisions */
export const DecisionBody = z
  .object({
    id: z.string().max(80).nullish().describe('Beslutets id; väljs av organ och datum om det saknas.'),
    body: z.enum(['KF', 'KS', 'nämnd'], { message: 'Beslutande organ ska vara KF, KS eller nämnd.' }),
    decidedOn: z.string({ message: 'Ange beslutsdatum som ÅÅÅÅ-MM-DD.' }).describe('Beslutsdatum, ÅÅÅÅ-MM-DD.'),
    ref: z.string().max(100, { message: 'Paragraf eller diarienummer får vara högst 100 tecken.' }).nullish(),
    text: z.string({ message: 'Beskriv beslutet.' }).max(2000, { message: 'Texten får vara högst 2 000 tecken.' }),
    lines: z.array(DecisionLineBody).min(1, { message: 'Ett beslut behöver minst ett belopp.' }).max(100),
  })
  .meta({ id: 'DecisionBody' });
export type DecisionBody = z.infer<typeof DecisionBody>;

export const DecisionLine = z.discriminatedUnion('target', [
  z.object({ target: z.literal('area'), areaId: z.string().nullable(), group: z.string(), amount: ore('Ökningen av budgetraden') }),
  z.object({ target: z.literal('investment'), projectId: z.string().nullable(), amount: ore('Ökningen av investeringsbudgeten') }),
]);

export const Decision = z
  .object({
    id: z.string(),
    fiscalYear: z.string(),
    decidedOn: z.string(),
    body: z.string(),
    ref: z.string().nullable(),
    text: z.string(),
    lines: z.array(DecisionLine),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof Decision>;

export const DecisionRemoved = z.object({ removed: z.string().describe('Det borttagna beslutets id.') });
export const DecisionList = z.object({ decisions: z.array(Decision) }).meta({ id: 'DecisionList' });

/** PUT /api/committees/:id/budget/periodizations */
export const PeriodizationBody = z
  .object({
    fiscalYear: FiscalYearText,
    area: z.string().min(1, { message: 'Välj ett område.' }),
    group: z.enum(GROUP_IDS, { message: `Kontogruppen ska vara en av ${GROUP_IDS.join(', ')}.` }),
    method: z.enum(PERIODIZATION_METHODS as [string, ...string[]], { message: 'Välj ledger, straight, profile eller last-year.' }),
    weights: z.array(z.number({ message: 'Varje vikt ska vara ett tal.' }).min(0, { message: 'En vikt får inte vara negativ.' })).nullish(),
  })
  .meta({ id: 'PeriodizationBody' });
export type PeriodizationBody = z.infer<typeof PeriodizationBody>;

export const PeriodizationSaved = z.object({
  areaId: z.string(),
  group: z.string(),
  method: z.string(),
  weights: z.array(z.number()).nullable(),
});

export const BudgetOverviewJson = z
  .object({
    period: z.string(),
    fiscalYear: z.string(),
    months: z.array(z.string()),
    decisions: z.array(Decision.extend({ counts: z.boolean().describe('Beslutet är fattat senast periodens sista dag.') })),
    areas: z.array(
      z.object({
        areaId: z.string(),
        name: z.string(),
        originalResult: ore('Budgeterat resultat för året enligt den inlästa budgeten'),
        revisedResult: ore('Budgeterat resultat för året efter beslut'),
        unperiodizedGroups: z.array(z.string()).describe('Kontogrupper med rak budget och säsongsvarierat utfall.'),
        groups: z.array(
          z.object({ group: z.string(), original: ore('Ursprunglig budget'), decided: ore('Beslut'), revised: ore('Budget efter beslut') }),
        ),
        steps: z.array(
          z.object({
            decisionId: z.string(),
            decidedOn: z.string(),
            group: z.string(),
            amount: ore('Beslutets belopp'),
            resultEffect: ore('Effekt på budgeterat resultat'),
            revisedResult: ore('Budgeterat resultat efter beslutet'),
          }),
        ),
        lines: z.array(
          z.object({
            group: z.string(),
            groupName: z.string(),
            method: z.string(),
            weights: z.array(z.number()).nullable(),
            months: z.array(ore('Månadens budget')),
            annual: ore('Årets budget'),
            unperiodized: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'BudgetOverview' });
export type BudgetOverviewJson = z.infer<typeof BudgetOverviewJson>;

/** POST (new) and PATCH (change; what is left out stays) /api/committees/:id/investments */
export const ProjectBody = z
  .object({
    fiscalYear: FiscalYearText,
    id: z.string().max(64).optional().describe('Projektets id (POST).'),
    name: z.string().max(200, { message: 'Namnet får vara högst 200 tecken.' }).optional(),
    budget: ore('Ursprunglig budget').optional(),
    carryOver: ore('Överfört från föregående år').optional(),
    forecast: oreOrNull('Prognos för årets utfall; null tar bort den').optional(),
    accounts: z
      .array(z.string().max(6))
      .max(50)
      .optional()
      .describe('Konton eller kontoprefix i klass 11 och 12 som projektets utfall läses från.'),
    dimensionObject: z
      .string()
      .max(100, { message: 'Objektet får vara högst 100 tecken.' })
      .nullable()
      .optional()
      .describe('Projektets objekt i nämndens projektdimension (när utfallet läses per dimension); null: projektets id.'),
  })
  .meta({ id: 'ProjectBody' });

/** PUT /api/committees/:id/investments/source: the SIE dimension of the projects, or null for by account. */
export const ProjectDimensionBody = z
  .object({
    projectDimension: z
      .number({ message: 'Ange dimensionens nummer (1–999) eller null.' })
      .int({ message: 'Ange dimensionens nummer (1–999) eller null.' })
      .min(1, { message: 'Ange dimensionens nummer (1–999) eller null.' })
      .max(999, { message: 'Ange dimensionens nummer (1–999) eller null.' })
      .nullable(),
  })
  .meta({ id: 'ProjectDimensionBody' });
export const ProjectDimensionSet = z
  .object({
    projectDimension: z.number().int().nullable(),
    current: z.boolean().describe('Den senaste SIE-importen läste redan projekten i den dimensionen; annars: läs in filen igen.'),
  })
  .meta({ id: 'ProjectDimensionSet' });
export type ProjectBody = z.infer<typeof ProjectBody>;

export const Project = z
  .object({
    id: z.string(),
    name: z.string(),
    budget: ore('Ursprunglig budget'),
    carryOver: ore('Överfört från föregående år'),
    forecast: oreOrNull('Prognos för årets utfall'),
    accounts: z.array(z.string()),
    dimensionObject: z.string().nullable(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Project' });
export const ProjectList = z.object({ projects: z.array(Project) }).meta({ id: 'ProjectList' });

export const InvestmentOverviewJson = z
  .object({
    period: z.string(),
    fiscalYear: z.string(),
    originalBudget: ore('Ursprunglig investeringsbudget'),
    carryOver: ore('Överfört från föregående år'),
    decisions: ore('Årets beslut'),
    unassignedDecisions: ore('Beslut som inte gäller något projekt'),
    adjustedBudget: ore('Investeringsbudget efter justering'),
    actual: ore('Utfall på investeringskonton hittills i år'),
    settings: z.object({ actualSource: z.enum(['accounts', 'dimension']), dimension: z.string().nullable() }),
    projects: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        budget: ore('Ursprunglig budget'),
        carryOver: ore('Överfört'),
        decisions: ore('Beslut'),
        revisedBudget: ore('Budget efter beslut'),
        actual: oreOrNull('Utfall hittills i år; null utan egna konton'),
        forecast: oreOrNull('Prognos'),
        forecastDeviation: oreOrNull('Budget − prognos'),
        accounts: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'InvestmentOverview' });
export type InvestmentOverviewJson = z.infer<typeof InvestmentOverviewJson>;
