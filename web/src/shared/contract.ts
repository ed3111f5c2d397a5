/**
 * The API's shapes as the web app reads them: the types of the HTTP contract's zod schemas
 * (src/contract, type-only imports erased at build time), so the app and the API cannot drift
 * apart. Amounts are integer öre, year to date for the period.
 */
import type { ReportJson } from '#contract/index.ts';

export type {
  AccountDrill,
  AccountVouchers,
  AreaDrill,
  AreaForecastJson,
  CommitteeSummary,
  ErrorBody,
  FiscalYear,
  ForecastAccuracyJson,
  ForecastCell,
  ForecastList,
  ForecastSaved,
  GroupDrill,
  ImportJobJson,
  ImportKind,
  ImportLogEntry,
  ImportLogJson,
  MappedCode,
  MappingEntry,
  MappingJson,
  MappingSaved,
  ReportJson,
  SessionJson,
  SieImportSummary,
  TableImportSummary,
  UndoneImport,
} from '#contract/index.ts';
export type Ore = number;
/** The committee's total: result, budget, deviation, previous month's deviation, forecast. */
export type Figures = Omit<ReportJson['total'], 'committeeItems'>;
export type AreaFigures = ReportJson['areas'][number];
export type Investments = ReportJson['investments'];
