/**
 * The roll-up to kommunstyrelsen (GET /api/rollup/:period): every committee the person may see,
 * its result, budget, deviation, forecast and investments, the municipality's total, where each
 * committee's figures come from, and its texts to kommunstyrelsen. Amounts are integers in öre,
 * year to date for the period. Keep every field; extend freely.
 */
import { z } from 'zod';
import { PERIOD_PATTERN } from '#core/period.ts';
import { PERIOD_MESSAGE } from './committees.ts';

/** The forms of the roll-up by the period's file extension ("2025-04" is JSON). Add a form here and to the route. */
export const ROLLUP_EXTENSIONS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type RollupExtension = (typeof ROLLUP_EXTENSIONS)[number];

export const RollupPeriod = z
  .string()
  .regex(new RegExp(`${PERIOD_PATTERN.source.slice(0, -1)}(\\.(${ROLLUP_EXTENSIONS.join('|')}))?$`), { message: PERIOD_MESSAGE })
  .describe(`Perioden, ÅÅÅÅ-MM för JSON, eller med filändelse (${ROLLUP_EXTENSIONS.map((e) => `.${e}`).join(', ')}) för dokumentet.`);

export const RollupParams = z.object({ period: RollupPeriod });
export type RollupParams = z.infer<typeof RollupParams>;

/** "2025-04.html" → the period and the form ('json' without an extension). */
export function splitRollupPeriod(param: string): { period: string; format: 'json' | RollupExtension } {
  const dot = param.indexOf('.');
  if (dot < 0) return { period: param, format: 'json' };
  return { period: param.slice(0, dot), format: param.slice(dot + 1) as RollupExtension };
}

const ore = (description: string) => z.number().int().describe(`${description} (öre)`);

const numbers = {
  actualResult: ore('Utfall, resultat hittills i år'),
  budgetResult: ore('Budgeterat resultat hittills i år'),
  deviation: ore('Avvikelse = resultat − budget, positiv när bättre än budget'),
  forecastDeviation: z.number().int().nullable().describe('Prognostiserad avvikelse för helåret (öre; null när prognos saknas)'),
  investments: z
    .object({ adjustedBudget: ore('Investeringsbudget, justerad'), actual: ore('Investeringar, utfall hittills i år') })
    .describe('Investeringsverksamheten'),
};

export const RollupSourceJson = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('draft') }),
    z.object({
      kind: z.literal('published'),
      version: z.number().int().describe('Versionens nummer.'),
      publishedAt: z.string().describe('När den publicerades (ISO 8601, UTC).'),
      publishedBy: z.string().describe('Vem som publicerade den.'),
    }),
  ])
  .meta({ id: 'RollupSource', description: 'Varifrån siffrorna kommer: den senast publicerade versionen, annars utkastet.' });

export const RollupJson = z
  .object({
    period: z.string().describe('Perioden, ÅÅÅÅ-MM.'),
    periodLabel: z.string().describe('Perioden i text, t.ex. "april 2025".'),
    title: z.string().describe('Dokumentets titel.'),
    municipality: z.string().describe('Kommunens namn från nämndernas mallar; tomt när det saknas.'),
    amountsIn: z.literal('öre'),
    status: RollupSourceJson.describe('Publicerad bara när varje nämnds siffror kommer från en publicerad version.'),
    committees: z
      .array(
        z.object({
          id: z.string().describe('Nämndens id.'),
          name: z.string().describe('Nämndens namn.'),
          source: RollupSourceJson,
          ...numbers,
          ksTexts: z
            .object({ result: z.string(), forecast: z.string(), investment: z.string() })
            .describe('Nämndens egna texter till kommunstyrelsen (avsnitt 5): resultat, årsprognos, investeringar; tomma när de saknas.'),
        }),
      )
      .describe('Nämnderna med siffror, i namnordning.'),
    notes: z
      .array(z.object({ id: z.string(), name: z.string(), note: z.string() }))
      .describe('Nämnder utan siffror för perioden, och varför (ingen publicerad version, ingen bokföring).'),
    total: z.object(numbers).describe('Kommunen totalt: summan av nämndernas belopp.'),
  })
  .meta({ id: 'Rollup' });
export type RollupJson = z.infer<typeof RollupJson>;
