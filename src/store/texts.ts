/**
 * Texts of a committee's periods with their versions, and their history (migration 0008). A save
 * is conditional on the version the writer saw: the UPDATE matches only that version (or, for a
 * text not yet saved, the INSERT does nothing when another save created it first), so of two
 * saves from one version exactly one wins, on SQLite and PostgreSQL alike, without locks held
 * between reading and saving.
 */
import { earliestCopySource, type TextKind } from '#core/texts.ts';
import type { Q } from './committees.ts';

/** One text: area '' is the committee's own. */
export interface TextKey {
  committeeId: string;
  period: string;
  areaId: string;
  kind: TextKind;
}

export interface SavedText {
  period: string;
  areaId: string;
  kind: TextKind;
  body: string;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

export interface TextChange {
  version: number;
  bodyBefore: string | null;
  bodyAfter: string;
  changedBy: string;
  changedAt: string;
}

const columns = ['period', 'area_id', 'kind', 'body', 'version', 'updated_by', 'updated_at'] as const;

function toSaved(r: {
  period: string;
  area_id: string;
  kind: string;
  body: string;
  version: number;
  updated_by: string;
  updated_at: string;
}): SavedText {
  return {
    period: r.period,
    areaId: r.area_id,
    kind: r.kind as TextKind,
    body: r.body,
    version: Number(r.version),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

/** The texts saved for the period itself. */
export async function loadOwnTexts(q: Q, committeeId: string, period: string): Promise<SavedText[]> {
  const rows = await q.selectFrom('texts').select(columns).where('committee_id', '=', committeeId).where('period', '=', period).execute();
  return rows.map(toSaved);
}

/**
 * Per area and kind, the text of the nearest earlier period within the copy window (core/texts.ts),
 * the one a period without its own text starts from.
 */
export async function loadEarlierTexts(q: Q, committeeId: string, period: string): Promise<SavedText[]> {
  const rows = await q
    .selectFrom('texts')
    .select(columns)
    .where('committee_id', '=', committeeId)
    .where('period', '<', period)
    .where('period', '>=', earliestCopySource(period))
    .orderBy('period', 'desc')
    .execute();
  const nearest = new Map<string, SavedText>();
  for (const r of rows) {
    const key = `${r.area_id}\u0000${r.kind}`;
    if (!nearest.has(key)) nearest.set(key, toSaved(r));
  }
  return [...nearest.values()];
}

const whereKey = (k: TextKey) => ({ committee_id: k.committeeId, period: k.period, area_id: k.areaId, kind: k.kind });

export async function findText(q: Q, k: TextKey): Promise<SavedText | null> {
  const row = await q
    .selectFrom('texts')
    .select(columns)
    .where('committee_id', '=', k.committeeId)
    .where('period', '=', k.period)
    .where('area_id', '=', k.areaId)
    .where('kind', '=', k.kind)
    .executeTakeFirst();
  return row ? toSaved(row) : null;
}

export interface TextWrite {
  body: string;
  user: string;
  at: string;
}

/**
 * Saves the text as the version after `expected` (0: the text has not been saved for the period).
 * Returns false, changing nothing, when the stored version is not `expected`.
 */
export async function saveTextVersion(q: Q, k: TextKey, expected: number, w: TextWrite): Promise<boolean> {
  if (expected === 0) {
    const r = await q
      .insertInto('texts')
      .values({ ...whereKey(k), body: w.body, version: 1, updated_by: w.user, updated_at: w.at })
      .onConflict((oc) => oc.columns(['committee_id', 'period', 'area_id', 'kind']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await q
    .updateTable('texts')
    .set({ body: w.body, version: expected + 1, updated_by: w.user, updated_at: w.at })
    .where('committee_id', '=', k.committeeId)
    .where('period', '=', k.period)
    .where('area_id', '=', k.areaId)
    .where('kind', '=', k.kind)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addTextChange(q: Q, k: TextKey, c: TextChange): Promise<void> {
  await q
    .insertInto('text_history')
    .values({
      ...whereKey(k),
      version: c.version,
      body_before: c.bodyBefore,
      body_after: c.bodyAfter,
      changed_by: c.changedBy,
      changed_at: c.changedAt,
    })
    .execute();
}

/** The text's changes, newest first. */
export async function loadTextHistory(q: Q, k: TextKey): Promise<TextChange[]> {
  const rows = await q
    .selectFrom('text_history')
    .select(['version', 'body_before', 'body_after', 'changed_by', 'changed_at'])
    .where('committee_id', '=', k.committeeId)
    .where('period', '=', k.period)
    .where('area_id', '=', k.areaId)
    .where('kind', '=', k.kind)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    bodyBefore: r.body_before,
    bodyAfter: r.body_after,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
  }));
}

export async function setMaterialityThreshold(q: Q, committeeId: string, threshold: number): Promise<boolean> {
  const r = await q.updateTable('committees').set({ materiality_threshold: threshold }).where('id', '=', committeeId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
