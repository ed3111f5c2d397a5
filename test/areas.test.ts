/**
 * A committee's areas on SQLite and PostgreSQL: created with a chosen id, renamed, given a short
 * name that section 3 heads with, moved in the report's order, and removed only when nothing
 * refers to them; over HTTP and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { listCommitteeAreas, removeArea, removeEmptyAreas, setArea } from '#app/areas.ts';
import { InputError, NotFoundError } from '#app/errors.ts';
import { setMapping } from '#app/mapping.ts';
import { buildReport } from '#app/report.ts';
import { saveText } from '#app/texts.ts';
import { main } from '#cli/main.ts';
import { AreaList } from '#contract/index.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

describe.each(TEST_DATABASES)('areas on $name', ({ open }) => {
  const api = testServerSuite({ open });

  it('creates, renames and orders an area; the report and section 3 follow', async () => {
    const db = api.server.db;
    const made = await setArea(db, 'socialnamnden', { id: 'ny-enhet', name: 'Ny enhet', sortOrder: 5 }, 'test');
    expect(made).toEqual({ id: 'ny-enhet', name: 'Ny enhet', shortName: null, sortOrder: 5, codes: [] });
    await setMapping(db, 'socialnamnden', [{ code: '6131', area: 'ny-enhet' }], 'test');
    const doc = await buildReport(db, 'socialnamnden', '2025-04');
    expect(doc.areas[0]?.id).toBe('ny-enhet');
    // Renaming keeps the short name; "" removes it.
    await setArea(db, 'socialnamnden', { id: 'rekrytering', shortName: 'Rekrytering' }, 'test');
    expect((await setArea(db, 'socialnamnden', { id: 'rekrytering', name: 'Rekryteringsenheten' }, 'test')).shortName).toBe('Rekrytering');
    const s3 = (await buildReport(db, 'socialnamnden', '2025-04')).sections.find((s) => s.number === '3');
    const headings = (s3?.blocks ?? []).flatMap((b) => (b.type === 'heading' ? [String(b.content[0]).trim()] : []));
    expect(headings).toContain('Rekrytering');
    expect((await setArea(db, 'socialnamnden', { id: 'rekrytering', shortName: '' }, 'test')).shortName).toBeNull();
    await expect(setArea(db, 'socialnamnden', { id: 'finns-ej' }, 'test')).rejects.toThrow(/ange ett namn för att skapa det/);
    await expect(setArea(db, 'socialnamnden', { id: 'ej-fordelat', name: 'X' }, 'test')).rejects.toBeInstanceOf(InputError);
    await expect(setArea(db, 'socialnamnden', { id: 'x', name: 'a'.repeat(201) }, 'test')).rejects.toThrow(/201 tecken; högst 200/);
  });

  it('removes an area only when no code and nothing written refers to it', async () => {
    const db = api.server.db;
    await expect(removeArea(db, 'socialnamnden', 'boende', 'test')).rejects.toThrow(/ansvar 6180.*hör till det/);
    await setArea(db, 'socialnamnden', { id: 'tom', name: 'Tom enhet' }, 'test');
    await setArea(db, 'socialnamnden', { id: 'skriven', name: 'Skriven enhet' }, 'test');
    await saveText(db, {
      committeeId: 'socialnamnden',
      period: '2025-04',
      areaId: 'skriven',
      kind: 'comment',
      body: 'Viktigt.',
      version: 0,
      user: 't',
    });
    await expect(removeArea(db, 'socialnamnden', 'skriven', 'test')).rejects.toThrow(/texter hör till det/);
    expect(await removeEmptyAreas(db, 'socialnamnden', 'test')).toEqual(['tom']);
    await expect(removeArea(db, 'socialnamnden', 'tom', 'test')).rejects.toBeInstanceOf(NotFoundError);
    expect((await listCommitteeAreas(db, 'socialnamnden')).map((a) => a.id)).toContain('skriven');
  });

  it('answers over HTTP, in the OpenAPI document', async () => {
    const put = await api.server.app.inject({
      method: 'PUT',
      url: '/api/committees/socialnamnden/areas/http-enhet',
      payload: { name: 'Via HTTP', shortName: 'HTTP' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ id: 'http-enhet', name: 'Via HTTP', shortName: 'HTTP', codes: [] });
    const bad = await api.server.app.inject({ method: 'PUT', url: '/api/committees/socialnamnden/areas/x', payload: { sortOrder: 1.5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatch(/heltal/);
    const list = AreaList.parse((await api.get('/api/committees/socialnamnden/areas')).json());
    // 6131 went to ny-enhet in the first test.
    expect(list.areas.find((a) => a.id === 'rekrytering')?.codes).toEqual(['6130']);
    const del = await api.server.app.inject({ method: 'DELETE', url: '/api/committees/socialnamnden/areas/http-enhet' });
    expect(del.statusCode).toBe(200);
    expect(AreaList.parse(del.json()).areas.some((a) => a.id === 'http-enhet')).toBe(false);
    const refused = await api.server.app.inject({ method: 'DELETE', url: '/api/committees/socialnamnden/areas/boende' });
    expect(refused.statusCode).toBe(400);
    const doc = (await api.get('/api/openapi.json')).json() as { paths: Record<string, object> };
    expect(Object.keys(doc.paths['/api/committees/{id}/areas/{areaId}'] ?? {})).toEqual(['put', 'delete']);
  });
});

describe('uppfoljning area', () => {
  it('sets and lists areas in a database file', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'uppf-area-')), 'a.sqlite');
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    expect(await main(['demo', '--db', file], io)).toBe(0);
    expect(
      await main(['area', 'set', '--db', file, '--committee', 'socialnamnden', '--area', 'boende', '--short-name', 'Boende'], io),
    ).toBe(0);
    out.length = 0;
    expect(await main(['area', 'list', '--db', file, '--committee', 'socialnamnden', '--json'], io)).toBe(0);
    const areas = JSON.parse(out.join('')) as { id: string; shortName: string | null }[];
    expect(areas.find((a) => a.id === 'boende')?.shortName).toBe('Boende');
    expect(areas.find((a) => a.id === 'utredning-vuxen')?.shortName).toBe('Utredning vuxen');
    expect(await main(['area', 'set', '--db', file, '--committee', 'socialnamnden', '--area', 'x', '--order', 'tio'], io)).toBe(2);
    expect(await main(['area', 'remove', '--db', file, '--committee', 'socialnamnden', '--area', 'boende'], io)).toBe(2);
  });
});
