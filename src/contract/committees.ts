/** Committees (nämnder), their ids, periods and fiscal years. */
import { z } from 'zod';
import { MAX_COMMITTEE_ID, SLUG_PATTERN } from '#core/organisation.ts';
import { PERIOD_PATTERN } from '#core/period.ts';

/** A committee id: a slug of at most 64 characters. */
export const CommitteeId = z
  .string()
  .max(MAX_COMMITTEE_ID, { message: `Ogiltigt id för nämnd: högst ${MAX_COMMITTEE_ID} tecken.` })
  .regex(SLUG_PATTERN, {
    message: 'Ogiltigt id för nämnd: använd små bokstäver a–z, siffror och bindestreck (t.ex. "socialnamnden").',
  })
  .describe('Nämndens id, t.ex. "socialnamnden".');

export const PERIOD_MESSAGE = 'Ogiltig period: ange år och månad som ÅÅÅÅ-MM, med månad 01–12 (t.ex. "2025-04").';

/** A month, "YYYY-MM". */
export const Period = z.string().regex(PERIOD_PATTERN, { message: PERIOD_MESSAGE }).describe('Månad som ÅÅÅÅ-MM.');

export const CommitteeParams = z.object({ id: CommitteeId });
export type CommitteeParams = z.infer<typeof CommitteeParams>;

/** A fiscal year by its first and last month. */
export const FiscalYear = z
  .object({
    start: Period.describe('Räkenskapsårets första månad, ÅÅÅÅ-MM.'),
    end: Period.describe('Räkenskapsårets sista månad, ÅÅÅÅ-MM.'),
  })
  .meta({ id: 'FiscalYear', description: 'Ett räkenskapsår: första och sista månaden.' });
export type FiscalYear = z.infer<typeof FiscalYear>;

export const CommitteeSummary = z
  .object({
    id: z.string().describe('Nämndens id.'),
    name: z.string().describe('Nämndens namn.'),
    periods: z.array(z.string()).describe('Perioder med bokföring, stigande (ÅÅÅÅ-MM).'),
    fiscalYearStartMonth: z.number().int().min(1).max(12).describe('Räkenskapsårets första kalendermånad (1 = januari).'),
    fiscalYears: z.array(FiscalYear).describe('Räkenskapsåren som har bokföring, stigande.'),
  })
  .meta({ id: 'CommitteeSummary' });
export type CommitteeSummary = z.infer<typeof CommitteeSummary>;

/** GET /api/committees */
export const CommitteeList = z.array(CommitteeSummary).describe('Alla nämnder, i namnordning.');
export type CommitteeList = z.infer<typeof CommitteeList>;
