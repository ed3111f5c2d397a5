/**
 * Migration 0008 on a database of 0007 with texts in it (SQLite and PostgreSQL): each text becomes
 * version 1 saved by nobody named, with an empty history, and the next save from version 1 works.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, Migrator } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '#store/db.ts';
import { MIGRATIONS, migrateToLatest } from '#store/migrations.ts';
import { findText, loadTextHistory, saveTextVersion } from '#store/texts.ts';

const adminUrl = process.env.UPPFOLJNING_TEST_PG;

async function unmigrated(kind: 'sqlite' | 'postgres'): Promise<Db> {
  if (kind === 'sqlite') return openDatabase({ file: join(mkdtempSync(join(tmpdir(), 'uppf-0008-')), 'db.sqlite'), migrate: false });
  const name = `uppf_0008_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl as string);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString(), migrate: false });
}

describe.each(['sqlite', ...(adminUrl ? ['postgres' as const] : [])] as const)('migration 0008 on %s', (kind) => {
  it('gives existing texts version 1 and an empty history', async () => {
    const db = await unmigrated(kind);
    try {
      const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0008'));
      const r = await new Migrator({ db: db.kysely as Kysely<unknown>, provider: { getMigrations: async () => before } }).migrateToLatest();
      expect(r.error).toBeUndefined();
      const old = db.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await old.insertInto('committees').values({ id: 'k', name: 'K', materiality_threshold: 0, fiscal_year_start_month: 1 }).execute();
      await old
        .insertInto('texts')
        .values({
          committee_id: 'k',
          period: '2025-04',
          area_id: 'a',
          kind: 'comment',
          body: 'Före 0008.',
          updated_at: '2025-04-28T12:00:00Z',
        })
        .execute();
      await migrateToLatest(db.kysely as Kysely<unknown>);
      const key = { committeeId: 'k', period: '2025-04', areaId: 'a', kind: 'comment' as const };
      expect(await findText(db.kysely, key)).toEqual({
        period: '2025-04',
        areaId: 'a',
        kind: 'comment',
        body: 'Före 0008.',
        version: 1,
        updatedBy: '',
        updatedAt: '2025-04-28T12:00:00Z',
      });
      expect(await loadTextHistory(db.kysely, key)).toEqual([]);
      expect(await saveTextVersion(db.kysely, key, 0, { body: 'x', user: 'u', at: '2025-05-01T00:00:00Z' })).toBe(false);
      expect(await saveTextVersion(db.kysely, key, 1, { body: 'Efter.', user: 'u', at: '2025-05-01T00:00:00Z' })).toBe(true);
      expect((await findText(db.kysely, key))?.version).toBe(2);
    } finally {
      await db.close();
    }
  });
});
