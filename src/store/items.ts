/** Committee-level items with their inputs (migration 0011), and the periods that have their own list. */
import { type ItemInputs, isItemKind } from '#core/committee-items.ts';
import type { CommitteeItem } from '#core/forecast.ts';
import type { Q } from './committees.ts';
import type { CommitteeItemTable } from './schema.ts';

export interface StoredItem extends CommitteeItem {
  updatedBy: string | null;
  updatedAt: string | null;
}

function inputsOf(r: CommitteeItemTable): ItemInputs | undefined {
  const kind = r.kind;
  if (kind === null || !isItemKind(kind)) return undefined;
  if (kind === 'po') return { kind, salaryBase: r.salary_base ?? 0, preliminaryRate: r.rate ?? 0, fixedRate: r.reference_rate ?? 0 };
  if (kind === 'salary-revision')
    return { kind, salaryBase: r.salary_base ?? 0, actualRise: r.rate ?? 0, compensatedRise: r.reference_rate ?? 0 };
  return { kind, amount: r.amount };
}

function columnsOf(inputs: ItemInputs | undefined) {
  if (!inputs) return { kind: null, salary_base: null, rate: null, reference_rate: null };
  if (inputs.kind === 'po')
    return { kind: inputs.kind, salary_base: inputs.salaryBase, rate: inputs.preliminaryRate, reference_rate: inputs.fixedRate };
  if (inputs.kind === 'salary-revision')
    return { kind: inputs.kind, salary_base: inputs.salaryBase, rate: inputs.actualRise, reference_rate: inputs.compensatedRise };
  return { kind: inputs.kind, salary_base: null, rate: null, reference_rate: null };
}

export async function loadPeriodItems(q: Q, committeeId: string, period: string): Promise<StoredItem[]> {
  const rows = await q
    .selectFrom('committee_items')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .orderBy('key')
    .execute();
  return rows.map((r) => {
    const inputs = inputsOf(r);
    return {
      key: r.key,
      label: r.label,
      amount: r.amount,
      includedInAreaId: r.included_in_area_id,
      group: r.group_key,
      ...(inputs ? { inputs } : {}),
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
    };
  });
}

export async function upsertItem(
  q: Q,
  committeeId: string,
  period: string,
  item: CommitteeItem,
  by: { user: string | null; at: string | null },
): Promise<void> {
  const values = {
    label: item.label,
    amount: item.amount,
    included_in_area_id: item.includedInAreaId,
    group_key: item.group,
    ...columnsOf(item.inputs),
    updated_by: by.user,
    updated_at: by.at,
  };
  await q
    .insertInto('committee_items')
    .values({ committee_id: committeeId, period, key: item.key, ...values })
    .onConflict((oc) => oc.columns(['committee_id', 'period', 'key']).doUpdateSet(values))
    .execute();
}

export async function deleteItem(q: Q, committeeId: string, period: string, key: string): Promise<boolean> {
  const r = await q
    .deleteFrom('committee_items')
    .where('committee_id', '=', committeeId)
    .where('period', '=', period)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The latest period, at or before `period` and not before `from`, that has its own list of items. */
export async function latestItemPeriod(q: Q, committeeId: string, from: string, period: string): Promise<string | null> {
  const row = await q
    .selectFrom('committee_item_periods')
    .select('period')
    .where('committee_id', '=', committeeId)
    .where('period', '>=', from)
    .where('period', '<=', period)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.period ?? null;
}

export async function markItemPeriod(q: Q, committeeId: string, period: string, copiedFrom: string | null): Promise<void> {
  await q
    .insertInto('committee_item_periods')
    .values({ committee_id: committeeId, period, copied_from: copiedFrom })
    .onConflict((oc) => oc.columns(['committee_id', 'period']).doNothing())
    .execute();
}
