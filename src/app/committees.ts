import { listPeriodsWithData } from '../store/amounts.ts';
import { listCommitteeRows } from '../store/committees.ts';
import type { Db } from '../store/db.ts';

export interface CommitteeSummary {
  id: string;
  name: string;
  /** Periods with ledger data, ascending ("YYYY-MM"). */
  periods: string[];
}

export async function listCommittees(db: Db): Promise<CommitteeSummary[]> {
  return db.snapshot(async (q) => {
    const rows = await listCommitteeRows(q);
    return Promise.all(rows.map(async (r) => ({ id: r.id, name: r.name, periods: await listPeriodsWithData(q, r.id) })));
  });
}
