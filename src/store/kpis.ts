/** Key figures (nyckeltal): definitions and values per area ('' = the committee) and month, in thousandths. */
import type { KpiDefinition } from '#core/kpis.ts';
import type { Q } from './committees.ts';

export interface KpiValueRow {
  kpiId: string;
  /** '' for the committee itself. */
  areaId: string;
  period: string;
  /** Thousandths. */
  value: number;
}

export async function listKpiDefinitions(q: Q, committeeId: string): Promise<(KpiDefinition & { sortOrder: number })[]> {
  const rows = await q
    .selectFrom('kpi_definitions')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, unit: r.unit, target: r.target, decimals: r.decimals, sortOrder: r.sort_order }));
}

export async function upsertKpiDefinition(
  q: Q,
  committeeId: string,
  d: KpiDefinition & { sortOrder: number },
  by: { user: string; at: string },
): Promise<void> {
  const values = {
    name: d.name,
    unit: d.unit,
    target: d.target,
    decimals: d.decimals,
    sort_order: d.sortOrder,
    updated_by: by.user,
    updated_at: by.at,
  };
  await q
    .insertInto('kpi_definitions')
    .values({ committee_id: committeeId, id: d.id, ...values })
    .onConflict((oc) => oc.columns(['committee_id', 'id']).doUpdateSet(values))
    .execute();
}

/** Values of the months from..to (inclusive), every key figure, or one. */
export async function loadKpiValues(q: Q, committeeId: string, from: string, to: string, kpiId?: string): Promise<KpiValueRow[]> {
  let query = q
    .selectFrom('kpi_values')
    .select(['kpi_id', 'area_id', 'period', 'value'])
    .where('committee_id', '=', committeeId)
    .where('period', '>=', from)
    .where('period', '<=', to);
  if (kpiId !== undefined) query = query.where('kpi_id', '=', kpiId);
  const rows = await query.orderBy('kpi_id').orderBy('area_id').orderBy('period').execute();
  return rows.map((r) => ({ kpiId: r.kpi_id, areaId: r.area_id, period: r.period, value: r.value }));
}

/** Sets values (null removes the value). */
export async function writeKpiValues(
  q: Q,
  committeeId: string,
  rows: readonly (Omit<KpiValueRow, 'value'> & { value: number | null })[],
  by: { user: string; at: string },
): Promise<void> {
  for (const r of rows) {
    const key = { committee_id: committeeId, kpi_id: r.kpiId, area_id: r.areaId, period: r.period };
    if (r.value === null) {
      await q
        .deleteFrom('kpi_values')
        .where('committee_id', '=', committeeId)
        .where('kpi_id', '=', r.kpiId)
        .where('area_id', '=', r.areaId)
        .where('period', '=', r.period)
        .execute();
      continue;
    }
    const values = { value: r.value, updated_by: by.user, updated_at: by.at };
    await q
      .insertInto('kpi_values')
      .values({ ...key, ...values })
      .onConflict((oc) => oc.columns(['committee_id', 'kpi_id', 'area_id', 'period']).doUpdateSet(values))
      .execute();
  }
}
