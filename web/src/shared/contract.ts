/**
 * The API's shapes as the web app reads them: type-only imports of the server's own definitions
 * (erased at build time), so the app and the JSON contract cannot drift apart.
 * Amounts are integer öre, year to date for the period.
 */
import type { CommitteeSummary } from '../../../src/app/committees.ts';
import type { AccountDrill, AccountVouchers, AreaDrill, GroupDrill } from '../../../src/app/drilldown.ts';
import type { SieImportSummary } from '../../../src/app/import-sie.ts';
import type { TableImportSummary } from '../../../src/app/import-table.ts';
import type { MappedCode, MappingEntry } from '../../../src/app/mapping.ts';
import type { ReportJson } from '../../../src/report/json.ts';
import type { ErrorBody } from '../../../src/server/errors.ts';
import type { ImportJobJson, ImportKind } from '../../../src/server/imports/jobs.ts';
import type { ImportLogJson } from '../../../src/server/imports/routes.ts';
import type { MappingJson, MappingSaved } from '../../../src/server/mapping/routes.ts';
import type { ImportLogEntry } from '../../../src/store/imports.ts';

export type {
  AccountDrill,
  AccountVouchers,
  AreaDrill,
  CommitteeSummary,
  ErrorBody,
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
  SieImportSummary,
  TableImportSummary,
};
export type Ore = number;
/** The committee's total: result, budget, deviation, previous month's deviation, forecast. */
export type Figures = ReportJson['total'];
export type AreaFigures = ReportJson['areas'][number];
export type Investments = ReportJson['investments'];
