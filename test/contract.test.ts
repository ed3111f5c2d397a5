/**
 * The HTTP contract holds on both databases: every GET route of the OpenAPI document answers, on
 * the demo and after an SIE import through the API, exactly what its use case (src/app) returns,
 * as JSON: the schemas that validate and serialise the answers (src/contract) drop, rename or
 * change no field, and the cached answers are the same as fresh ones. A documented GET route
 * without a case here fails the test.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listCommitteeAreas } from '#app/areas.ts';
import { exportAudit, readAudit } from '#app/audit.ts';
import { decisionsOfYear } from '#app/budget-decisions.ts';
import { budgetOverview } from '#app/budget-periodization.ts';
import { listCommittees, readImportLog } from '#app/committees.ts';
import { getCycleState, listCycle } from '#app/cycle-state.ts';
import { todoFor } from '#app/cycle-todo.ts';
import type { Db } from '#app/database.ts';
import { loadDemo } from '#app/demo/index.ts';
import { drillAccount, drillArea } from '#app/drilldown.ts';
import { readForecastAccuracy } from '#app/forecast-accuracy.ts';
import { listForecasts } from '#app/forecasts.ts';
import { investmentOverview, projectsOfYear } from '#app/investments.ts';
import { readItemsJson } from '#app/items.ts';
import { readKpis } from '#app/kpis.ts';
import { readMapping } from '#app/mapping.ts';
import { buildReport } from '#app/report.ts';
import { readTemplate, readTemplateLogo } from '#app/templates.ts';
import { getText, listTexts } from '#app/texts.ts';
import { listUsers } from '#app/users.ts';
import { diffPublishedVersions, listVersions, publishVersion, readVersion } from '#app/versions.ts';
import {
  AccountVouchers,
  AreaDrill,
  AreaList,
  AuditPage,
  BudgetOverviewJson,
  CommitteeList,
  CyclePeriodList,
  CycleState,
  DecisionList,
  ForecastAccuracyJson,
  ForecastList,
  ForecastSaved,
  Health,
  ImportJobJson,
  ImportLogJson,
  InvestmentOverviewJson,
  ItemsJson,
  KpiTableJson,
  MappingJson,
  MappingSaved,
  ProjectList,
  ReportJson,
  SessionJson,
  SignInProviders,
  TemplateJson,
  TextList,
  TextWithHistory,
  TodoList,
  UserList,
  VersionDiff,
  VersionList,
} from '#contract/index.ts';
import { MEDIA_TYPES } from '#report/formats.ts';
import { toJsonContract } from '#report/json.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { writeWholeYearSie } from './helpers/forecast-year.ts';
import { importAndWait, SMALL_SIE } from './helpers/imports.ts';
import { testServerSuite } from './helpers/server.ts';

/** A CSV answer: UTF-8 with BOM and the audit log's header. */
const AuditCsv = z.string().startsWith('\uFEFFtid,användare,nämnd,område,period,vad,nyckel,åtgärd,före,efter\r\n');

describe.each(TEST_DATABASES)('HTTP contract on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  let db: Db;
  let app: FastifyInstance;
  let jobId = '';

  beforeAll(async () => {
    ({ db, app } = suite.server);
    const job = await importAndWait(app, { kind: 'sie', committee: 'kontrakt' }, SMALL_SIE, 'kontrakt.se');
    expect(job.state).toBe('done');
    jobId = job.id;
    const year = readFileSync(writeWholeYearSie(mkdtempSync(join(tmpdir(), 'uppf-contract-'))));
    expect((await importAndWait(app, { kind: 'sie', committee: 'helar' }, year, 'helar.se')).state).toBe('done');
    await publishVersion(db, 'socialnamnden', '2025-04', 'controller');
    await publishVersion(db, 'socialnamnden', '2025-04', 'controller');
  });
  /** `text`: the answer is not JSON (CSV); its body must be what `direct` returns. */
  /** `raw`: an answer that is not JSON (a frozen HTML report), compared as text. */
  /** `file`: a document (PDF, Word, Excel) of that media type, checked by its type and first bytes. */
  type Case = {
    url: string;
    schema: z.ZodType;
    direct?: () => Promise<unknown>;
    raw?: () => Promise<string>;
    text?: boolean;
    file?: { type: string; magic: string };
  };
  /** GET routes as the OpenAPI document names them → requests, their schema and the use case's own answer. */
  const cases = (): Record<string, Case[]> => ({
    '/api/committees': [{ url: '/api/committees', schema: CommitteeList, direct: () => listCommittees(db) }],
    '/api/health': [{ url: '/api/health', schema: Health }],
    '/api/session': [{ url: '/api/session', schema: SessionJson }],
    '/api/session/providers': [
      { url: '/api/session/providers', schema: SignInProviders, direct: async () => ({ password: true, oidc: null }) },
    ],
    '/api/users': [{ url: '/api/users', schema: UserList, direct: async () => ({ users: await listUsers(db) }) }],
    '/api/committees/{id}/reports/{period}': ['2025-04', '2025-01'].map((period) => ({
      url: `/api/committees/socialnamnden/reports/${period}`,
      schema: ReportJson,
      direct: async () => toJsonContract(await buildReport(db, 'socialnamnden', period)),
    })),
    '/api/committees/{id}/drilldown/{period}/{area}': ['rekrytering', 'ej-fordelat'].map((area) => ({
      url: `/api/committees/socialnamnden/drilldown/2025-04/${area}`,
      schema: AreaDrill,
      direct: () => drillArea(db, 'socialnamnden', '2025-04', area),
    })),
    '/api/committees/{id}/drilldown/{period}/{area}/{account}': [
      {
        url: '/api/committees/socialnamnden/drilldown/2025-04/rekrytering/4620?limit=5',
        schema: AccountVouchers,
        direct: () => drillAccount(db, 'socialnamnden', '2025-04', 'rekrytering', '4620', 5),
      },
    ],
    '/api/committees/{id}/imports': ['kontrakt', 'socialnamnden'].map((id) => ({
      url: `/api/committees/${id}/imports`,
      schema: ImportLogJson,
      direct: async () => ({ committee: id, running: false, imports: await readImportLog(db, id) }),
    })),
    '/api/committees/{id}/mapping': ['kontrakt', 'socialnamnden'].map((id) => ({
      url: `/api/committees/${id}/mapping`,
      schema: MappingJson,
      direct: () => readMapping(db, id),
    })),
    '/api/committees/{id}/forecasts/{period}': ['2025-04', '2025-01'].map((period) => ({
      url: `/api/committees/socialnamnden/forecasts/${period}`,
      schema: ForecastList,
      direct: () => listForecasts(db, 'socialnamnden', period),
    })),
    '/api/committees/{id}/forecast-accuracy/{year}': [
      {
        url: '/api/committees/helar/forecast-accuracy/2025',
        schema: ForecastAccuracyJson,
        direct: () => readForecastAccuracy(db, 'helar', '2025'),
      },
    ],
    '/api/committees/{id}/areas': ['kontrakt', 'socialnamnden'].map((id) => ({
      url: `/api/committees/${id}/areas`,
      schema: AreaList,
      direct: async () => ({ areas: await listCommitteeAreas(db, id) }),
    })),
    '/api/committees/{id}/texts/{period}': ['2025-04', '2025-01'].map((period) => ({
      url: `/api/committees/socialnamnden/texts/${period}`,
      schema: TextList,
      direct: () => listTexts(db, 'socialnamnden', period),
    })),
    '/api/committees/{id}/texts/{period}/{kind}': [
      {
        url: '/api/committees/socialnamnden/texts/2025-04/comment?area=rekrytering',
        schema: TextWithHistory,
        direct: () => getText(db, { committeeId: 'socialnamnden', period: '2025-04', areaId: 'rekrytering', kind: 'comment' }),
      },
      {
        url: '/api/committees/socialnamnden/texts/2025-04/ks-summary',
        schema: TextWithHistory,
        direct: () => getText(db, { committeeId: 'socialnamnden', period: '2025-04', areaId: null, kind: 'ks_result' }),
      },
    ],
    '/api/committees/{id}/budget/decisions': [
      {
        url: '/api/committees/socialnamnden/budget/decisions?fiscalYear=2025',
        schema: DecisionList,
        direct: async () => ({ decisions: await decisionsOfYear(db, 'socialnamnden', '2025') }),
      },
    ],
    '/api/committees/{id}/budget/{period}': [
      {
        url: '/api/committees/socialnamnden/budget/2025-04',
        schema: BudgetOverviewJson,
        direct: () => budgetOverview(db, 'socialnamnden', '2025-04'),
      },
    ],
    '/api/committees/{id}/investments': [
      {
        url: '/api/committees/socialnamnden/investments?fiscalYear=2025',
        schema: ProjectList,
        direct: async () => ({ projects: await projectsOfYear(db, 'socialnamnden', '2025') }),
      },
    ],
    '/api/committees/{id}/investments/{period}': [
      {
        url: '/api/committees/socialnamnden/investments/2025-04',
        schema: InvestmentOverviewJson,
        direct: () => investmentOverview(db, 'socialnamnden', '2025-04'),
      },
    ],
    '/api/committees/{id}/items/{period}': ['2025-04', '2025-05', '2025-01'].map((period) => ({
      url: `/api/committees/socialnamnden/items/${period}`,
      schema: ItemsJson,
      direct: () => readItemsJson(db, 'socialnamnden', period),
    })),
    '/api/committees/{id}/kpis': ['?period=2025-04', '?period=2025-04&area=utredning-barn', '?period=2025-02&area='].map((query) => ({
      url: `/api/committees/socialnamnden/kpis${query}`,
      schema: KpiTableJson,
      direct: () => {
        const q = new URLSearchParams(query);
        return readKpis(db, 'socialnamnden', q.get('period') ?? '', q.get('area') ?? undefined);
      },
    })),
    '/api/committees/{id}/audit': [
      { url: '/api/committees/socialnamnden/audit', schema: AuditPage, direct: () => readAudit(db, 'socialnamnden') },
      {
        url: '/api/committees/socialnamnden/audit?area=boende&period=2025-04&entity=forecast&limit=3&offset=1',
        schema: AuditPage,
        direct: () => readAudit(db, 'socialnamnden', { area: 'boende', period: '2025-04', entity: 'forecast', limit: 3, offset: 1 }),
      },
      {
        url: '/api/committees/kontrakt/audit?format=csv&entity=import',
        schema: AuditCsv,
        text: true,
        direct: () => exportAudit(db, 'kontrakt', { entity: 'import' }),
      },
    ],
    '/api/committees/{id}/audit.csv': [
      {
        url: '/api/committees/socialnamnden/audit.csv?period=2025-04&user=demo',
        schema: AuditCsv,
        text: true,
        direct: () => exportAudit(db, 'socialnamnden', { period: '2025-04', user: 'demo' }),
      },
    ],
    '/api/committees/{id}/cycle': [
      { url: '/api/committees/socialnamnden/cycle', schema: CyclePeriodList, direct: () => listCycle(db, 'socialnamnden') },
    ],
    '/api/committees/{id}/cycle/{period}': ([undefined, 'saknas', 'sen', 'atersand'] as const).map((filter) => ({
      url: `/api/committees/socialnamnden/cycle/2025-04${filter ? `?filter=${filter}` : ''}`,
      schema: CycleState,
      direct: () => getCycleState(db, 'socialnamnden', '2025-04', filter),
    })),
    // Signed in as the demo admin (test/helpers/server.ts).
    '/api/me/todo': [{ url: '/api/me/todo', schema: TodoList, direct: () => todoFor(db, { username: 'admin', admin: true, roles: [] }) }],
    '/api/committees/{id}/versions': ['', '?period=2025-04', '?period=2025-03'].map((query) => ({
      url: `/api/committees/socialnamnden/versions${query}`,
      schema: VersionList,
      direct: async () => ({
        committee: 'socialnamnden',
        versions: await listVersions(db, 'socialnamnden', new URLSearchParams(query).get('period') ?? undefined),
      }),
    })),
    '/api/committees/{id}/versions/{period}/{number}': [1, 2].map((n) => ({
      url: `/api/committees/socialnamnden/versions/2025-04/${n}`,
      schema: ReportJson,
      direct: async () => JSON.parse((await readVersion(db, 'socialnamnden', '2025-04', n)).reportJson),
    })),
    '/api/committees/{id}/versions/{period}/{number}/html': [
      {
        url: '/api/committees/socialnamnden/versions/2025-04/2/html',
        schema: z.string(),
        raw: async () => (await readVersion(db, 'socialnamnden', '2025-04', 2)).reportHtml,
      },
    ],
    '/api/committees/{id}/versions/{period}/{number}/{format}': (['pdf', 'docx', 'xlsx'] as const).map((format) => ({
      url: `/api/committees/socialnamnden/versions/2025-04/2/${format}`,
      schema: z.unknown(),
      file: { type: MEDIA_TYPES[format], magic: format === 'pdf' ? '%PDF-' : 'PK' },
    })),
    '/api/committees/{id}/versions/{period}/diff': ['', '?from=1&to=2', '?from=2&to=1'].map((query) => ({
      url: `/api/committees/socialnamnden/versions/2025-04/diff${query}`,
      schema: VersionDiff,
      direct: () => {
        const q = new URLSearchParams(query);
        const [from, to] = [q.get('from'), q.get('to')].map((n) => (n === null ? undefined : Number(n)));
        return diffPublishedVersions(db, 'socialnamnden', '2025-04', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      },
    })),
    '/api/committees/{id}/template': ['socialnamnden', 'kontrakt'].map((id) => ({
      url: `/api/committees/${id}/template`,
      schema: TemplateJson,
      direct: () => readTemplate(db, id),
    })),
    '/api/committees/{id}/template/logo': [
      {
        url: '/api/committees/socialnamnden/template/logo',
        schema: z.string(),
        raw: async () => (await readTemplateLogo(db, 'socialnamnden')).bytes.toString(),
      },
    ],
    // The job lives in the server's memory only: its schema is the check.
    '/api/imports/{id}': [{ url: `/api/imports/${jobId}`, schema: ImportJobJson }],
  });

  it('has a case for every documented GET route', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([path]) => path)
      .sort();
    expect(documented).toEqual(Object.keys(cases()).sort());
  });

  it('answers every GET route with what its use case returns, twice (fresh, then cached)', async () => {
    for (const [route, list] of Object.entries(cases())) {
      for (const { url, schema, direct, raw, text, file } of list) {
        for (const round of ['fresh', 'again']) {
          const res = await app.inject({ url });
          expect(res.statusCode, `${route}: ${url} (${round})`).toBe(200);
          if (file) {
            expect(res.headers['content-type'], url).toBe(file.type);
            expect(res.rawPayload.subarray(0, file.magic.length).toString('latin1'), url).toBe(file.magic);
            continue;
          }
          if (raw) {
            expect(res.body, `${url} (${round})`).toBe(await raw());
            continue;
          }
          const body: unknown = text ? res.body : res.json();
          if (direct) expect(body, `${url} (${round})`).toStrictEqual(JSON.parse(JSON.stringify(await direct())));
          expect(schema.parse(body), url).toStrictEqual(body);
        }
      }
    }
  });

  it('answers a forecast save, a batch and a removal with the ForecastSaved contract', async () => {
    const url = '/api/committees/socialnamnden/forecasts/2025-04';
    const put = await app.inject({ method: 'PUT', url: `${url}/boende`, payload: { deviation: 123_400_000 } });
    expect(put.statusCode).toBe(200);
    expect(ForecastSaved.parse(put.json())).toEqual(put.json());
    expect(put.json().list.areas.find((a: { id: string }) => a.id === 'boende').forecast.deviation).toBe(123_400_000);
    // With its comment (the text forecast-comment), saved in the same transaction.
    const commented = await app.inject({ method: 'PUT', url: `${url}/boende`, payload: { deviation: 123_400_000, comment: 'Via API.' } });
    expect(commented.statusCode, commented.body).toBe(200);
    const report = ReportJson.parse((await app.inject({ url: '/api/committees/socialnamnden/reports/2025-04' })).json());
    expect(report.areas.find((a) => a.code === 'boende')?.forecastComment).toBe('Via API.');
    const batch = await app.inject({
      method: 'POST',
      url: `${url}/batch`,
      payload: {
        forecasts: [
          { period: '2025-03', area: 'boende', deviation: 1 },
          { period: '2025-09', area: 'boende', deviation: 2 },
        ],
      },
    });
    expect(batch.statusCode).toBe(400);
    expect(batch.json().error).toMatch(/Prognos för boende.*september 2025/);
    const both = await app.inject({ method: 'PUT', url: `${url}/boende`, payload: { deviation: 1, result: 2 } });
    expect(both.json()).toMatchObject({ field: 'deviation' });
    const removed = await app.inject({ method: 'DELETE', url: `${url}/boende` });
    expect(ForecastSaved.parse(removed.json()).list.areas.find((a) => a.id === 'boende')?.forecast).toBeNull();
    expect((await app.inject({ method: 'DELETE', url: `${url}/boende` })).statusCode).toBe(404);
    await loadDemo(db);
  });

  it('answers a mapping change with the MappingSaved contract', async () => {
    const mapping = MappingJson.parse((await app.inject({ url: '/api/committees/kontrakt/mapping' })).json());
    const entries = mapping.codes.map((c) => ({ code: c.code, area: c.areaId }));
    const res = await app.inject({ method: 'PUT', url: '/api/committees/kontrakt/mapping', payload: entries });
    expect(res.statusCode).toBe(200);
    const body: unknown = res.json();
    expect(MappingSaved.parse(body)).toEqual(body);
  });
});
