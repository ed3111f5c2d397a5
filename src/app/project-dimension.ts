/**
 * Use cases: which SIE dimension holds a committee's investment projects, and what the ledger
 * says each project has spent. The dimension is read at import: after it is set (or changed), the
 * next import of the SIE file brings the projects (the same file is then not "unchanged"). It is
 * the committee's investment settings (actual source 'dimension'); none: projects by account.
 */
import { fiscalYearOf } from '#core/period.ts';
import { recordAudit } from '#store/audit.ts';
import { loadInvestmentSettings, projectDimensionOf, saveInvestmentSettings } from '#store/budget.ts';
import type { Db } from '#store/db.ts';
import { latestImport } from '#store/imports.ts';
import { loadProjectActuals, type ProjectActual } from '#store/projects.ts';
import { committeeIn } from './committees.ts';
import { InputError } from './errors.ts';

export interface ProjectDimensionSet {
  projectDimension: number | null;
  /** The latest import read the projects of this dimension: no new import is needed. */
  current: boolean;
}

export async function setProjectDimension(
  db: Db,
  committeeId: string,
  dimension: number | null,
  user = 'okänd',
  now = new Date(),
): Promise<ProjectDimensionSet> {
  if (dimension !== null && (!Number.isSafeInteger(dimension) || dimension < 1 || dimension > 999))
    throw new InputError(`"${dimension}" är ingen SIE-dimension: ange ett nummer 1–999 (t.ex. 6 för projekt)`, 'projectDimension');
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const latest = await latestImport(q, committeeId);
    const summary = (latest?.summary ?? {}) as { dimension?: number; projectDimension?: number | null };
    if (dimension !== null && latest?.kind === 'sie' && (summary.dimension ?? 1) === dimension)
      throw new InputError(`dimension ${dimension} läses redan som ansvar; välj projektens egen dimension`, 'projectDimension');
    const settings =
      dimension === null
        ? { actualSource: 'accounts' as const, dimension: null }
        : { actualSource: 'dimension' as const, dimension: String(dimension) };
    const before = await loadInvestmentSettings(q, committeeId);
    await saveInvestmentSettings(q, committeeId, settings, user, now.toISOString());
    if (before.actualSource !== settings.actualSource || before.dimension !== settings.dimension)
      await recordAudit(
        q,
        { user, committeeId, entity: 'investment', key: 'source', action: 'update', before, after: settings },
        now.toISOString(),
      );
    return { projectDimension: dimension, current: latest?.kind === 'sie' && (summary.projectDimension ?? null) === dimension };
  });
}

export async function readProjectDimension(db: Db, committeeId: string): Promise<number | null> {
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    return projectDimensionOf(q, committeeId);
  });
}

/** Per project and investment account, the actual of the fiscal year up to and including `period`. */
export async function projectActuals(db: Db, committeeId: string, period: string): Promise<ProjectActual[]> {
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
    return loadProjectActuals(q, committeeId, fy.start, period);
  });
}
