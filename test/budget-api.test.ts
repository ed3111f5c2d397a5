/**
 * Budget decisions, periodization and investment projects through the HTTP API, on SQLite and
 * PostgreSQL: each input changes the report JSON as expected (the revised budget reaches the area,
 * the total, the drill-down and section 4), and refused input answers 400 naming the field with
 * the database unchanged.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '#contract/index.ts';
import { snapshot, TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

const BASE = '/api/committees/socialnamnden';

describe.each(TEST_DATABASES)('budget API on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  let app: FastifyInstance;
  beforeAll(() => {
    app = suite.server.app;
  });
  const report = async (period = '2025-04') => (await app.inject({ url: `${BASE}/reports/${period}` })).json() as ReportJson;
  const areaOf = (r: ReportJson, id: string) => r.areas.find((a) => a.code === id) ?? expect.fail(id);
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({ method, url: `${BASE}${url}`, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('reproduces the seed from its inputs: the KS decision of 47 tkr on Övergripande, investments 1,2 + 0,5 = 1,7 mnkr, Tillståndsenheten flagged', async () => {
    const r = await report();
    expect(r.budgetDecisions.map((d) => [d.id, d.body, d.lines[0]?.amount, d.lines[0]?.resultEffect])).toEqual([
      ['ks-2025-02-kapitaltjanst', 'KS', 4_700_000, 4_700_000],
      ['kf-2025-03-investeringsbudget', 'KF', 50_000_000, 0],
    ]);
    expect([r.investments.budget, r.investments.adjustedBudget, Math.round(r.investments.actual / 1e7)]).toEqual([
      120_000_000, 170_000_000, 2,
    ]);
    expect(r.investments.projects.map((p) => [p.id, p.actual])).toEqual([
      ['inventarier', 20_359_000],
      ['lokalanpassning', 0],
    ]);
    expect(r.areas.filter((a) => a.budgetNotPeriodized).map((a) => [a.code, a.unperiodizedGroups])).toEqual([['tillstand', ['intakter']]]);
    // January's report does not count February's decision yet.
    expect((await report('2025-01')).budgetDecisions).toEqual([]);
    const overview = (await app.inject({ url: `${BASE}/budget/2025-04` })).json();
    const over = overview.areas.find((a: { areaId: string }) => a.areaId === 'overgripande');
    expect(over.steps).toEqual([
      {
        decisionId: 'ks-2025-02-kapitaltjanst',
        decidedOn: '2025-02-19',
        group: 'kommunbidrag',
        amount: 4_700_000,
        resultEffect: 4_700_000,
        revisedResult: over.originalResult + 4_700_000,
      },
    ]);
    expect(over.groups.find((g: { group: string }) => g.group === 'kommunbidrag')).toMatchObject({ decided: 4_700_000 });
  });

  it('adds a decision on an area group, which reaches the area, the total and the drill-down; removes it', async () => {
    const before = await report();
    const posted = await send('POST', '/budget/decisions', {
      body: 'KS',
      decidedOn: '2025-04-10',
      ref: '§ 44',
      text: 'att minska ramen för lokaler',
      lines: [{ target: 'area', area: 'boende', group: 'lokalkostnader', amount: -1_200_000 }],
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const id = posted.json().id;
    expect(id).toBe('ks-2025-04-10');
    const after = await report();
    // A lower cost budget (-12 000 kr a year, by the imported straight pattern: 4/12 to April) raises the budgeted result.
    expect(areaOf(after, 'boende').budgetResult - areaOf(before, 'boende').budgetResult).toBe(400_000);
    expect(after.total.budgetResult - before.total.budgetResult).toBe(400_000);
    expect(areaOf(after, 'boende').deviation - areaOf(before, 'boende').deviation).toBe(-400_000);
    const drill = (await app.inject({ url: `${BASE}/drilldown/2025-04/boende` })).json();
    expect(drill.groups.find((g: { group: string }) => g.group === 'lokalkostnader').budgetResult).toBe(
      areaOf(after, 'boende').accountGroups.find((g) => g.group === 'lokalkostnader')?.budgetResult,
    );
    expect(after.budgetDecisions.find((d) => d.id === id)?.lines[0]).toMatchObject({
      areaId: 'boende',
      group: 'lokalkostnader',
      resultEffect: 1_200_000,
    });
    expect((await send('DELETE', `/budget/decisions/${id}`)).json()).toEqual({ removed: id });
    expect(areaOf(await report(), 'boende').budgetResult).toBe(areaOf(before, 'boende').budgetResult);
    expect((await send('DELETE', `/budget/decisions/${id}`)).statusCode).toBe(404);
  });

  it("periodizes by a profile and by last year's pattern (none: straight), and back", async () => {
    const before = await report();
    const group = (r: ReportJson) => areaOf(r, 'tillstand').accountGroups.find((g) => g.group === 'intakter')?.budgetResult;
    // The fees come after the summer: nothing January-August.
    const weights = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
    const put = await send('PUT', '/budget/periodizations', {
      fiscalYear: '2025',
      area: 'Tillståndsenheten',
      group: 'intakter',
      method: 'profile',
      weights,
    });
    expect(put.statusCode, put.body).toBe(200);
    const profiled = await report();
    expect(group(profiled)).toBe(0);
    expect(areaOf(profiled, 'tillstand').budgetNotPeriodized).toBe(false);
    expect(areaOf(profiled, 'tillstand').deviation - areaOf(before, 'tillstand').deviation).toBe(group(before));
    const months = (await app.inject({ url: `${BASE}/budget/2025-04` }))
      .json()
      .areas.find((a: { areaId: string }) => a.areaId === 'tillstand')
      .lines.find((l: { group: string }) => l.group === 'intakter');
    expect(months.months).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 22_200_000, 22_200_000, 22_200_000, 22_200_000]);
    expect(months.annual).toBe(88_800_000);
    await send('PUT', '/budget/periodizations', { fiscalYear: '2025', area: 'tillstand', group: 'intakter', method: 'last-year' });
    expect(group(await report())).toBe(group(before));
    await send('PUT', '/budget/periodizations', { fiscalYear: '2025', area: 'tillstand', group: 'intakter', method: 'ledger' });
    expect(await report()).toEqual(before);
  });

  it('adds and changes an investment project; an investment decision on it reaches section 4', async () => {
    const added = await send('POST', '/investments', {
      fiscalYear: '2025',
      id: 'ombyggnad',
      name: 'Ombyggnad',
      budget: 30_000_000,
      carryOver: 10_000_000,
      accounts: ['1220'],
    });
    expect(added.statusCode, added.body).toBe(201);
    const decided = await send('POST', '/budget/decisions', {
      body: 'KF',
      decidedOn: '2025-04-03',
      text: 'om ombyggnad',
      lines: [{ target: 'investment', project: 'ombyggnad', amount: 5_000_000 }],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const patched = await send('PATCH', '/investments/ombyggnad', { fiscalYear: '2025', forecast: 40_000_000 });
    expect(patched.json()).toMatchObject({ name: 'Ombyggnad', budget: 30_000_000, forecast: 40_000_000 });
    const r = await report();
    expect(r.investments.adjustedBudget).toBe(170_000_000 + 30_000_000 + 10_000_000 + 5_000_000);
    expect(r.investments.projects.find((p) => p.id === 'ombyggnad')).toMatchObject({
      revisedBudget: 45_000_000,
      actual: 20_359_000,
      forecastDeviation: 5_000_000,
    });
    const html = (await app.inject({ url: `${BASE}/reports/2025-04.html` })).body;
    expect(html).toContain(
      'Kommunfullmäktige tog i början av april beslut om ombyggnad, vilket innebär en ökad investeringsbudget för socialnämnden med',
    );
    await send('DELETE', `/budget/decisions/${decided.json().id}`);
  });

  it('refuses bad input naming the field, with the database unchanged', async () => {
    const before = await snapshot(suite.server.db);
    const bad: [string, 'POST' | 'PUT' | 'PATCH', unknown, string, RegExp][] = [
      [
        '/budget/decisions',
        'POST',
        { body: 'KX', decidedOn: '2025-01-01', text: 't', lines: [{ target: 'area', area: 'boende', amount: 1 }] },
        'body',
        /KF, KS eller nämnd/,
      ],
      [
        '/budget/decisions',
        'POST',
        { body: 'KS', decidedOn: '2025-13-01', text: 't', lines: [{ target: 'area', area: 'boende', amount: 1 }] },
        'decidedOn',
        /inget datum/,
      ],
      [
        '/budget/decisions',
        'POST',
        { body: 'KS', decidedOn: '2025-01-01', text: 't', lines: [{ target: 'area', area: 'boende', amount: 1.5 }] },
        'lines.0.amount',
        /heltal öre/,
      ],
      [
        '/budget/decisions',
        'POST',
        { body: 'KS', decidedOn: '2025-01-01', text: ' ', lines: [{ target: 'area', area: 'boende', amount: 1 }] },
        'text',
        /beskriv beslutet/,
      ],
      [
        '/budget/periodizations',
        'PUT',
        { fiscalYear: '2025', area: 'boende', group: 'intakter', method: 'profile', weights: [1, 2] },
        'weights',
        /tolv vikter/,
      ],
      [
        '/investments',
        'POST',
        { fiscalYear: '2025', id: 'x', name: 'X', budget: 1, accounts: ['4010'] },
        'accounts.0',
        /inget investeringskonto/,
      ],
      ['/investments', 'POST', { fiscalYear: '2025', id: 'inventarier', name: 'X', budget: 1 }, 'id', /finns redan/],
    ];
    for (const [url, method, payload, field, message] of bad) {
      const res = await send(method, url, payload);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().field, res.body).toBe(field);
      expect(res.json().error).toMatch(message);
    }
    expect((await send('PATCH', '/investments/finns-inte', { fiscalYear: '2025', budget: 1 })).statusCode).toBe(404);
    expect(await snapshot(suite.server.db)).toEqual(before);
  });
});
