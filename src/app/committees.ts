/** Use cases: the committee list (with the fiscal years that have data) and a committee's import log. */
import type { CommitteeSummary, FiscalYear, ImportLogEntry } from '#contract/index.ts';
import { fiscalYearOf } from '#core/period.ts';
import { listPeriodsWithData } from '#store/amounts.ts';
import { findCommittee, listCommitteeRows, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { listImports } from '#store/imports.ts';
import { NotFoundError } from './errors.ts';

export type { CommitteeSummary };

export async function listCommittees(db: Db): Promise<CommitteeSummary[]> {
  return db.snapshot(async (q) => {
    const rows = await listCommitteeRows(q);
    return Promise.all(
      rows.map(async (r) => {
        const periods = await listPeriodsWithData(q, r.id);
        return {
          id: r.id,
          name: r.name,
          periods,
          fiscalYearStartMonth: r.fiscalYearStartMonth,
          fiscalYears: fiscalYearsOf(periods, r.fiscalYearStartMonth),
        };
      }),
    );
  });
}

/** The fiscal years the periods fall in, ascending, each once. */
export function fiscalYearsOf(periods: readonly string[], startMonth: number): FiscalYear[] {
  const years = new Map<string, FiscalYear>();
  for (const p of periods) {
    const fy = fiscalYearOf(p, startMonth);
    years.set(fy.start, fy);
  }
  return [...years.values()].sort((a, b) => a.start.localeCompare(b.start));
}

async function requireIn(q: Q, committeeId: string): Promise<void> {
  if (!(await findCommittee(q, committeeId))) throw new NotFoundError(`Nämnden "${committeeId}" finns inte.`);
}

/** Throws NotFoundError unless the committee exists. */
export async function requireCommittee(db: Db, committeeId: string): Promise<void> {
  await db.snapshot((q) => requireIn(q, committeeId));
}

/** The committee's import log, newest first. */
export async function readImportLog(db: Db, committeeId: string): Promise<ImportLogEntry[]> {
  return db.snapshot(async (q) => {
    await requireIn(q, committeeId);
    return listImports(q, committeeId);
  });
}
