/**
 * INTERIM (issue 6): the fiscal-year fields the API contract gains on branch `api`, declared here
 * until web/src/shared/contract.ts re-exports them from src/contract. Then delete this file and
 * let api.ts name CommitteeSummary and ReportJson instead; the code that reads the fields stays.
 *
 * `GET /api/committees` items: `fiscalYearStartMonth` (1–12) and `fiscalYears` (those with data,
 * ascending). Report JSON: `fiscalYear`, the fiscal year of the report's period.
 * Until the server sends them, `fiscalYearStartMonth` arrives undefined and core's period
 * functions take their default, January (the app reads nothing else of them).
 */
import type { FiscalYear } from '../../../src/core/period.ts';
import type { CommitteeSummary, ReportJson } from './contract.ts';

export interface FiscalYearInfo {
  fiscalYearStartMonth: number;
  fiscalYears: FiscalYear[];
}

export type CommitteeWithFiscalYear = CommitteeSummary & FiscalYearInfo;
export type ReportWithFiscalYear = ReportJson & { fiscalYear: FiscalYear };
