/**
 * Ledger import over HTTP: the upload's fields, the background job a client polls, and the
 * committee's import log.
 */
import { z } from 'zod';
import { CommitteeId } from './committees.ts';
import { ErrorBody } from './errors.ts';

export const ImportKind = z.enum(['sie', 'actual', 'budget']).describe('"sie" (SIE-fil), "actual" (utfall) eller "budget".');
export type ImportKind = z.infer<typeof ImportKind>;

/** Optional form fields arrive as "" when left empty. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const DIMENSION_MESSAGE = 'Ogiltig dimension: ange SIE-dimensionens nummer, 1–999 (1 = ansvar).';

/** The text fields of POST /api/imports (multipart/form-data, beside the file). */
export const ImportFields = z.object({
  kind: z.enum(['sie', 'actual', 'budget'], {
    message: 'Ogiltig typ av fil: ange "sie" (SIE-fil), "actual" (utfall) eller "budget" (budget).',
  }),
  committee: z.string({ message: 'Ange nämnden som filen ska läsas in till.' }).pipe(CommitteeId),
  dimension: optional(
    z
      .string()
      .regex(/^\d{1,3}$/, { message: DIMENSION_MESSAGE })
      .transform(Number)
      .pipe(z.number().int().min(1, { message: DIMENSION_MESSAGE })),
  ).describe('SIE: objektdimensionen som är ansvar (standard 1).'),
  name: optional(z.string().trim().min(1).max(200, { message: 'Namnet på nämnden får vara högst 200 tecken.' })).describe(
    'Namn på en nämnd som importen skapar.',
  ),
  allowRemovingMonths: optional(z.enum(['true', 'false'], { message: 'allowRemovingMonths ska vara "true" eller "false".' })).describe(
    'SIE: "true" ersätter ett räkenskapsår även där filen saknar månader som databasen har.',
  ),
  replaceOrganisation: optional(z.enum(['true', 'false'], { message: 'replaceOrganisation ska vara "true" eller "false".' })).describe(
    'SIE: "true" läser in filen även när den kommer från en annan organisation än nämndens (#ORGNR, #FNAMN) eller dess ansvarskoder inte har någon gemensam med nämndens.',
  ),
});
export type ImportFields = z.infer<typeof ImportFields>;

export const ImportStarted = z.object({ id: z.string().describe('Jobbets id: fråga GET /api/imports/{id}.') });
export type ImportStarted = z.infer<typeof ImportStarted>;

export const ImportJobParams = z.object({ id: z.uuid({ message: 'Ogiltigt id för import.' }) });

export const SieImportSummary = z
  .object({
    committee: z.string(),
    sieType: z.number().int().nullable(),
    program: z.string().nullable(),
    encoding: z.string(),
    checksum: z.enum(['ok', 'absent']).describe('#KSUMMA: kontrollerad eller saknas.'),
    fiscalYears: z.array(
      z.object({
        index: z.number().int(),
        start: z.string(),
        end: z.string(),
        newToCommittee: z.boolean().optional().describe('Sant för ett räkenskapsår som nämnden inte hade förut.'),
        actuals: z.number().int().optional().describe('Utfallsbelopp (period, konto, ansvar) som året fick ur filen.'),
        budgets: z.number().int().optional().describe('Budgetbelopp som året fick ur filen.'),
      }),
    ),
    vouchersPerMonth: z
      .array(z.object({ period: z.string(), vouchers: z.number().int() }))
      .optional()
      .describe('Verifikationer per månad (efter datum), stigande: en månad som slutar för tidigt syns här.'),
    counts: z.object({
      accounts: z.number().int(),
      objects: z.number().int(),
      vouchers: z.number().int(),
      transactions: z.number().int(),
      periodBalances: z.number().int(),
      periodBudgets: z.number().int(),
      areasCreated: z.number().int(),
    }),
    reconciliation: z.object({
      accountsChecked: z.number().int(),
      mismatches: z.array(z.object({ account: z.string(), expected: z.number().int(), computed: z.number().int() })),
    }),
    warnings: z.array(z.object({ line: z.number().int(), message: z.string() })),
    dimension: z.number().int().describe('Objektdimensionen som lästes som ansvar.'),
    projectDimension: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('Objektdimensionen som lästes som projekt (nämndens inställning för investeringar); null: ingen.'),
    unchanged: z.boolean().describe('Sant när filen är den senast inlästa: inget ändrades.'),
    importId: z.string().nullable(),
    sha256: z.string(),
    fileName: z.string(),
  })
  .meta({ id: 'SieImportSummary' });
export type SieImportSummary = z.infer<typeof SieImportSummary>;

export const TableImportSummary = z
  .object({
    committee: z.string(),
    kind: z.enum(['actual', 'budget']),
    fileName: z.string(),
    sha256: z.string(),
    rows: z.number().int(),
    periods: z.array(z.string()),
    counts: z.object({ amounts: z.number().int(), codes: z.number().int(), areasCreated: z.number().int() }),
    rowsPerPeriod: z
      .array(z.object({ period: z.string(), rows: z.number().int() }))
      .optional()
      .describe('Rader per period, stigande.'),
    warnings: z.array(z.object({ row: z.number().int(), message: z.string() })).optional(),
    total: z.number().int().describe('Summan av alla belopp i öre (bokföringens tecken).'),
    replaced: z
      .object({
        periods: z.array(z.string()).describe('Perioderna som filen ersatte belopp i.'),
        codes: z.array(z.string()).describe('Ansvarskoderna som filen ersatte belopp på.'),
        pairs: z.number().int().describe('Antal par (period, ansvar) som ersattes; andra ansvar i perioderna är orörda.'),
        before: z.number().int().describe('Summan av parens belopp före importen, öre (bokföringens tecken).'),
        after: z.number().int().describe('Summan av parens belopp efter importen, öre.'),
        postingsRemoved: z.number().int().describe('Utfall: konteringar på paren som togs bort (de stämmer inte längre med utfallet).'),
      })
      .optional()
      .describe('Vad importen ersatte. Saknas i sammanfattningar från före version 0006.'),
    unchanged: z.boolean(),
    importId: z.string().nullable(),
  })
  .meta({ id: 'TableImportSummary' });
export type TableImportSummary = z.infer<typeof TableImportSummary>;

export const JobState = z
  .enum(['running', 'done', 'failed', 'cancelled'])
  .describe('"running", "done", "failed" eller "cancelled" (avbruten med DELETE; inget ändrades). Fler kan tillkomma.');
export type JobState = z.infer<typeof JobState>;

/** GET /api/imports/:id */
export const ImportJobJson = z
  .object({
    id: z.string(),
    committee: z.string(),
    kind: ImportKind,
    fileName: z.string(),
    state: JobState,
    bytesRead: z.number().int().describe('Byte av filen som importen har läst.'),
    totalBytes: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    summary: z.union([SieImportSummary, TableImportSummary]).optional(),
    error: ErrorBody.optional().describe('Varför importen stoppade (eller att den avbröts), med platsen. Inget ändrades i databasen.'),
  })
  .meta({ id: 'ImportJob' });
export type ImportJobJson = z.infer<typeof ImportJobJson>;

export const ImportLogEntry = z
  .object({
    id: z.string(),
    importNo: z.number().int(),
    committeeId: z.string(),
    kind: z.string().describe('"sie", "table-actual", "table-budget" eller "demo" (fler kan tillkomma).'),
    fileName: z.string(),
    sha256: z.string(),
    importedAt: z.string(),
    user: z.string(),
    fiscalYear: z.string().nullable(),
    summary: z.unknown().describe('Importens sammanfattning, som när den gjordes.'),
    undoneAt: z.string().optional().describe('När importen ångrades (ISO-tid); saknas medan den gäller.'),
    undoneBy: z.string().optional().describe('Vem som ångrade importen.'),
    undoable: z
      .boolean()
      .optional()
      .describe('Sant för den import som kan ångras (nämndens senaste, gjord med ångra-journal, inte demodata).'),
  })
  .meta({ id: 'ImportLogEntry' });
export type ImportLogEntry = z.infer<typeof ImportLogEntry>;

/** GET /api/committees/:id/imports */
export const ImportLogJson = z.object({
  committee: z.string(),
  running: z.boolean().describe('Sant medan en import till nämnden laddas upp eller körs.'),
  imports: z.array(ImportLogEntry).describe('Nyast först.'),
});
export type ImportLogJson = z.infer<typeof ImportLogJson>;

/** POST /api/committees/:id/imports/:importId/undo */
export const UndoImportParams = z.object({
  id: CommitteeId,
  importId: z.string().min(1).max(100, { message: 'Ogiltigt id för import.' }).describe('Importens id i importloggen.'),
});

export const UndoneImport = z
  .object({
    committee: z.string(),
    importId: z.string(),
    importNo: z.number().int(),
    fileName: z.string(),
    undoneAt: z.string().describe('När importen ångrades (ISO-tid).'),
    undoneBy: z.string(),
  })
  .meta({ id: 'UndoneImport' });
export type UndoneImport = z.infer<typeof UndoneImport>;
