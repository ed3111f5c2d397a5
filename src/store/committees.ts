/** Committees, their areas, responsibility codes and accounts. */
import type { Kysely } from 'kysely';
import type { Area, CodeMap, Committee } from '#core/organisation.ts';
import type { Schema } from './schema.ts';

export type Q = Kysely<Schema>;

export async function findCommittee(q: Q, id: string): Promise<Committee | null> {
  const row = await q.selectFrom('committees').selectAll().where('id', '=', id).executeTakeFirst();
  return row
    ? { id: row.id, name: row.name, materialityThreshold: row.materiality_threshold, fiscalYearStartMonth: row.fiscal_year_start_month }
    : null;
}

export async function listCommitteeRows(q: Q): Promise<{ id: string; name: string; fiscalYearStartMonth: number }[]> {
  return q.selectFrom('committees').select(['id', 'name', 'fiscal_year_start_month as fiscalYearStartMonth']).orderBy('name').execute();
}

export async function saveCommittee(q: Q, c: Committee): Promise<void> {
  await q
    .insertInto('committees')
    .values({ id: c.id, name: c.name, materiality_threshold: c.materialityThreshold, fiscal_year_start_month: c.fiscalYearStartMonth })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet({ name: c.name, materiality_threshold: c.materialityThreshold, fiscal_year_start_month: c.fiscalYearStartMonth }),
    )
    .execute();
}

export async function listAreas(q: Q, committeeId: string): Promise<Area[]> {
  const rows = await q.selectFrom('areas').selectAll().where('committee_id', '=', committeeId).orderBy('sort_order').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, sortOrder: r.sort_order, shortName: r.short_name }));
}

/** Creates or updates areas; a short name left out (undefined) stays as it was. */
export async function saveAreas(q: Q, committeeId: string, areas: readonly Area[]): Promise<void> {
  for (const a of areas) {
    const update = { name: a.name, sort_order: a.sortOrder, ...(a.shortName !== undefined ? { short_name: a.shortName } : {}) };
    await q
      .insertInto('areas')
      .values({ committee_id: committeeId, id: a.id, name: a.name, sort_order: a.sortOrder, short_name: a.shortName ?? null })
      .onConflict((oc) => oc.columns(['committee_id', 'id']).doUpdateSet(update))
      .execute();
  }
}

/** Removes an area (the caller has checked that nothing refers to it). */
export async function deleteArea(q: Q, committeeId: string, areaId: string): Promise<void> {
  await q.deleteFrom('areas').where('committee_id', '=', committeeId).where('id', '=', areaId).execute();
}

export interface CodeRow {
  code: string;
  name: string;
  areaId: string | null;
}

/** Saves codes, 500 rows a statement; a code given twice keeps its last row. */
export async function saveCodes(q: Q, committeeId: string, codes: readonly CodeRow[]): Promise<void> {
  const rows = [...new Map(codes.map((c) => [c.code, c])).values()];
  for (let i = 0; i < rows.length; i += 500) {
    await q
      .insertInto('responsibility_codes')
      .values(rows.slice(i, i + 500).map((c) => ({ committee_id: committeeId, code: c.code, name: c.name, area_id: c.areaId })))
      .onConflict((oc) =>
        oc.columns(['committee_id', 'code']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), area_id: eb.ref('excluded.area_id') })),
      )
      .execute();
  }
}

export async function listCodes(q: Q, committeeId: string): Promise<CodeRow[]> {
  const rows = await q.selectFrom('responsibility_codes').selectAll().where('committee_id', '=', committeeId).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, areaId: r.area_id }));
}

export async function loadCodeMap(q: Q, committeeId: string): Promise<CodeMap> {
  const map = new Map<string, string>();
  for (const c of await listCodes(q, committeeId)) if (c.areaId) map.set(c.code, c.areaId);
  return map;
}

export interface AccountRow {
  id: string;
  name: string;
  type: string | null;
}

export async function saveAccounts(q: Q, committeeId: string, accounts: readonly AccountRow[]): Promise<void> {
  for (const a of accounts) {
    await q
      .insertInto('accounts')
      .values({ committee_id: committeeId, id: a.id, name: a.name, type: a.type })
      .onConflict((oc) => oc.columns(['committee_id', 'id']).doUpdateSet({ name: a.name, type: a.type }))
      .execute();
  }
}

export async function listAccounts(q: Q, committeeId: string): Promise<AccountRow[]> {
  return q.selectFrom('accounts').select(['id', 'name', 'type']).where('committee_id', '=', committeeId).orderBy('id').execute();
}

/** One account's name, or null when the chart of accounts does not have it. */
export async function accountName(q: Q, committeeId: string, account: string): Promise<string | null> {
  const row = await q
    .selectFrom('accounts')
    .select('name')
    .where('committee_id', '=', committeeId)
    .where('id', '=', account)
    .executeTakeFirst();
  return row?.name ?? null;
}
