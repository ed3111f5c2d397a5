/**
 * Use case: the roll-up to kommunstyrelsen for a period. Each committee's figures are its report
 * as delivered (readDeliverable: the latest published version, else the draft), for the committees
 * the person may see: with the working report's rights (controller, area manager, admin) the
 * deliverable; with only published versions' (reader) the published version, or the committee
 * listed as having none. Committees the person has no role in are left out. A committee without
 * ledger for the period is listed with a note, not refused.
 */
import { isPeriod, periodLabel } from '#core/period.ts';
import { mayInCommittee, type RoleHolder } from '#core/roles.ts';
import type { ReportDocument } from '#report/model.ts';
import { buildRollupDocument, type RollupSource } from '#report/rollup-build.ts';
import type { RollupDocument } from '#report/rollup-model.ts';
import { listCommitteeRows } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { latestVersionNumber } from '#store/versions.ts';
import { readDeliverable } from './deliverable.ts';
import { InputError, NotFoundError } from './errors.ts';

export interface RollupRequest {
  /** Who asks; null: someone who sees every committee (the local CLI). */
  viewer: RoleHolder | null;
  /** Only these committees (ids); absent: every committee the viewer may see. */
  committees?: readonly string[];
  /** Reads a committee's deliverable (default readDeliverable; the server passes its cached one). */
  deliverable?: (committeeId: string, period: string) => Promise<ReportDocument>;
}

/** What a viewer sees of a committee in the roll-up: its deliverable, its published version only, or nothing. */
export type RollupAccess = 'deliverable' | 'published' | null;

export function rollupAccess(viewer: RoleHolder | null, committeeId: string): RollupAccess {
  if (!viewer || mayInCommittee(viewer, committeeId, 'read')) return 'deliverable';
  return mayInCommittee(viewer, committeeId, 'published') ? 'published' : null;
}

export async function buildRollup(db: Db, period: string, request: RollupRequest): Promise<RollupDocument> {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange år och månad som ÅÅÅÅ-MM, t.ex. 2025-04)`, 'period');
  const rows = await db.snapshot(listCommitteeRows);
  const wanted = request.committees;
  if (wanted) {
    const unknown = wanted.filter((id) => !rows.some((r) => r.id === id));
    if (unknown.length > 0) throw new NotFoundError(`Nämnden ${unknown.join(', ')} finns inte.`);
  }
  const read = request.deliverable ?? ((id: string, p: string) => readDeliverable(db, id, p));
  const chosen = rows.filter((r) => !wanted || wanted.includes(r.id));
  const sources = await Promise.all(
    chosen.map(async (r): Promise<RollupSource | null> => {
      const access = rollupAccess(request.viewer, r.id);
      if (!access) return null;
      const note = (text: string): RollupSource => ({ kind: 'note', id: r.id, name: r.name, note: text });
      const unpublished = note(`Ingen publicerad version för ${periodLabel(period)}.`);
      if (access === 'published' && (await db.snapshot((q) => latestVersionNumber(q, r.id, period))) === 0) return unpublished;
      try {
        const doc = await read(r.id, period);
        // A version published before documents were frozen is delivered as the draft: not for a reader.
        if (access === 'published' && doc.cover.status.kind !== 'published') return unpublished;
        return { kind: 'report', doc };
      } catch (e) {
        if (e instanceof NotFoundError) return note(e.message);
        throw e;
      }
    }),
  );
  return buildRollupDocument(
    period,
    sources.filter((s): s is RollupSource => s !== null),
  );
}

/** The roll-up as someone who sees every committee reads it (the local CLI, the benchmark). */
export function readRollup(db: Db, period: string, request: RollupRequest = { viewer: null }): Promise<RollupDocument> {
  return buildRollup(db, period, request);
}
