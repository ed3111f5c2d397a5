/** Use cases: the committee list (with the fiscal years that have data) and a committee's import log. */
import type { CommitteeSummary, ImportLogEntry } from '#contract/index.ts';
import type { Committee } from '#core/organisation.ts';
import { groupByFiscalYear, isPeriod, periodLabel } from '#core/period.ts';
import { hasDataFor, listPeriodsWithData } from '#store/amounts.ts';
import { findCommittee, listCommitteeRows, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { listImports } from '#store/imports.ts';
import { hasJournal } from '#store/undo-restore.ts';
import { InputError, NotFoundError } from './errors.ts';

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
          fiscalYears: groupByFiscalYear(periods, r.fiscalYearStartMonth).map((g) => g.year),
        };
      }),
    );
  });
}

/** The committee, or a NotFoundError naming it. */
export async function committeeIn(q: Q, committeeId: string): Promise<Committee> {
  const committee = await findCommittee(q, committeeId);
  if (!committee) throw new NotFoundError(`Nämnden "${committeeId}" finns inte.`);
  return committee;
}

/**
 * The committee whose report or drill-down of `period` is asked for: the period is a month
 * (else InputError), the committee exists and has bookkeeping for it (else NotFoundError, saying so).
 */
export async function committeeForPeriod(q: Q, committeeId: string, period: string): Promise<Committee> {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange år och månad som ÅÅÅÅ-MM, t.ex. 2025-04)`, 'period');
  const committee = await committeeIn(q, committeeId);
  if (!(await hasDataFor(q, committee.id, period)))
    throw new NotFoundError(`${committee.name} har ingen bokföring för ${periodLabel(period)}.`);
  return committee;
}

/** Throws NotFoundError unless the committee exists. */
export async function requireCommittee(db: Db, committeeId: string): Promise<void> {
  await db.snapshot((q) => committeeIn(q, committeeId));
}

/** The committee's import log, newest first; the latest says whether it can be undone (undo-import.ts). */
export async function readImportLog(db: Db, committeeId: string): Promise<ImportLogEntry[]> {
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    const entries: ImportLogEntry[] = await listImports(q, committeeId);
    const [latest] = entries;
    if (latest) latest.undoable = !latest.undoneAt && latest.kind !== 'demo' && (await hasJournal(q, latest.importNo));
    return entries;
  });
}
