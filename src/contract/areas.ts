/** A committee's areas as such: id, name, short name for headings, order, and their codes. */
import { z } from 'zod';
import { CommitteeId } from './committees.ts';

export const AreaParams = z.object({
  id: CommitteeId,
  areaId: z.string().min(1, { message: 'Områdets id är tomt.' }).max(100, { message: 'Områdets id får vara högst 100 tecken.' }),
});

export const AreaInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string().nullable().describe('Kortnamn i rubriker ("Utredning vuxen"); null: namnet.'),
    sortOrder: z.number().int().describe('Plats i rapportens ordning (lägre först).'),
    codes: z.array(z.string()).describe('Ansvaren som hör till området.'),
  })
  .meta({ id: 'Area' });
export type AreaInfo = z.infer<typeof AreaInfo>;

export const AreaList = z.object({ areas: z.array(AreaInfo) });

/** PUT /api/committees/:id/areas/:areaId: creates the area (name required) or changes what is given. */
export const AreaChange = z.object({
  name: z
    .string({ message: 'Namnet ska vara text.' })
    .trim()
    .min(1, { message: 'Namnet är tomt.' })
    .max(200, { message: 'Namnet får vara högst 200 tecken.' })
    .optional(),
  shortName: z
    .string({ message: 'Kortnamnet ska vara text eller null.' })
    .trim()
    .max(60, { message: 'Kortnamnet får vara högst 60 tecken.' })
    .nullable()
    .optional()
    .describe('"" eller null tar bort kortnamnet.'),
  sortOrder: z.number({ message: 'Ordningen ska vara ett heltal.' }).int({ message: 'Ordningen ska vara ett heltal.' }).optional(),
});
