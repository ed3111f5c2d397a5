/**
 * What a demo committee is made of, as plain data: its areas with their budgets and designed
 * deviations and forecasts, its accounts, investments and texts. `ledger.ts` turns the numbers into
 * a ledger and a periodized budget, `load-committee.ts` enters the rest through the use cases.
 * Amounts in tkr (thousands of kronor) unless named otherwise.
 */
import type { AreaTexts, PeriodTexts } from './texts-shape.ts';

export interface DemoArea<Id extends string = string> {
  id: Id;
  name: string;
  /** Responsibility codes and their share of the area's amounts (shares sum to 1). */
  codes: readonly { code: string; name: string; share: number }[];
  /** Annual budget per account, tkr, ledger sign (cost positive, income negative); kommunbidrag is added. */
  budget: Readonly<Record<string, number>>;
  /** Year-to-date deviation January..April, tkr (positive = better than budget). */
  deviation: readonly [number, number, number, number];
  /** How April's deviation splits on accounts, tkr; the first account takes what the others leave. */
  split: Readonly<Record<string, number>>;
  /** Annual forecast (deviation at year end) given in January..April, tkr. */
  forecast: readonly [number, number, number, number];
}

export interface DemoAccount {
  id: string;
  name: string;
  /** SIE #KTYP: I income, K cost, T asset, S liability. */
  type: 'I' | 'K' | 'T' | 'S';
}

/** What `buildDemoLedger` needs of a committee. */
export interface DemoLedgerSpec {
  fiscalYear: string;
  /** The months with actuals, "YYYY-MM", from the fiscal year's first. */
  periods: readonly string[];
  areas: readonly DemoArea[];
  /** Accounts budgeted and never used: the deviation is the whole budget to date. */
  unusedAccounts: ReadonlySet<string>;
  /** Monthly weights of personnel costs (accounts 5x). */
  personnelProfile: readonly number[];
  /** The year's decisions on an area's kommunbidrag, which the ledger's original budget leaves out. */
  budgetDecisions: readonly { area: string | null; group: string | null; amountKr: number }[];
  /** Investment outcome, kr, on an asset account. */
  investmentOutcome: readonly { period: string; account: string; code: string; kr: number }[];
  /** A central pot periodized in the actual months so that the budgeted result to date is `budgetResultKr`. */
  pot?: { account: string; budgetResultKr: number };
  /** Seed of the öre-level noise. */
  seed: number;
}

/** What the SIE file and the area and mapping use cases need besides the ledger. */
export interface DemoLedgerFile {
  committee: { id: string; name: string };
  company: string;
  orgNumber: string;
  fileName: string;
  accounts: readonly DemoAccount[];
  /** Names section 3 uses for areas whose full names are long. */
  shortNames: Readonly<Record<string, string>>;
}

/** A committee's texts of one period (paragraphs separated by a blank line), its areas by id. */
export type DemoPeriodTexts = Omit<PeriodTexts, 'areas'> & { areas: Partial<Record<string, AreaTexts>> };

export interface DemoInvestmentProject {
  id: string;
  name: string;
  budgetTkr: number;
  accounts: string[];
}

/**
 * A demo committee loaded by `loadDemoCommittee` (src/app/demo/load-committee.ts), in
 * Socialnämnden's fiscal year and months.
 */
export interface DemoCommittee {
  areas: readonly DemoArea[];
  investmentOutcome: DemoLedgerSpec['investmentOutcome'];
  /** Seed of the ledger's öre-level noise. */
  seed: number;
  file: DemoLedgerFile;
  materialityThresholdTkr: number;
  investmentProjects: readonly DemoInvestmentProject[];
  texts: Readonly<Record<string, DemoPeriodTexts>>;
}
