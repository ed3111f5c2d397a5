/**
 * The API's shapes as the web app reads them: type-only imports of the server's own definitions
 * (erased at build time), so the app and the JSON contract cannot drift apart.
 * Amounts are integer öre, year to date for the period.
 */
import type { CommitteeSummary } from '../../../src/app/committees.ts';
import type { ReportJson } from '../../../src/report/json.ts';

export type { CommitteeSummary, ReportJson };
export type Ore = number;
/** The committee's total: result, budget, deviation, previous month's deviation, forecast. */
export type Figures = ReportJson['total'];
export type AreaFigures = ReportJson['areas'][number];
export type Investments = ReportJson['investments'];
