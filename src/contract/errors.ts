/** The body of every error answer, and of the 400 answers to a request that fails its schema. */
import { z } from 'zod';

export const ErrorBody = z
  .object({
    error: z.string().describe('Meddelande på svenska som namnger platsen (fält, fil, rad).'),
    field: z.string().nullable().optional().describe('Fältet i begäran (eller flaggan) som är fel.'),
    file: z.string().optional().describe('Den uppladdade filens namn.'),
    line: z.number().int().optional().describe('SIE: raden (1-baserad; 0 = filen som helhet).'),
    row: z.number().int().optional().describe('Kalkylblad: raden (1-baserad; 0 = filen som helhet).'),
    column: z.string().optional().describe('Kalkylblad: kolumnens rubrik.'),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('400 för en begäran som inte följer schemat: varje fel, med fältet.'),
  })
  .meta({ id: 'ErrorBody', description: 'Felsvar: bara de nycklar som gäller finns med.' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error answers a route may give, for its `response` schema. */
export const errorResponses = { 400: ErrorBody, 404: ErrorBody } as const;
