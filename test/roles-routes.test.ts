/**
 * Every role over every route of the OpenAPI document: without a session 401 (except the public
 * routes), a role too small for the route's rule 403, else the route's own answer. The rules come
 * from the routes themselves (config.access); a route without one cannot be registered, so a new
 * route cannot be forgotten. The checks a handler makes itself (an area manager's own areas, an
 * import's committee) are tested below with real requests.
 */
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '#app/users.ts';
import { type CommitteeNeed, mayInCommittee, type RoleHolder } from '#core/roles.ts';
import type { Access } from '#server/auth/access.ts';
import { saveCommittee } from '#store/committees.ts';
import { SIE_HEAD, SIE_VOUCHERS, sieUpload } from './helpers/imports.ts';
import { type SignedInInject, startTestServer, type TestServer } from './helpers/server.ts';

const rules = new Map<string, Access>();
let server: TestServer;
const as = new Map<string, SignedInInject>();

/** The people: the demo's four, and a controller of another committee. */
const PEOPLE: Record<string, RoleHolder | null> = {
  anonymous: null,
  admin: { admin: true, roles: [] },
  controller: { admin: false, roles: [{ committeeId: 'socialnamnden', role: 'controller', areas: [] }] },
  omradeschef: {
    admin: false,
    roles: [{ committeeId: 'socialnamnden', role: 'area-manager', areas: ['utredning-vuxen', 'utredning-barn'] }],
  },
  ledamot: { admin: false, roles: [{ committeeId: 'socialnamnden', role: 'reader', areas: [] }] },
  utomstaende: { admin: false, roles: [{ committeeId: 'annan', role: 'controller', areas: [] }] },
};

/** Values for the path parameters: real ones where a GET reads, unknown ones where a change could change something. */
const PARAMS: Record<string, string> = {
  id: 'socialnamnden',
  period: '2025-04',
  area: 'rekrytering',
  account: '4610',
  kind: 'comment',
  year: '2025',
  areaId: 'finns-inte',
  key: 'finns-inte',
  kpi: 'finns-inte',
  decisionId: '00000000-0000-4000-8000-000000000000',
  projectId: 'finns-inte',
  importId: '00000000-0000-4000-8000-000000000000',
  username: 'finns-inte',
  committee: 'finns-inte',
  number: '1',
  format: 'pdf',
};

beforeAll(async () => {
  server = await startTestServer({
    server: {
      onRoute: (route: RouteOptions) => {
        const access = (route.config as { access?: Access } | undefined)?.access;
        for (const method of [route.method].flat()) if (access) rules.set(`${method} ${route.url}`, access);
      },
    },
  });
  await saveCommittee(server.db.kysely, { id: 'annan', name: 'Annan nämnd', materialityThreshold: 0, fiscalYearStartMonth: 1 });
  await addUser(server.db, { username: 'utomstaende', role: 'controller', committee: 'annan', password: 'demo-utomstaende' }, 'test');
  for (const name of Object.keys(PEOPLE)) if (name !== 'anonymous') as.set(name, await server.as(name));
  as.set('anonymous', (options) => server.anonymous.inject(options));
}, 60_000);

afterAll(async () => {
  await server?.close();
});

function expected(access: Access, person: RoleHolder | null): 'ok' | 401 | 403 {
  if (access === 'public') return 'ok';
  if (!person) return 401;
  if (access === 'signed-in') return 'ok';
  if (access === 'admin') return person.admin ? 'ok' : 403;
  return mayInCommittee(person, 'socialnamnden', access as CommitteeNeed) ? 'ok' : 403;
}

describe('every role × every route', () => {
  it('answers each route by its rule', async () => {
    const doc = (await server.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if (method === 'DELETE' && path === '/api/session') continue; // signs out: tested below
        const fastifyPath = path.replace(/\{(\w+)\}/g, ':$1');
        const access = rules.get(`${method} ${fastifyPath}`);
        expect(access, `${method} ${path} has a rule`).toBeDefined();
        if (!access) continue;
        // A reader never changes anything; the working report is not theirs.
        if (method !== 'GET') expect(['published', 'read'], `${method} ${path}`).not.toContain(access);
        const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
          // An area route: the area manager's own area, so that the route's rule is what answers.
          const value = name === 'area' && access === 'area' ? 'utredning-vuxen' : PARAMS[name];
          if (value === undefined) throw new Error(`no test value for the parameter {${name}} of ${path}`);
          return encodeURIComponent(value);
        });
        for (const [name, person] of Object.entries(PEOPLE)) {
          const inject = as.get(name);
          if (!inject) throw new Error(name);
          const res = await inject({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: {} }) });
          const want = expected(access, person);
          const where = `${name}: ${method} ${url} (${access}) answered ${res.statusCode} ${res.body.slice(0, 200)}`;
          if (want === 'ok') expect([401, 403], where).not.toContain(res.statusCode);
          else expect(res.statusCode, where).toBe(want);
          if (want !== 'ok') expect(typeof res.json<{ error: unknown }>().error, where).toBe('string');
          checked++;
        }
      }
    }
    // Every route of the document, for each of the six people.
    expect(checked).toBeGreaterThan(50 * 6);
  });

  it('gives 200 on the working report to those who may read it, 403 to the reader and an outsider', async () => {
    const url = '/api/committees/socialnamnden/reports/2025-04';
    for (const [name, want] of [
      ['admin', 200],
      ['controller', 200],
      ['omradeschef', 200],
      ['ledamot', 403],
      ['utomstaende', 403],
      ['anonymous', 401],
    ] as const) {
      expect((await (as.get(name) as SignedInInject)({ url })).statusCode, name).toBe(want);
    }
  });

  it('lists only the committees a person has a role in', async () => {
    const ids = async (name: string) =>
      ((await (as.get(name) as SignedInInject)('/api/committees')).json() as { id: string }[]).map((c) => c.id);
    expect((await ids('admin')).sort()).toEqual(['annan', 'socialnamnden']);
    expect(await ids('ledamot')).toEqual(['socialnamnden']);
    expect(await ids('utomstaende')).toEqual(['annan']);
  });
});

describe('what a handler checks itself', () => {
  const text = (area: string) => `/api/committees/socialnamnden/texts/2025-04/comment?area=${area}`;
  const save = (name: string, url: string, body: unknown, method: 'PUT' | 'POST' = 'PUT') =>
    (as.get(name) as SignedInInject)({ method, url, payload: body as Record<string, unknown> });
  /** The text's stored version (read as the administrator), which a save starts from. */
  const versionOf = async (url: string) => ((await server.app.inject({ url })).json() as { version: number }).version;

  it("lets an area manager write their own areas' texts, forecasts and key figures, and nothing else", async () => {
    const own = await save('omradeschef', text('utredning-vuxen'), {
      body: 'Egen kommentar.',
      version: await versionOf(text('utredning-vuxen')),
    });
    expect(own.statusCode, own.body).toBe(200);
    const other = await save('omradeschef', text('rekrytering'), { body: 'Inte min.', version: 0 });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: 'Du får inte ändra området rekrytering.' });
    const committeeText = await save('omradeschef', '/api/committees/socialnamnden/texts/2025-04/summary', {
      body: 'Sammanfattning.',
      version: 0,
    });
    expect(committeeText.statusCode).toBe(403);
    const forecast = '/api/committees/socialnamnden/forecasts/2025-04';
    expect((await save('omradeschef', `${forecast}/utredning-barn`, { deviation: -100_000_00 })).statusCode).toBe(200);
    expect((await save('omradeschef', `${forecast}/boende`, { deviation: -100_000_00 })).statusCode).toBe(403);
    // The grid names areas by id or by name: one foreign cell refuses the whole batch.
    const batch = await save(
      'omradeschef',
      `${forecast}/batch`,
      {
        forecasts: [
          { period: '2025-04', area: 'Utredning vuxen', deviation: 0 },
          { period: '2025-04', area: 'Boende', deviation: 0 },
        ],
      },
      'POST',
    );
    expect(batch.statusCode, batch.body).toBe(403);
    // The controller writes every area and the committee's own texts.
    const controllers = await save('controller', text('rekrytering'), {
      body: 'Controllerns.',
      version: await versionOf(text('rekrytering')),
    });
    expect(controllers.statusCode, controllers.body).toBe(200);
    expect((await save('ledamot', text('utredning-vuxen'), { body: 'Ledamotens.', version: 0 })).statusCode).toBe(403);
  });

  it('lets only the committee’s controller or an administrator import, and refuses others before the file is stored', async () => {
    for (const [name, want] of [
      ['ledamot', 403],
      ['omradeschef', 403],
      ['utomstaende', 403],
    ] as const) {
      const upload = sieUpload({ kind: 'sie', committee: 'socialnamnden' }, `${SIE_HEAD}${SIE_VOUCHERS}`, 'x.se');
      const res = await (as.get(name) as SignedInInject)({ method: 'POST', url: '/api/imports', ...upload });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(want);
    }
    // A new committee is an administrator's to create.
    const created = sieUpload({ kind: 'sie', committee: 'ny-namnd' }, `${SIE_HEAD}${SIE_VOUCHERS}`, 'ny.se');
    expect((await (as.get('controller') as SignedInInject)({ method: 'POST', url: '/api/imports', ...created })).statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('refuses a change without the CSRF token, and a wrong one', async () => {
    const { cookie, csrfToken } = await server.signIn('controller');
    const url = '/api/committees/socialnamnden/texts/2025-04/comment?area=boende';
    const payload = { body: 'Utan token.', version: ((await server.app.inject({ url })).json() as { version: number }).version };
    const none = await server.anonymous.inject({ method: 'PUT', url, payload, headers: { cookie } });
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toMatch(/CSRF/);
    const wrong = await server.anonymous.inject({ method: 'PUT', url, payload, headers: { cookie, 'x-csrf-token': `${csrfToken}x` } });
    expect(wrong.statusCode).toBe(403);
    const right = await server.anonymous.inject({ method: 'PUT', url, payload, headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(right.statusCode, right.body).toBe(200);
  });

  it('signs in with an httpOnly SameSite=Strict cookie, answers the session, and signs out', async () => {
    const res = await server.anonymous.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'Omradeschef', password: 'demo-omradeschef' },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP here; behind TLS the cookie is Secure
    const cookie = `uppfoljning_session=${res.cookies[0]?.value}`;
    const session = (await server.anonymous.inject({ url: '/api/session', headers: { cookie } })).json();
    expect(session).toMatchObject({
      user: { username: 'omradeschef', displayName: 'Omar Områdeschef', admin: false },
      roles: [{ committeeId: 'socialnamnden', role: 'area-manager', areas: ['utredning-barn', 'utredning-vuxen'] }],
      method: 'password',
    });
    const out = await server.anonymous.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.statusCode).toBe(200);
    expect((await server.anonymous.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    const wrong = await server.anonymous.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'controller', password: 'fel-losenord' },
    });
    const unknown = await server.anonymous.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'ingen', password: 'fel-losenord' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toBe('Fel användarnamn eller lösenord.');
  });

  it('answers /api/health without a session, and sends the security headers', async () => {
    const res = await server.anonymous.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'sqlite' });
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('sign-in limits and TLS', () => {
  it('answers 429 after the sign-in limit, and sets a Secure cookie behind a TLS proxy', async () => {
    const limited = await startTestServer({ server: { signInPerMinute: 3, trustProxy: true } });
    try {
      const attempt = () =>
        limited.anonymous.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password: 'fel-losenord' } });
      // startTestServer signed in once already.
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const refused = await attempt();
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({ error: 'För många inloggningsförsök. Vänta en minut och försök igen.' });
      const tls = await limited.anonymous.inject({
        method: 'POST',
        url: '/api/session',
        remoteAddress: '10.0.0.9',
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '10.0.0.9' },
        payload: { username: 'controller', password: 'demo-controller' },
      });
      expect(tls.statusCode, tls.body).toBe(200);
      expect(String(tls.headers['set-cookie'])).toMatch(/; Secure/);
    } finally {
      await limited.close();
    }
  });
});
