/**
 * Undo from the journal (undo-journal.ts): what an import removed or overwrote goes back, what it
 * added goes, each by one INSERT … SELECT or DELETE in the database.
 */
import type { Selectable } from 'kysely';
import type { AmountKind } from './amounts.ts';
import type { Q } from './committees.ts';
import type { Schema } from './schema.ts';
import { AMOUNT_TABLE, type AmountScope, dropJournal, POSTING_COLUMNS, scopeConditions, text, VOUCHER_COLUMNS } from './undo-journal.ts';

/** Whether import `importNo` has a journal (it is its committee's latest and was made with one). */
export async function hasJournal(q: Q, importNo: number): Promise<boolean> {
  const row = await q.selectFrom('import_undo_journals').select('import_no').where('import_no', '=', importNo).executeTakeFirst();
  return row !== undefined;
}

/**
 * Undoes import `importNo` of a committee from its journal: its amounts' scopes get back what they
 * held, its own vouchers go and those it removed return, the chart of accounts and fiscal years are
 * as before, codes and areas it added go (an added area stays while a code has been mapped to it
 * since), an existing committee's row is as before. Then the journal is dropped. Call inside a
 * transaction that holds the import lock; returns false when the import has no journal.
 */
export async function restoreJournal(q: Q, committeeId: string, importNo: number): Promise<boolean> {
  const journal = await q.selectFrom('import_undo_journals').selectAll().where('import_no', '=', importNo).executeTakeFirst();
  if (!journal || journal.committee_id !== committeeId) return false;
  await restoreAmounts(q, committeeId, importNo);

  await q.deleteFrom('ledger_postings').where('import_no', '=', importNo).execute();
  await q.deleteFrom('vouchers').where('import_no', '=', importNo).execute();
  await q
    .insertInto('vouchers')
    .columns([...VOUCHER_COLUMNS])
    .expression(
      q
        .selectFrom('import_undo_vouchers')
        .select([...VOUCHER_COLUMNS])
        .where('removed_by', '=', importNo),
    )
    .execute();
  await q
    .insertInto('ledger_postings')
    .columns([...POSTING_COLUMNS])
    .expression(
      q
        .selectFrom('import_undo_postings')
        .select([...POSTING_COLUMNS])
        .where('removed_by', '=', importNo),
    )
    .execute();

  const c = text(committeeId).as('committee_id');
  await q.deleteFrom('accounts').where('committee_id', '=', committeeId).execute();
  await q
    .insertInto('accounts')
    .columns(['committee_id', 'id', 'name', 'type'])
    .expression(q.selectFrom('import_undo_accounts').select([c, 'id', 'name', 'type']).where('import_no', '=', importNo))
    .execute();
  await q.deleteFrom('fiscal_years').where('committee_id', '=', committeeId).execute();
  await q
    .insertInto('fiscal_years')
    .columns(['committee_id', 'start_date', 'end_date'])
    .expression(q.selectFrom('import_undo_fiscal_years').select([c, 'start_date', 'end_date']).where('import_no', '=', importNo))
    .execute();
  await q
    .deleteFrom('responsibility_codes')
    .where('committee_id', '=', committeeId)
    .where('code', 'not in', q.selectFrom('import_undo_codes').select('code').where('import_no', '=', importNo))
    .execute();
  await q
    .deleteFrom('areas')
    .where('committee_id', '=', committeeId)
    .where('id', 'not in', q.selectFrom('import_undo_areas').select('id').where('import_no', '=', importNo))
    .where((e) =>
      e.not(
        e.exists(
          e
            .selectFrom('responsibility_codes as r')
            .select('r.code')
            .where('r.committee_id', '=', committeeId)
            .whereRef('r.area_id', '=', 'areas.id'),
        ),
      ),
    )
    .execute();
  if (journal.committee_row !== null) {
    // Only what an import writes (a materiality threshold set since is a person's and stays).
    const row = JSON.parse(journal.committee_row) as Selectable<Schema['committees']>;
    await q
      .updateTable('committees')
      .set({ name: row.name, fiscal_year_start_month: row.fiscal_year_start_month })
      .where('id', '=', committeeId)
      .execute();
  }
  // The organisation as it was (none for a committee the import created: it stays empty).
  await q.deleteFrom('committee_organisations').where('committee_id', '=', committeeId).execute();
  if (journal.organisation_row !== null) {
    await q
      .insertInto('committee_organisations')
      .values(JSON.parse(journal.organisation_row) as Schema['committee_organisations'])
      .execute();
  }
  await dropJournal(q, committeeId);
  return true;
}

/** Empties every scope the import journalled and puts back what the scopes held before. */
async function restoreAmounts(q: Q, committeeId: string, importNo: number): Promise<void> {
  const scopes = await q.selectFrom('import_undo_scopes').selectAll().where('import_no', '=', importNo).orderBy('scope_no').execute();
  const grouped = new Map<string, { kind: AmountKind; scope: AmountScope; all: boolean; codes: string[] }>();
  for (const s of scopes) {
    const kind = s.kind as AmountKind;
    const key = `${kind}\u0000${s.period_from}\u0000${s.period_to}`;
    const g = grouped.get(key) ?? { kind, scope: { from: s.period_from, to: s.period_to }, all: false, codes: [] };
    grouped.set(key, g);
    if (s.code === null) g.all = true;
    else g.codes.push(s.code);
  }
  for (const g of grouped.values()) {
    const scope = g.all ? g.scope : { ...g.scope, codes: g.codes };
    for (const inScope of scopeConditions(committeeId, scope)) await q.deleteFrom(AMOUNT_TABLE[g.kind]).where(inScope).execute();
  }
  for (const kind of ['actual', 'budget'] as const) {
    await q
      .insertInto(AMOUNT_TABLE[kind])
      .columns(['committee_id', 'period', 'account', 'code', 'amount'])
      .expression(
        q
          .selectFrom('import_undo_amounts')
          .select(['committee_id', 'period', 'account', 'code', 'amount'])
          .where('import_no', '=', importNo)
          .where('kind', '=', kind),
      )
      .execute();
  }
}
