/**
 * From an area's deviation down to the postings, year to date for a period. Area figures are
 * results (income positive, costs negative); postings carry the ledger's sign (debit positive).
 */
import { z } from 'zod';
import { LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { CommitteeId, FiscalYear, Period } from './committees.ts';

export const DEFAULT_POSTINGS_LIMIT = 500;
export const MAX_POSTINGS_LIMIT = 10_000;

// Area ids and accounts are what the ledger holds (LEDGER_ID_PATTERN): only control characters
// and lengths are refused.
const area = z
  .string()
  .min(1, { message: 'Ange området.' })
  .max(200, { message: 'Ogiltigt område: högst 200 tecken.' })
  .regex(LEDGER_ID_PATTERN, { message: 'Ogiltigt område: id:t innehåller styrtecken.' })
  .describe('Områdets id ("ej-fordelat" för koder utan område).');

export const AreaDrillParams = z.object({ id: CommitteeId, period: Period, area });

export const AccountDrillParams = AreaDrillParams.extend({
  account: z
    .string()
    .min(1, { message: 'Ange kontot.' })
    .max(100, { message: 'Ogiltigt konto: högst 100 tecken.' })
    .regex(LEDGER_ID_PATTERN, { message: 'Ogiltigt konto: kontot innehåller styrtecken.' }),
});

const LIMIT_MESSAGE = `Ogiltig gräns: ange ett heltal 1–${MAX_POSTINGS_LIMIT}.`;

export const AccountDrillQuery = z.object({
  limit: z
    .string()
    .regex(/^\d{1,6}$/, { message: LIMIT_MESSAGE })
    .transform(Number)
    .pipe(z.number().min(1, { message: LIMIT_MESSAGE }).max(MAX_POSTINGS_LIMIT, { message: LIMIT_MESSAGE }))
    .optional()
    .describe(`Högst så många konteringar (1–${MAX_POSTINGS_LIMIT}, standard ${DEFAULT_POSTINGS_LIMIT}).`),
});

const amounts = {
  actualResult: z.number().int().describe('Utfall som resultat (öre)'),
  budgetResult: z.number().int().describe('Budget som resultat (öre)'),
  deviation: z.number().int().describe('Avvikelse (öre)'),
};

export const AccountDrill = z.object({ account: z.string(), name: z.string(), ...amounts });
export type AccountDrill = z.infer<typeof AccountDrill>;

export const GroupDrill = z.object({ group: z.string(), name: z.string(), accounts: z.array(AccountDrill), ...amounts });
export type GroupDrill = z.infer<typeof GroupDrill>;

/** GET /api/committees/:id/drilldown/:period/:area */
export const AreaDrill = z
  .object({
    committee: z.string(),
    period: z.string(),
    fiscalYear: FiscalYear.describe('Räkenskapsåret som perioden hör till: siffrorna är ackumulerade från dess första månad.'),
    area: z.object({ id: z.string(), name: z.string() }),
    codes: z.array(z.string()).describe('Ansvarskoderna som området har bokföring på.'),
    groups: z.array(GroupDrill),
    ...amounts,
  })
  .meta({ id: 'AreaDrill' });
export type AreaDrill = z.infer<typeof AreaDrill>;

export const VoucherLine = z.object({
  date: z.string().describe('Verifikationsdatum, ÅÅÅÅ-MM-DD.'),
  series: z.string(),
  number: z.string(),
  text: z.string(),
  account: z.string(),
  code: z.string(),
  amount: z.number().int().describe('Belopp i öre, debet positivt.'),
});
export type VoucherLine = z.infer<typeof VoucherLine>;

/** GET /api/committees/:id/drilldown/:period/:area/:account */
export const AccountVouchers = z
  .object({
    committee: z.string(),
    period: z.string(),
    fiscalYear: FiscalYear.describe('Räkenskapsåret som perioden hör till: konteringarna är från dess första månad.'),
    area: z.object({ id: z.string(), name: z.string() }),
    account: z.string(),
    accountName: z.string(),
    total: z.number().int().describe('Summan av de listade konteringarna (öre, debet positivt).'),
    complete: z.boolean().describe('Falskt när listan kapades vid gränsen.'),
    vouchers: z.array(VoucherLine).describe('Nyast först.'),
  })
  .meta({ id: 'AccountVouchers' });
export type AccountVouchers = z.infer<typeof AccountVouchers>;
