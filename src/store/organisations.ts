/** The organisation (organisation number and name) a committee's ledger comes from. */
import type { Q } from './committees.ts';

export interface Organisation {
  /** #ORGNR as the file wrote it, or null. */
  orgNumber: string | null;
  /** #FNAMN, or null. */
  name: string | null;
}

export async function findOrganisation(q: Q, committeeId: string): Promise<Organisation | null> {
  const row = await q
    .selectFrom('committee_organisations')
    .select(['org_number', 'org_name'])
    .where('committee_id', '=', committeeId)
    .executeTakeFirst();
  return row ? { orgNumber: row.org_number, name: row.org_name } : null;
}

export async function saveOrganisation(q: Q, committeeId: string, org: Organisation): Promise<void> {
  const values = { org_number: org.orgNumber, org_name: org.name, recorded_at: new Date().toISOString() };
  await q
    .insertInto('committee_organisations')
    .values({ committee_id: committeeId, ...values })
    .onConflict((oc) => oc.column('committee_id').doUpdateSet(values))
    .execute();
}
