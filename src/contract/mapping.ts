/** Which area each responsibility code (ansvar) belongs to. */
import { z } from 'zod';

export const MappingEntry = z.object({
  code: z
    .string({ message: 'Ansvarskoden saknas.' })
    .trim()
    .min(1, { message: 'Ansvarskoden är tom.' })
    .max(100, { message: 'Ansvarskoden får vara högst 100 tecken.' }),
  area: z
    .string({ message: 'Området ska vara ett id, ett namn eller null.' })
    .trim()
    .max(200, { message: 'Områdets namn får vara högst 200 tecken.' })
    .nullable()
    .describe('Områdets id eller namn (ett nytt namn skapar området); "" eller null = inget område ("Ej fördelat").'),
});
export type MappingEntry = z.input<typeof MappingEntry>;

/** PUT /api/committees/:id/mapping */
export const MappingEntries = z
  .array(MappingEntry, { message: 'Skicka en lista av {code, area}.' })
  .max(20_000, { message: 'Högst 20 000 ansvar åt gången.' });

export const MappedCode = z.object({
  code: z.string(),
  name: z.string(),
  areaId: z.string().nullable(),
  areaName: z.string().nullable(),
});
export type MappedCode = z.infer<typeof MappedCode>;

/** GET /api/committees/:id/mapping */
export const MappingJson = z
  .object({
    committee: z.object({ id: z.string(), name: z.string() }),
    codes: z.array(MappedCode),
    areas: z.array(z.object({ id: z.string(), name: z.string() })).describe('Nämndens områden i rapportordning ("Ej fördelat" är inget).'),
  })
  .meta({ id: 'Mapping' });
export type MappingJson = z.infer<typeof MappingJson>;

/** PUT and POST answer the mapping as GET does, and what was saved. */
export const MappingSaved = z
  .object({
    saved: z.number().int().describe('Antal ansvar som sparades.'),
    areasCreated: z.number().int(),
    fileName: z.string().optional().describe('POST: den uppladdade filens namn.'),
    ...MappingJson.shape,
  })
  .meta({ id: 'MappingSaved' });
export type MappingSaved = z.infer<typeof MappingSaved>;
