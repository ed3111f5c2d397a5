/** The body of every error answer, and of the 400 answers to a request that fails its schema. */
import { z } from 'zod';

const Organisation = z.object({
  orgNumber: z.string().nullable().describe('Organisationsnummer (#ORGNR).'),
  name: z.string().nullable().describe('Namn (#FNAMN).'),
  codes: z.array(z.string()).optional().describe('Några av ansvarskoderna (högst 20).'),
});

export const ErrorBody = z
  .object({
    error: z.string().describe('Meddelande på svenska som namnger platsen (fält, fil, rad).'),
    field: z.string().nullable().optional().describe('Fältet i begäran (eller flaggan) som är fel.'),
    file: z.string().optional().describe('Den uppladdade filens namn.'),
    line: z.number().int().optional().describe('SIE: raden (1-baserad; 0 = filen som helhet).'),
    row: z.number().int().optional().describe('Kalkylblad: raden (1-baserad; 0 = filen som helhet).'),
    column: z.string().optional().describe('Kalkylblad: kolumnens rubrik.'),
    organisation: z
      .object({
        file: Organisation.describe('Filens organisation.'),
        committee: Organisation.extend({ id: z.string() }).describe('Den organisation nämndens bokföring kommer från.'),
      })
      .optional()
      .describe('Import från en annan organisation: båda sidor, så att användaren kan välja att ersätta.'),
    conflict: z
      .object({
        stored: z
          .object({
            version: z.number().int(),
            body: z.string(),
            updatedBy: z.string().nullable(),
            updatedAt: z.string().nullable(),
          })
          .describe('Den sparade versionen, med vem som sparade den och när.'),
        sent: z.object({ version: z.number().int(), body: z.string() }).describe('Den version som skickades (inte sparad).'),
      })
      .optional()
      .describe('409 för en inaktuell version: båda versionerna, så att användaren kan jämföra och slå ihop.'),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('400 för en begäran som inte följer schemat: varje fel, med fältet.'),
  })
  .meta({ id: 'ErrorBody', description: 'Felsvar: bara de nycklar som gäller finns med.' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error answers a route may give, for its `response` schema. */
export const errorResponses = { 400: ErrorBody, 404: ErrorBody } as const;
