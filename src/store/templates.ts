/**
 * A committee's report template row (migrations/report-templates.ts): the template as JSON, the
 * logo in its own columns, and the version every change moves on by one. Writes are conditional
 * on the version the writer started from; a row that moved meanwhile writes nothing.
 */
import type { Q } from './committees.ts';

export interface StoredLogo {
  mediaType: string;
  base64: string;
  alt: string;
}

export interface StoredTemplate {
  /** The template's JSON as saved (sections, cover text, charts, kpis); null: the default. */
  json: string | null;
  logo: StoredLogo | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
}

export async function findTemplate(q: Q, committeeId: string): Promise<StoredTemplate | null> {
  const row = await q.selectFrom('report_templates').selectAll().where('committee_id', '=', committeeId).executeTakeFirst();
  if (!row) return null;
  const logo =
    row.logo_media_type && row.logo_base64 !== null
      ? { mediaType: row.logo_media_type, base64: row.logo_base64, alt: row.logo_alt ?? '' }
      : null;
  return { json: row.template_json, logo, version: Number(row.version), updatedBy: row.updated_by, updatedAt: row.updated_at };
}

/** What a change writes: the template JSON and/or the logo (undefined: left as it is). */
export interface TemplateChange {
  json?: string | null;
  logo?: StoredLogo | null;
  user: string;
  at: string;
}

/**
 * Writes the change as version `expected + 1`, if the stored version is `expected` (0: no row).
 * False when another writer came first (nothing written).
 */
export async function writeTemplate(q: Q, committeeId: string, expected: number, change: TemplateChange): Promise<boolean> {
  const columns = {
    ...(change.json !== undefined ? { template_json: change.json } : {}),
    ...(change.logo !== undefined
      ? {
          logo_media_type: change.logo?.mediaType ?? null,
          logo_base64: change.logo?.base64 ?? null,
          logo_alt: change.logo?.alt ?? null,
        }
      : {}),
    version: expected + 1,
    updated_by: change.user,
    updated_at: change.at,
  };
  if (expected === 0) {
    const result = await q
      .insertInto('report_templates')
      .values({ committee_id: committeeId, template_json: null, logo_media_type: null, logo_base64: null, logo_alt: null, ...columns })
      .onConflict((oc) => oc.column('committee_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await q
    .updateTable('report_templates')
    .set(columns)
    .where('committee_id', '=', committeeId)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
