/**
 * POST /api/committees/:id/imports/:importId/undo on SQLite and PostgreSQL: the cached report goes
 * back to what it was before the import, the log shows the undo, and what cannot be undone is 409
 * with the reason in Swedish.
 */
import { describe, expect, it } from 'vitest';
import { ImportLogJson, UndoneImport } from '#contract/index.ts';
import { TEST_DATABASES } from '#test/helpers/databases.ts';
import { importAndWait, SIE_HEAD, SIE_VOUCHERS, SMALL_SIE } from '#test/helpers/imports.ts';
import { testServerSuite } from '#test/helpers/server.ts';

describe.each(TEST_DATABASES)('undo over HTTP on $name', (database) => {
  const api = testServerSuite({ open: database.open });
  const log = async (committee: string) => ImportLogJson.parse((await api.get(`/api/committees/${committee}/imports`)).json());
  const undo = (committee: string, id: string) =>
    api.server.app.inject({ method: 'POST', url: `/api/committees/${committee}/imports/${id}/undo` });

  it('undoes the latest import: the cached reports are as before, the log says so', async () => {
    const app = api.server.app;
    const first = await importAndWait(app, { kind: 'sie', committee: 'hnamnd' }, SMALL_SIE, 'forsta.se');
    expect(first.state).toBe('done');
    const newer = `${[...SIE_HEAD, ...SIE_VOUCHERS.map((l) => l.replace('1000.00', '1500.00').replace('-1000.00', '-1500.00'))].join('\n')}\n`;
    const before = (await api.get('/api/committees/hnamnd/reports/2025-01')).json();
    await importAndWait(app, { kind: 'sie', committee: 'hnamnd' }, newer, 'andra.se');
    expect((await api.get('/api/committees/hnamnd/reports/2025-01')).json()).not.toEqual(before);

    const entries = (await log('hnamnd')).imports;
    expect(entries.map((e) => [e.fileName, e.undoable])).toEqual([
      ['andra.se', true],
      ['forsta.se', undefined],
    ]);
    const older = await undo('hnamnd', entries[1]?.id ?? '');
    expect(older.statusCode).toBe(409);
    expect(older.json().error).toMatch(
      /^Bara nämndens senaste import kan ångras\. import \d+ \(forsta\.se, .+\) följdes av import \d+ \(andra\.se/,
    );

    const res = await undo('hnamnd', entries[0]?.id ?? '');
    expect(res.statusCode, res.body).toBe(200);
    const body = UndoneImport.parse(res.json());
    expect(body).toMatchObject({ committee: 'hnamnd', fileName: 'andra.se', undoneBy: 'admin' });
    expect((await api.get('/api/committees/hnamnd/reports/2025-01')).json()).toEqual(before);
    const after = (await log('hnamnd')).imports;
    expect(after[0]).toMatchObject({ fileName: 'andra.se', undoneAt: body.undoneAt, undoneBy: 'admin', undoable: false });

    const again = await undo('hnamnd', entries[0]?.id ?? '');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatch(/är redan ångrad/);
  });

  it("answers 404 for an import not in the log and 400 for a bad committee id; the demo ledger is an import like a user's", async () => {
    expect((await undo('socialnamnden', 'finns-inte')).statusCode).toBe(404);
    const [demo] = (await log('socialnamnden')).imports;
    expect(demo).toMatchObject({ kind: 'sie', fileName: 'socialnamnden-2025.se', user: 'demo', undoable: true });
    expect((await undo('Inte Giltig', 'x')).statusCode).toBe(400);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await api.get('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths['/api/committees/{id}/imports/{importId}/undo'] ?? {})).toEqual(['post']);
  });
});
