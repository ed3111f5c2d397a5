/**
 * The tables of a committee's workbook, from the report document (pure: no exceljs here).
 * - Områden: one row per area, the committee's total below (doc.total, not a sum of cells).
 * - Månader: long ("tidy"): one row per area and month (Månad, Område, Utfall, Budget,
 *   Avvikelse), so one autofilter and one pivot table (rows Område, columns Månad) give any
 *   view; the committee's months follow as "Hela nämnden" rows below the filtered range, so a
 *   pivot or a sum of the filtered rows never counts them twice.
 * - Prognoser: wide, one row per area and a column per month: the year forecast given in each
 *   month reads across, as in the printed report's table.
 * - Nyckeltal: one row per key figure and area, a column per month.
 * Months are text "2025-04" (the app's period): they sort as text, filter as a plain list, and
 * survive a CSV export unchanged, where dates would turn into locale-dependent day numbers.
 */
import { THOUSANDTHS } from '#core/kpis.ts';
import { UNALLOCATED_AREA } from '#core/organisation.ts';
import { yearToDate } from '#core/period.ts';
import type { ReportDocument, ReportKpi } from '../model.ts';
import { decimalFormat, kronor, kronorOrEmpty } from './cells.ts';
import { type CellValue, numberColumn, RESULT_COLUMNS, type SheetRow, type SheetTable, signedColumn, textColumn } from './sheet.ts';

export const COMMITTEE_ROW = 'Hela nämnden';

/** The months of the fiscal year up to the report's period. */
export function reportMonths(doc: ReportDocument): string[] {
  const startMonth = Number(doc.fiscalYearMonths.start.slice(5, 7)) || 1;
  return yearToDate(doc.period, startMonth);
}

function areaName(doc: ReportDocument, areaId: string | null): string {
  if (areaId === null || areaId === '') return COMMITTEE_ROW;
  return doc.areas.find((a) => a.id === areaId)?.name ?? (areaId === UNALLOCATED_AREA.id ? UNALLOCATED_AREA.name : areaId);
}

export function areasTable(doc: ReportDocument, caption: string): SheetTable {
  const previous = doc.previousPeriod ? `Avvikelse ${doc.previousPeriod}` : 'Avvikelse föregående månad';
  const t = doc.total;
  return {
    name: 'Områden',
    caption,
    columns: [
      textColumn('Område'),
      ...RESULT_COLUMNS,
      signedColumn(previous),
      signedColumn('Årsprognos (avvikelse)'),
      textColumn('Väsentlig'),
    ],
    rows: doc.areas.map((a) => ({
      cells: [
        a.name,
        kronor(a.actualResult),
        kronor(a.budgetResult),
        kronor(a.deviation),
        kronorOrEmpty(a.previousDeviation),
        kronorOrEmpty(a.forecastDeviation),
        a.material ? 'Ja' : 'Nej',
      ],
    })),
    totals: [
      {
        cells: [
          COMMITTEE_ROW,
          kronor(t.actualResult),
          kronor(t.budgetResult),
          kronor(t.deviation),
          kronorOrEmpty(t.previousDeviation),
          kronorOrEmpty(t.forecastDeviation),
          null,
        ],
      },
    ],
  };
}

export function monthsTable(doc: ReportDocument, caption: string): SheetTable {
  const rowsOf = (areaId: string): SheetRow[] => {
    const name = areaName(doc, areaId);
    const series = doc.monthly.find((m) => m.areaId === areaId);
    return (series?.months ?? []).map((m) => ({
      cells: [m.period, name, kronor(m.actualResult), kronor(m.budgetResult), kronor(m.actualResult - m.budgetResult)],
    }));
  };
  return {
    name: 'Månader',
    caption,
    frozenColumns: 2,
    columns: [textColumn('Månad'), textColumn('Område'), ...RESULT_COLUMNS],
    rows: doc.monthly.filter((m) => m.areaId !== '').flatMap((m) => rowsOf(m.areaId)),
    totals: rowsOf(''),
  };
}

export function forecastsTable(doc: ReportDocument, caption: string): SheetTable {
  const months = reportMonths(doc);
  const areaRows = doc.areas.map((a) => {
    const given = new Map(a.forecastHistory.map((f) => [f.period, f.deviation]));
    if (a.forecastDeviation !== null) given.set(doc.period, a.forecastDeviation);
    return { cells: [a.name, ...months.map((p) => kronorOrEmpty(given.get(p) ?? null))] };
  });
  // Committee-level items that add to the total (PO-påslag, löneöversyn): this month only.
  const current = (amount: number | null): CellValue[] => months.map((p) => (p === doc.period ? kronorOrEmpty(amount) : null));
  const itemRows = doc.committeeItems.filter((i) => i.includedInAreaId === null).map((i) => ({ cells: [i.label, ...current(i.amount)] }));
  return {
    name: 'Prognoser',
    caption,
    columns: [textColumn('Område eller nämndgemensam post'), ...months.map(signedColumn)],
    rows: [...areaRows, ...itemRows],
    totals: [{ cells: [COMMITTEE_ROW, ...current(doc.total.forecastDeviation)] }],
  };
}

export function kpisTable(doc: ReportDocument, caption: string): SheetTable {
  const months = reportMonths(doc);
  const rows = doc.kpis.flatMap((k) => kpiRows(doc, k, months));
  return {
    name: 'Nyckeltal',
    caption,
    columns: [textColumn('Nyckeltal'), textColumn('Enhet'), numberColumn('Mål'), textColumn('Område'), ...months.map(numberColumn)],
    rows,
  };
}

/** One row per area with values (the committee's own first), one for the committee when there are none. */
function kpiRows(doc: ReportDocument, kpi: ReportKpi, months: string[]): SheetRow[] {
  const value = (thousandths: number) => thousandths / THOUSANDTHS;
  const format = decimalFormat(kpi.decimals);
  const order = [null, ...doc.areas.map((a) => a.id)];
  const holders = [...new Set(kpi.values.map((v) => v.area))].sort((a, b) => rank(order, a) - rank(order, b));
  return (holders.length ? holders : [null]).map((area) => {
    const byPeriod = new Map(kpi.values.filter((v) => v.area === area).map((v) => [v.period, v.value]));
    const values = months.map((p) => {
      const v = byPeriod.get(p);
      return v === undefined ? null : value(v);
    });
    return {
      cells: [kpi.name, kpi.unit, kpi.target === null ? null : value(kpi.target), areaName(doc, area), ...values],
      formats: [undefined, undefined, format, undefined, ...months.map(() => format)],
    };
  });
}

function rank(order: (string | null)[], area: string | null): number {
  const i = order.indexOf(area);
  return i < 0 ? order.length : i;
}
