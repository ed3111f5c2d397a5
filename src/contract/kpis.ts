/** Key figures (nyckeltal): definitions, values per area and month, grid saves and sheet uploads. */
import { z } from 'zod';
import { KPI_MAX_DECIMALS } from '#core/kpis.ts';
import { CommitteeId, Period } from './committees.ts';

const typed = (what: string) =>
  z
    .union([z.string().max(40, { message: `${what}: högst 40 tecken.` }), z.number()], {
      message: `${what} ska vara ett tal eller en text som "12,5".`,
    })
    .nullable();

export const KpiParams = z.object({
  id: CommitteeId,
  kpi: z
    .string()
    .max(64, { message: 'Nyckeltalets id får vara högst 64 tecken.' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Nyckeltalets id: använd a–z, siffror och bindestreck (t.ex. "placeringar-hvb").' }),
});

export const KpiQuery = z.object({
  period: Period.describe('Till och med denna månad, från räkenskapsårets första.'),
  area: z.string().max(200).optional().describe('Bara detta områdes värden (id eller namn; tomt = nämndens egna).'),
});

/** PUT /api/committees/:id/kpis/:kpi */
export const KpiDefinitionBody = z
  .object({
    name: z
      .string({ message: 'Namnet saknas.' })
      .trim()
      .min(1, { message: 'Skriv ett namn.' })
      .max(200, { message: 'Namnet får vara högst 200 tecken.' }),
    unit: z
      .string()
      .trim()
      .max(20, { message: 'Enheten får vara högst 20 tecken.' })
      .nullable()
      .optional()
      .describe('"st", "%", "åa"; tomt för ett tal.'),
    target: typed('Målet').optional().describe('Målvärde, t.ex. "6,5" eller 6.5; null eller tomt = inget mål.'),
    decimals: z
      .number({ message: `Antal decimaler ska vara 0–${KPI_MAX_DECIMALS}.` })
      .int({ message: `Antal decimaler ska vara 0–${KPI_MAX_DECIMALS}.` })
      .min(0, { message: `Antal decimaler ska vara 0–${KPI_MAX_DECIMALS}.` })
      .max(KPI_MAX_DECIMALS, { message: `Antal decimaler ska vara 0–${KPI_MAX_DECIMALS}.` }),
  })
  .meta({ id: 'KpiDefinitionBody' });
export type KpiDefinitionBody = z.infer<typeof KpiDefinitionBody>;

export const KpiDefinitionJson = z
  .object({
    id: z.string(),
    name: z.string(),
    unit: z.string(),
    target: z.number().int().nullable().describe('Målet i tusendelar; null = inget mål.'),
    decimals: z.number().int(),
    targetValue: z.number().nullable().describe('Målet som tal.'),
    targetText: z.string().nullable().describe('Målet som svensk text ("6,5").'),
  })
  .meta({ id: 'KpiDefinition' });
export type KpiDefinitionJson = z.infer<typeof KpiDefinitionJson>;

export const KpiValueJson = z.object({
  kpi: z.string(),
  area: z.string().nullable().describe('Områdets id; null = nämnden.'),
  period: z.string(),
  value: z.number().describe('Värdet (exakt, högst tre decimaler).'),
  thousandths: z.number().int().describe('Värdet i tusendelar, så som det lagras.'),
  text: z.string().describe('Värdet som svensk text med nyckeltalets decimaler.'),
});

/** GET /api/committees/:id/kpis */
export const KpiTableJson = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    months: z.array(z.string()).describe('Räkenskapsårets månader till och med perioden.'),
    definitions: z.array(KpiDefinitionJson),
    areas: z.array(z.object({ id: z.string(), name: z.string() })),
    values: z.array(KpiValueJson),
  })
  .meta({ id: 'KpiTable' });
export type KpiTableJson = z.infer<typeof KpiTableJson>;

/** PUT /api/committees/:id/kpi-values */
export const KpiValuesBody = z
  .object({
    values: z
      .array(
        z.object({
          kpi: z.string({ message: 'Nyckeltalet saknas.' }).max(200),
          area: z.string().max(200).nullable().describe('Område (id eller namn); null eller tomt = nämnden.'),
          period: Period,
          value: typed('Värdet').describe('"12,5", 12.5 eller null/tomt för att ta bort värdet.'),
        }),
      )
      .max(50_000, { message: 'Högst 50 000 värden åt gången.' }),
  })
  .meta({ id: 'KpiValuesBody' });
export type KpiValuesBody = z.infer<typeof KpiValuesBody>;

export const KpiValuesSaved = z.object({ saved: z.number().int(), fileName: z.string().optional() }).meta({ id: 'KpiValuesSaved' });
export type KpiValuesSaved = z.infer<typeof KpiValuesSaved>;
