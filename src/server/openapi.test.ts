import type { FastifyInstance, RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testServerSuite } from '#test/helpers/server.ts';
import { DOCS_PREFIX, OPENAPI_PATH } from './openapi.ts';

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

const routes: RouteOptions[] = [];
const suite = testServerSuite({ server: { onRoute: (route) => routes.push(route) } });
let app: FastifyInstance;
let doc: OpenApi;

beforeAll(async () => {
  app = suite.server.app;
  const res = await app.inject({ url: OPENAPI_PATH });
  expect(res.statusCode).toBe(200);
  doc = res.json() as OpenApi;
});

/**
 * Browser navigations of the sign-in through the identity provider: redirects and HTML pages, no
 * JSON (README, "Sign-in through the municipality's identity provider"); public, tested in
 * test/oidc-signin.test.ts.
 */
const BROWSER_NAVIGATIONS = ['/api/session/oidc', '/api/session/oidc/callback'];

/** Routes that are not the API: the documentation itself, the JSON 404 for /api/*, the web app, the browser navigations. */
function isApiRoute(url: string): boolean {
  if (url.startsWith(DOCS_PREFIX) || url === OPENAPI_PATH || url === '/api/*' || BROWSER_NAVIGATIONS.includes(url)) return false;
  return url.startsWith('/api/');
}

const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');

/** POST routes that are an action on the resource their path names, and take no body. */
const ACTIONS_WITHOUT_BODY = [
  '/api/committees/:id/imports/:importId/undo',
  '/api/committees/:id/cycle/:period/areas/:area/ready',
  '/api/committees/:id/cycle/:period/areas/:area/accept',
  '/api/committees/:id/cycle/:period/approve',
  '/api/committees/:id/cycle/reminders',
  '/api/committees/:id/versions/:period',
];

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('documents every registered API route with its path parameters and a response schema', () => {
    const api = routes.filter((r) => isApiRoute(r.url));
    expect(api.length).toBeGreaterThanOrEqual(10);
    for (const route of api) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      for (const method of methodsOf(route)) {
        const operation = doc.paths[path]?.[method.toLowerCase()];
        expect(operation, `${method} ${route.url} is not in the OpenAPI document`).toBeDefined();
        if (!operation) continue;
        const pathParams = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
        const documented = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(documented.sort(), `${method} ${route.url} path parameters`).toEqual(pathParams.sort());
        const ok = Object.entries(operation.responses).find(([status]) => /^2\d\d$/.test(status));
        expect(ok?.[1].content, `${method} ${route.url} has no response schema`).toBeDefined();
        if ((method === 'PUT' || method === 'POST') && !ACTIONS_WITHOUT_BODY.includes(route.url))
          expect(operation.requestBody, `${method} ${route.url} body`).toBeDefined();
      }
    }
  });

  it('documents the uploads as multipart/form-data with their fields and the file', () => {
    const upload = doc.paths['/api/imports']?.post?.requestBody?.content['multipart/form-data'] as
      | { schema: { properties: Record<string, { format?: string }>; required?: string[] } }
      | undefined;
    expect(Object.keys(upload?.schema.properties ?? {}).sort()).toEqual([
      'allowRemovingMonths',
      'committee',
      'dimension',
      'file',
      'kind',
      'name',
      'replaceOrganisation',
    ]);
    expect(upload?.schema.properties.file?.format).toBe('binary');
    expect(upload?.schema.required).toEqual(expect.arrayContaining(['kind', 'committee', 'file']));
  });

  it('carries the report contract with the fiscal year and the committee list with its fiscal years', () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('"fiscalYearStartMonth"');
    const report = doc.paths['/api/committees/{id}/reports/{period}']?.get?.responses['200']?.content;
    expect(Object.keys(report ?? {}).sort()).toEqual([
      'application/json',
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/html',
    ]);
    const schemas = (doc as { components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> } }).components?.schemas;
    expect(report?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ReportJson' });
    expect(Object.keys(schemas?.ReportJson?.properties ?? {})).toContain('fiscalYear');
    expect(Object.keys(schemas?.CommitteeSummary?.properties ?? {})).toEqual(
      expect.arrayContaining(['fiscalYearStartMonth', 'fiscalYears']),
    );
  });
});

describe(`${DOCS_PREFIX}`, () => {
  it('serves the API page and its own assets (no network needed)', async () => {
    const page = await app.inject({ url: `${DOCS_PREFIX}/` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const res = await app.inject({ url: `${DOCS_PREFIX}/${asset}` });
      expect(res.statusCode, asset).toBe(200);
    }
  });
});
