/**
 * Use cases: key figures (nyckeltal) of a committee: definitions (name, unit, target, decimals)
 * and values per area (or the committee) and month, typed in a grid, set one by one or imported
 * from a sheet (all or nothing: every row is checked before anything is written).
 */
import { checkDecimals, formatKpiValue, type KpiDefinition, KpiValueError, kpiNumber, parseKpiValue } from '#core/kpis.ts';
import type { Area, Committee } from '#core/organisation.ts';
import { addMonths, fiscalYearOf, isPeriod } from '#core/period.ts';
import { TableError } from '#ledger/table/index.ts';
import { readKpiSheet } from '#ledger/table/kpi-values.ts';
import type { ReportKpi } from '#report/model.ts';
import { recordAudit } from '#store/audit.ts';
import { listAreas, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { listKpiDefinitions, loadKpiValues, upsertKpiDefinition, writeKpiValues } from '#store/kpis.ts';
import { committeeIn } from './committees.ts';
import { InputError } from './errors.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMMITTEE_WORDS = ['', 'nämnden', 'hela nämnden', 'nämndnivå'];
/** At most this many values in one request or file. */
export const MAX_KPI_VALUES = 50_000;

export interface KpiDefinitionInput {
  id: string;
  name: string;
  unit?: string | null;
  /** Typed ("95,5") or a number; null or '' for no target. */
  target?: string | number | null;
  decimals: number;
}

export interface KpiValueInput {
  /** Key figure id or name. */
  kpi: string;
  /** Area id or name; null or '' = the committee. */
  area: string | null;
  period: string;
  /** Typed ("12,5") or a number; null or '' removes the value. */
  value: string | number | null;
}

export interface KpiValueView {
  kpi: string;
  /** null = the committee. */
  area: string | null;
  period: string;
  value: number;
  thousandths: number;
  text: string;
}

export interface KpiDefinitionView extends KpiDefinition {
  /** Target as JSON number (null when none) and as text. */
  targetValue: number | null;
  targetText: string | null;
}

export interface KpiTable {
  committee: { id: string; name: string };
  /** The months of the fiscal year up to the period. */
  months: string[];
  definitions: KpiDefinitionView[];
  areas: { id: string; name: string }[];
  values: KpiValueView[];
}

export const viewOfDefinition = (d: KpiDefinition): KpiDefinitionView => ({
  ...d,
  targetValue: d.target === null ? null : kpiNumber(d.target),
  targetText: d.target === null ? null : formatKpiValue(d.target, d.decimals),
});

function monthsUpTo(committee: Committee, period: string): string[] {
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  const months: string[] = [];
  for (let p = fy.start; p <= period; p = addMonths(p, 1)) months.push(p);
  return months;
}

/** Definitions and the values of the fiscal year up to `period` (one area's, or all). */
export async function loadKpiTable(q: Q, committee: Committee, period: string, areaId?: string): Promise<KpiTable> {
  const months = monthsUpTo(committee, period);
  const [defs, rows, areas] = await Promise.all([
    listKpiDefinitions(q, committee.id),
    loadKpiValues(q, committee.id, months[0] ?? period, period),
    listAreas(q, committee.id),
  ]);
  const decimals = new Map(defs.map((d) => [d.id, d.decimals]));
  return {
    committee: { id: committee.id, name: committee.name },
    months,
    definitions: defs.map(({ sortOrder: _, ...d }) => viewOfDefinition(d)),
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
    values: rows
      .filter((r) => areaId === undefined || r.areaId === areaId)
      .map((r) => ({
        kpi: r.kpiId,
        area: r.areaId === '' ? null : r.areaId,
        period: r.period,
        value: kpiNumber(r.value),
        thousandths: r.value,
        text: formatKpiValue(r.value, decimals.get(r.kpiId) ?? 3),
      })),
  };
}

export async function readKpis(db: Db, committeeId: string, period: string, area?: string): Promise<KpiTable> {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange ÅÅÅÅ-MM)`, 'period');
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    let areaId: string | undefined;
    if (area !== undefined) areaId = area === '' ? '' : findArea(await listAreas(q, committeeId), area, committee, 'area');
    return loadKpiTable(q, committee, period, areaId);
  });
}

const parsed = (input: string | number, decimals: number, field: string): number => {
  try {
    return parseKpiValue(input, decimals);
  } catch (e) {
    if (e instanceof KpiValueError) throw new InputError(e.message, field);
    throw e;
  }
};

export async function defineKpi(db: Db, committeeId: string, input: KpiDefinitionInput, user: string): Promise<KpiDefinitionView> {
  const id = input.id.trim();
  if (!ID_PATTERN.test(id) || id.length > 64)
    throw new InputError(`"${input.id}" duger inte som id: använd a–z, siffror och bindestreck, t.ex. "placeringar-hvb"`, 'id');
  const name = input.name.trim();
  if (name === '' || name.length > 200) throw new InputError('ska vara 1–200 tecken', 'name');
  const unit = (input.unit ?? '').trim();
  if (unit.length > 20) throw new InputError('får vara högst 20 tecken', 'unit');
  try {
    checkDecimals(input.decimals);
  } catch (e) {
    throw new InputError((e as Error).message, 'decimals');
  }
  const target =
    input.target === null || input.target === undefined || input.target === '' ? null : parsed(input.target, input.decimals, 'target');
  const definition: KpiDefinition = { id, name, unit, target, decimals: input.decimals };
  await db.write(async (q) => {
    await committeeIn(q, committeeId);
    const existing = await listKpiDefinitions(q, committeeId);
    const same = existing.find((d) => d.id === id);
    const sortOrder = same?.sortOrder ?? existing.reduce((m, d) => Math.max(m, d.sortOrder), 0) + 10;
    await upsertKpiDefinition(q, committeeId, { ...definition, sortOrder }, { user, at: new Date().toISOString() });
    const before = same ? { id: same.id, name: same.name, unit: same.unit, target: same.target, decimals: same.decimals } : null;
    if (JSON.stringify(before) !== JSON.stringify(definition))
      await recordAudit(q, { user, committeeId, entity: 'kpi', key: id, action: same ? 'update' : 'create', before, after: definition });
  });
  return viewOfDefinition(definition);
}

function findArea(areas: readonly Area[], wanted: string, committee: Committee, field: string): string {
  const w = wanted.trim();
  if (COMMITTEE_WORDS.includes(w.toLocaleLowerCase('sv'))) return '';
  const area = areas.find((a) => a.id === w) ?? areas.find((a) => a.name.toLocaleLowerCase('sv') === w.toLocaleLowerCase('sv'));
  if (!area) throw new InputError(`${committee.name} har inget område "${w}" (lämna tomt för hela nämnden)`, field);
  return area.id;
}

interface Resolved {
  kpiId: string;
  areaId: string;
  period: string;
  value: number | null;
}

/** Checks every entry against the committee's definitions and areas; `fail` names the place. */
async function resolve(
  q: Q,
  committee: Committee,
  entries: readonly KpiValueInput[],
  fail: (index: number, field: 'kpi' | 'area' | 'period' | 'value', message: string) => Error,
): Promise<Resolved[]> {
  const defs = await listKpiDefinitions(q, committee.id);
  const areas = await listAreas(q, committee.id);
  if (entries.length > MAX_KPI_VALUES) throw new InputError(`högst ${MAX_KPI_VALUES} värden åt gången`, 'values');
  return entries.map((e, i) => {
    const k = e.kpi.trim();
    const def = defs.find((d) => d.id === k) ?? defs.find((d) => d.name.toLocaleLowerCase('sv') === k.toLocaleLowerCase('sv'));
    if (!def) throw fail(i, 'kpi', `${committee.name} har inget nyckeltal "${k}" (definiera det först)`);
    let areaId: string;
    try {
      areaId = findArea(areas, e.area ?? '', committee, 'area');
    } catch (err) {
      throw err instanceof InputError ? fail(i, 'area', err.message.replace(/^area: /, '')) : err;
    }
    if (!isPeriod(e.period)) throw fail(i, 'period', `"${e.period}" är ingen period (ange ÅÅÅÅ-MM)`);
    let value: number | null = null;
    if (e.value !== null && e.value !== '') {
      try {
        value = parseKpiValue(e.value, def.decimals);
      } catch (err) {
        throw err instanceof KpiValueError ? fail(i, 'value', `${err.message} (${def.name})`) : err;
      }
    }
    return { kpiId: def.id, areaId, period: e.period, value };
  });
}

/** Sets (or with an empty value removes) values, all or nothing; errors name `values.N.field`. */
export async function setKpiValues(db: Db, committeeId: string, entries: readonly KpiValueInput[], user: string): Promise<number> {
  return db.write(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const rows = await resolve(q, committee, entries, (i, field, message) => new InputError(message, `values.${i}.${field}`));
    await writeValues(q, committeeId, rows, user);
    return rows.length;
  });
}

/** Writes the values and records each one that changes (value in thousandths, null for none). */
async function writeValues(q: Q, committeeId: string, rows: readonly Resolved[], user: string): Promise<void> {
  const at = new Date().toISOString();
  const periods = rows.map((r) => r.period).sort();
  const stored = new Map<string, number | null>();
  if (periods.length > 0)
    for (const v of await loadKpiValues(q, committeeId, periods[0] ?? '', periods.at(-1) ?? ''))
      stored.set(`${v.kpiId}\u0000${v.areaId}\u0000${v.period}`, v.value);
  await writeKpiValues(q, committeeId, rows, { user, at });
  for (const r of rows) {
    const key = `${r.kpiId}\u0000${r.areaId}\u0000${r.period}`;
    const before = stored.get(key) ?? null;
    stored.set(key, r.value);
    if (before === r.value) continue;
    const action = before === null ? 'create' : r.value === null ? 'delete' : 'update';
    const entry = {
      user,
      committeeId,
      areaId: r.areaId || null,
      period: r.period,
      entity: 'kpi',
      key: r.kpiId,
      action,
      before,
      after: r.value,
    };
    await recordAudit(q, entry, at);
  }
}

const COLUMN_OF = { kpi: 'kpi', area: 'area', period: 'period', value: 'value' } as const;

/** Imports a sheet of values (columns nyckeltal, område, period, värde): all or nothing. */
export async function importKpiValues(db: Db, committeeId: string, path: string, fileName: string, user: string): Promise<number> {
  const sheet = await readKpiSheet(path, fileName);
  return db.write(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const rows = await resolve(
      q,
      committee,
      sheet.rows,
      (i, field, message) =>
        new TableError(message, { file: fileName, row: sheet.rows[i]?.row ?? 0, column: sheet.headers[COLUMN_OF[field]] }),
    );
    await writeValues(q, committeeId, rows, user);
    return rows.length;
  });
}

/** The key figures the report carries: definitions and values of the fiscal year up to the period. */
export async function loadReportKpis(q: Q, committee: Committee, period: string): Promise<ReportKpi[]> {
  const table = await loadKpiTable(q, committee, period);
  return table.definitions.map((d) => ({
    id: d.id,
    name: d.name,
    unit: d.unit,
    target: d.target,
    decimals: d.decimals,
    values: table.values.filter((v) => v.kpi === d.id).map((v) => ({ area: v.area, period: v.period, value: v.thousandths })),
  }));
}
