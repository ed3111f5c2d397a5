/**
 * Annual forecasts (årsprognos) per area and period: the expected full-year deviation against the
 * annual budget (positive = better than budget), or its other view, the full-year result. Amounts
 * are öre as JSON integers; rates are millionths (1 % = 10 000).
 */
import { z } from 'zod';
import { LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { CommitteeId, FiscalYear, Period } from './committees.ts';

const ore = (description: string) => z.number().int().describe(`${description} (öre)`);
const oreOrNull = (description: string) => z.number().int().nullable().describe(`${description} (öre; null när den saknas)`);
const money = (field: string) =>
  z
    .number({ message: `${field} ska vara ett heltal öre.` })
    .int({ message: `${field} ska vara ett heltal öre.` })
    .refine(Number.isSafeInteger, { message: `${field} är för stort.` });

export const ForecastPeriodParams = z.object({ id: CommitteeId, period: Period });
export const ForecastYearParams = z.object({
  id: CommitteeId,
  year: z
    .string()
    .regex(/^\d{4}$/, { message: 'Ogiltigt räkenskapsår: ange året det börjar, t.ex. "2025".' })
    .describe('Räkenskapsåret, året det börjar (ÅÅÅÅ).'),
});
export const ForecastAreaParams = ForecastPeriodParams.extend({
  area: z.string().regex(LEDGER_ID_PATTERN, { message: 'Ogiltigt id för område.' }).describe('Områdets id.'),
});

const value = {
  deviation: money('Avvikelsen').optional().describe('Prognostiserad avvikelse för helåret (öre; positiv = bättre än budget).'),
  result: money('Resultatet').optional().describe('Prognostiserat resultat för helåret (öre; intäkter positiva, kostnader negativa).'),
  comment: z
    .string({ message: 'Kommentaren ska vara text.' })
    .optional()
    .describe('Kommentar till prognosen (texten forecast-comment), sparad i samma transaktion; utelämnad: oförändrad.'),
};
const oneView = {
  check: (f: { deviation?: number | undefined; result?: number | undefined }) => (f.deviation === undefined) !== (f.result === undefined),
  message: { message: 'Ange antingen avvikelse (deviation) eller helårsresultat (result), ett av dem.', path: ['deviation'] },
};

/** PUT .../forecasts/:period/:area: the deviation or the full-year result, exactly one of them. */
export const ForecastValue = z.object(value).refine(oneView.check, oneView.message).meta({ id: 'ForecastValue' });
export type ForecastValue = z.infer<typeof ForecastValue>;

/** One cell of the grid: period, area (id or name) and the deviation or the result. */
export const ForecastCell = z
  .object({
    period: Period,
    area: z.string({ message: 'Området saknas.' }).trim().min(1, { message: 'Området saknas.' }).describe('Områdets id eller namn.'),
    ...value,
  })
  .refine(oneView.check, oneView.message);
export type ForecastCell = z.infer<typeof ForecastCell>;

/** POST .../forecasts/:period/batch: cells of any months of the year (the grid), every one saved or none. */
export const ForecastBatch = z
  .object({ forecasts: z.array(ForecastCell).max(10_000, { message: 'Högst 10 000 prognoser åt gången.' }) })
  .meta({ id: 'ForecastBatch' });
export type ForecastBatch = z.infer<typeof ForecastBatch>;

const PeriodForecast = z.object({ period: z.string(), deviation: ore('Prognostiserad avvikelse för helåret') });

export const AreaForecastJson = z
  .object({
    id: z.string(),
    name: z.string(),
    annualBudget: ore('Budgeterat resultat för hela räkenskapsåret'),
    actualToDate: ore('Utfall, resultat hittills i år'),
    budgetToDate: ore('Budgeterat resultat hittills i år'),
    forecast: z
      .object({
        deviation: ore('Prognostiserad avvikelse för helåret'),
        result: ore('Prognostiserat resultat för helåret'),
        updatedBy: z.string().nullable(),
        updatedAt: z.string().nullable().describe('När den sparades (ISO-tid).'),
      })
      .nullable()
      .describe('Periodens prognos; null när ingen är lämnad.'),
    baseline: z.object({
      periodized: ore('Utfall hittills + återstående månaders budget, som avvikelse mot årsbudgeten'),
      runRate: ore('Utfall hittills / förflutna månader × 12, som avvikelse mot årsbudgeten'),
    }),
    previous: PeriodForecast.nullable().describe('Den senaste tidigare prognosen under året.'),
    change: oreOrNull('Förändring mot föregående prognos'),
    year: z.array(PeriodForecast).describe('Årets alla prognoser för området, per period.'),
  })
  .meta({ id: 'AreaForecast' });
export type AreaForecastJson = z.infer<typeof AreaForecastJson>;

/** GET /api/committees/:id/forecasts/:period */
export const ForecastList = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    period: z.string(),
    fiscalYear: FiscalYear,
    /** The fiscal year's months with bookkeeping: forecasts can be saved for these. */
    periodsWithData: z.array(z.string()).describe('Räkenskapsårets månader med bokföring (prognos kan lämnas för dem).'),
    areas: z.array(AreaForecastJson),
    total: z.object({
      forecast: oreOrNull('Nämndens prognos: områdenas prognoser + poster på nämndnivå utanför områdena'),
      previous: oreOrNull('Nämndens föregående prognos'),
      change: oreOrNull('Förändring mot föregående prognos'),
      baseline: z.object({ periodized: ore('Periodiserad prognos'), runRate: ore('Prognos efter takt') }),
      annualBudget: ore('Nämndens budgeterade resultat för året'),
    }),
    /** Per month of the year: committee items outside every area (they add to the month's total). */
    itemsOutsideAreas: z.array(z.object({ period: z.string(), amount: ore('Poster på nämndnivå utanför områdena') })),
    monthTotals: z.array(z.object({ period: z.string(), forecast: oreOrNull('Nämndens prognos') })),
  })
  .meta({ id: 'ForecastList' });
export type ForecastList = z.infer<typeof ForecastList>;

export const ForecastSaved = z
  .object({ saved: z.number().int().describe('Antal sparade prognoser.'), list: ForecastList })
  .meta({ id: 'ForecastSaved' });
export type ForecastSaved = z.infer<typeof ForecastSaved>;

const AccuracyMonth = z.object({
  period: z.string(),
  forecast: ore('Prognostiserad avvikelse'),
  outcome: ore('Utfallets avvikelse för helåret'),
  difference: ore('Prognos − utfall'),
  differenceRate: z
    .number()
    .int()
    .nullable()
    .describe('Skillnaden i miljondelar av årets budgeterade nettokostnad, kommunbidraget oräknat (1 % = 10 000).'),
});
const AccuracyJson = z.object({
  outcome: ore('Utfallets avvikelse för helåret'),
  netCost: ore('Årets budgeterade nettokostnad (kommunbidraget oräknat), det procenten räknas på'),
  months: z.array(AccuracyMonth),
  meanAbsoluteDifference: oreOrNull('Medelvärdet av skillnadens belopp'),
  meanAbsoluteRate: z.number().int().nullable().describe('Medelvärdet av skillnadens andel (miljondelar).'),
});

/** GET /api/committees/:id/forecast-accuracy/:year */
export const ForecastAccuracyJson = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    fiscalYear: FiscalYear,
    base: z.string().describe('Vad procenten räknas på.'),
    areas: z.array(AccuracyJson.extend({ id: z.string(), name: z.string() })),
    total: AccuracyJson,
  })
  .meta({ id: 'ForecastAccuracy' });
export type ForecastAccuracyJson = z.infer<typeof ForecastAccuracyJson>;
