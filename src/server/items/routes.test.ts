/** The items and key-figure routes over HTTP on both databases: saves, Swedish 400s naming the field, uploads. */
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '#test/helpers/databases.ts';
import { testServerSuite } from '#test/helpers/server.ts';

const base = '/api/committees/socialnamnden';

describe.each(TEST_DATABASES)('items and key-figure routes on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  const send = (method: 'PUT' | 'DELETE' | 'POST', url: string, payload?: unknown) =>
    suite.server.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  const report = async () => (await suite.get(`${base}/reports/2025-04`)).json();

  it('sets an item from its inputs and the report follows', async () => {
    const res = await send('PUT', `${base}/items/2025-04/po-paslag`, {
      kind: 'po',
      area: 'overgripande',
      salaryBase: 10_000_000_000,
      preliminaryRate: 445_000,
      fixedRate: 415_000,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      key: 'po-paslag',
      result: 300_000_000,
      formula: '100,0 mnkr × (44,5 % − 41,5 %) = 3,0 mnkr',
      updatedBy: 'admin',
    });
    const list = (await suite.get(`${base}/items/2025-04`)).json();
    expect(list.poFormula).toBe('3,0 − 0,6 = 2,4 mnkr');
    expect((await report()).total.committeeItems[0]).toMatchObject({ key: 'po-paslag', result: 300_000_000 });
  });

  it('adds a grant without an area to the total and removes it again', async () => {
    const before = (await report()).total.forecastDeviation;
    expect(
      (await send('PUT', `${base}/items/2025-04/extra`, { kind: 'grant', area: null, label: 'Extra statsbidrag', amount: 50_000_000 }))
        .statusCode,
    ).toBe(200);
    expect((await report()).total.forecastDeviation).toBe(before + 50_000_000);
    const removed = await send('DELETE', `${base}/items/2025-04/extra`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().items.map((i: { key: string }) => i.key)).not.toContain('extra');
    expect((await report()).total.forecastDeviation).toBe(before);
    expect((await send('DELETE', `${base}/items/2025-04/extra`)).statusCode).toBe(404);
  });

  it('answers 400 in Swedish, naming the field', async () => {
    const noKind = await send('PUT', `${base}/items/2025-04/x`, { amount: 1 });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error).toMatch(/po, salary-revision, grant eller pot/);
    const rate = await send('PUT', `${base}/items/2025-04/x`, { kind: 'po', salaryBase: 100, preliminaryRate: '44,5', fixedRate: 1 });
    expect(rate.statusCode).toBe(400);
    expect(rate.json().issues?.[0]).toMatchObject({ field: 'preliminaryRate' });
    const area = await send('PUT', `${base}/items/2025-04/x`, { kind: 'pot', area: 'finns-inte', amount: 1 });
    expect(area.json()).toMatchObject({ field: 'area' });
    const key = await send('PUT', `${base}/items/2025-04/Stor`, { kind: 'pot', amount: 1 });
    expect(key.statusCode).toBe(400);
  });

  it('defines a key figure, saves grid values and uploads a sheet', async () => {
    const def = await send('PUT', `${base}/kpis/vantetid`, { name: 'Väntetid till utredning', unit: 'dagar', target: '14', decimals: 0 });
    expect(def.statusCode).toBe(200);
    expect(def.json()).toMatchObject({ id: 'vantetid', target: 14_000, targetText: '14' });
    const grid = await send('PUT', `${base}/kpi-values`, {
      values: [
        { kpi: 'vantetid', area: 'utredning-barn', period: '2025-03', value: '18' },
        { kpi: 'vantetid', area: 'utredning-barn', period: '2025-04', value: 16 },
      ],
    });
    expect(grid.json()).toEqual({ saved: 2 });
    const bad = await send('PUT', `${base}/kpi-values`, { values: [{ kpi: 'vantetid', area: null, period: '2025-04', value: '1,5' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'values.0.value' });
    const form = new FormData();
    form.append('file', new Blob(['nyckeltal;område;period;värde\nvantetid;Utredningsenheter barn;2025-02;21\n']), 'vantetid.csv');
    const upload = await suite.server.app.inject({ method: 'POST', url: `${base}/kpi-values`, payload: form });
    expect(upload.json()).toEqual({ saved: 1, fileName: 'vantetid.csv' });
    const badForm = new FormData();
    badForm.append('file', new Blob(['nyckeltal;område;period;värde\nvantetid;;2025-02;2,5\n']), 'fel.csv');
    const badUpload = await suite.server.app.inject({ method: 'POST', url: `${base}/kpi-values`, payload: badForm });
    expect(badUpload.statusCode).toBe(400);
    expect(badUpload.json()).toMatchObject({ file: 'fel.csv', row: 2, column: 'värde' });
    const table = (await suite.get(`${base}/kpis?period=2025-04&area=utredning-barn`)).json();
    expect(table.values.filter((v: { kpi: string }) => v.kpi === 'vantetid').map((v: { value: number }) => v.value)).toEqual([21, 18, 16]);
    expect((await report()).kpis.find((k: { id: string }) => k.id === 'vantetid')?.values).toHaveLength(3);
  });
});
