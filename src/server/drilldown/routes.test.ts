/** The drill-down over HTTP on the demo committee: area → account groups → accounts → postings add up. */
import { describe, expect, it } from 'vitest';
import type { AccountVouchers, AreaDrill } from '#contract/index.ts';
import type { ReportJson } from '#report/json.ts';
import { importAndWait, SIE_HEAD } from '#test/helpers/imports.ts';
import { testServerSuite } from '#test/helpers/server.ts';

const api = testServerSuite();
const { get } = api;
const base = '/api/committees/socialnamnden/drilldown/2025-04';

describe('GET /api/committees/:id/drilldown/:period/:area[/:account]', () => {
  it('adds up: postings → accounts → groups → the area in the report', async () => {
    const report = (await get('/api/committees/socialnamnden/reports/2025-04')).json() as ReportJson;
    const area = [...report.areas].sort((a, b) => Math.abs(b.deviation) - Math.abs(a.deviation))[0];
    if (!area) throw new Error('the demo has no areas');
    const res = await get(`${base}/${encodeURIComponent(area.code)}`);
    expect(res.statusCode, res.body).toBe(200);
    const drill = res.json() as AreaDrill;
    expect(drill).toMatchObject({ actualResult: area.actualResult, budgetResult: area.budgetResult, deviation: area.deviation });
    expect(drill.groups.length).toBeGreaterThan(0);
    let postingsChecked = 0;
    for (const g of drill.groups) {
      expect(g.actualResult).toBe(g.accounts.reduce((s, a) => s + a.actualResult, 0));
      expect(g.deviation).toBe(g.actualResult - g.budgetResult);
      expect(area.accountGroups.find((x) => x.group === g.group)?.deviation).toBe(g.deviation);
      for (const a of g.accounts.slice(0, 2)) {
        const postings = (await get(`${base}/${encodeURIComponent(area.code)}/${a.account}?limit=10000`)).json() as AccountVouchers;
        expect(postings.complete).toBe(true);
        // Ledger sign (debit positive) against the result (income positive).
        expect(-postings.total, a.account).toBe(a.actualResult);
        expect(postings.vouchers.reduce((s, v) => s + v.amount, 0)).toBe(postings.total);
        postingsChecked++;
      }
    }
    expect(postingsChecked).toBeGreaterThan(0);
  });

  it('cuts the list at ?limit and says so', async () => {
    const report = (await get('/api/committees/socialnamnden/reports/2025-04')).json() as ReportJson;
    for (const area of report.areas) {
      const drill = (await get(`${base}/${encodeURIComponent(area.code)}`)).json() as AreaDrill;
      const account = drill.groups.flatMap((g) => g.accounts)[0];
      if (!account) continue;
      const all = (await get(`${base}/${encodeURIComponent(area.code)}/${account.account}`)).json() as AccountVouchers;
      if (all.vouchers.length < 2) continue;
      const cut = (await get(`${base}/${encodeURIComponent(area.code)}/${account.account}?limit=1`)).json() as AccountVouchers;
      expect(cut.complete).toBe(false);
      expect(cut.vouchers).toHaveLength(1);
      return;
    }
    throw new Error('no account in the demo has two postings');
  });

  it('takes area ids and accounts as the ledger has them ("A/1", "5010A")', async () => {
    const sie = `${[
      ...SIE_HEAD.filter((l) => !l.startsWith('#OBJEKT')),
      '#OBJEKT 1 "A/1" "Enhet A/1"',
      '#VER A 1 20250310 "Avgift"',
      '{',
      '#TRANS 5010A {1 "A/1"} 300.00',
      '#TRANS 1930 {} -300.00',
      '}',
    ].join('\n')}\n`;
    const job = await importAndWait(api.server.app, { kind: 'sie', committee: 'udda-id' }, sie, 'udda.se');
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const areaUrl = `/api/committees/udda-id/drilldown/2025-03/${encodeURIComponent('A/1')}`;
    const drill = await get(areaUrl);
    expect(drill.statusCode, drill.body).toBe(200);
    expect((drill.json() as AreaDrill).actualResult).toBe(-30_000);
    const postings = await get(`${areaUrl}/5010A`);
    expect(postings.statusCode, postings.body).toBe(200);
    expect((postings.json() as AccountVouchers).vouchers).toMatchObject([{ series: 'A', number: '1', amount: 30_000 }]);
  });

  it('refuses malformed parameters with 400 naming the field, and unknown areas with 404', async () => {
    const cases: [string, string][] = [
      ['/api/committees/socialnamnden/drilldown/2025-13/x', 'period'],
      ['/api/committees/Social/drilldown/2025-04/x', 'id'],
      [`${base}/x/50%0110`, 'account'],
      [`${base}/x%00y`, 'area'],
      [`${base}/x/4610?limit=0`, 'limit'],
      [`${base}/x/4610?limit=abc`, 'limit'],
      [`${base}/x/4610?limit=20000`, 'limit'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect((res.json() as { field: string }).field, url).toBe(field);
    }
    const unknown = await get(`${base}/finns-inte`);
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { error: string }).error).toMatch(/finns-inte/);
    expect((await get('/api/committees/okand/drilldown/2025-04/x')).statusCode).toBe(404);
  });

  it('answers 404 for a month without bookkeeping, as the report does', async () => {
    for (const url of [
      '/api/committees/socialnamnden/drilldown/2025-09/rekrytering',
      '/api/committees/socialnamnden/drilldown/2024-12/rekrytering/4620',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect((res.json() as { error: string }).error, url).toMatch(/Socialnämnden har ingen bokföring för (september 2025|december 2024)/);
    }
  });
});
