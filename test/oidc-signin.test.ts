/**
 * Signing in through the identity provider over the server's routes: the real server (listening)
 * and a real OpenID provider (oidc-provider) on local ports, a client registered, the whole flow
 * driven with real HTTP requests (redirects by hand, cookies per origin). A user matched by e-mail
 * gets a session exactly like the password sign-in's; an unknown person a Swedish page and no session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, lastStep, runProviderFlow } from './helpers/oidc-flow.ts';
import { type OidcTestSetup, startOidcServer } from './helpers/oidc-server.ts';
import { startTestServer } from './helpers/server.ts';

let setup: OidcTestSetup;

beforeAll(async () => {
  setup = await startOidcServer([
    { sub: 'kc-controller-1', email: 'Controller@Kommun.example', name: 'Cecilia Controller' },
    { sub: 'kc-okand', email: 'okand@kommun.example' },
  ]);
  const patched = await setup.server.app.inject({
    method: 'PATCH',
    url: '/api/users/controller',
    payload: { email: 'controller@kommun.example' },
  });
  expect(patched.statusCode, patched.body).toBe(200);
}, 60_000);

afterAll(async () => {
  await setup?.close();
});

const appUrl = (path: string) => new URL(path, setup.server.url);

describe('sign-in through the identity provider', () => {
  it('tells the sign-in page that OIDC is configured, and its label', async () => {
    const res = await fetch(appUrl('/api/session/providers'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ password: true, oidc: { label: 'Testkommunens inloggning', url: '/api/session/oidc' } });
  });

  it('signs a user in by e-mail address: a session and cookie like the password sign-in, back at the page asked for', async () => {
    const jar = new CookieJar();
    const flow = await runProviderFlow(
      jar,
      appUrl('/api/session/oidc?to=/socialnamnden/2025-04'),
      setup.provider.issuer,
      'kc-controller-1',
    );
    const start = flow.steps[0];
    expect(start?.response.status).toBe(302);
    const authorize = new URL(start?.response.headers.get('location') ?? '');
    expect(authorize.origin).toBe(setup.provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(start?.response.headers.getSetCookie().join()).toMatch(
      /^uppfoljning_oidc=[^;]+; Max-Age=600; Path=\/api\/session\/oidc; HttpOnly; SameSite=Lax$/,
    );

    const callback = lastStep(flow);
    expect(callback.url.pathname).toBe('/api/session/oidc/callback');
    expect(callback.response.status).toBe(302);
    expect(callback.response.headers.get('location')).toBe('/socialnamnden/2025-04');
    const cookies = callback.response.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith('uppfoljning_oidc=;'))).toBe(true);
    // The same session cookie as POST /api/session sets.
    expect(cookies.find((c) => c.startsWith('uppfoljning_session='))).toMatch(
      /^uppfoljning_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/,
    );

    const session = await jar.fetch(appUrl('/api/session'));
    expect(session.status).toBe(200);
    const body = (await session.json()) as { user: { username: string }; roles: unknown[]; csrfToken: string; method: string };
    expect(body.user.username).toBe('controller');
    expect(body.roles).toEqual([{ committeeId: 'socialnamnden', role: 'controller', areas: [] }]);
    expect(body.method).toBe('oidc');
    expect(body.csrfToken).toMatch(/.{16,}/);
    const report = await jar.fetch(appUrl('/api/committees/socialnamnden/reports/2025-04'));
    expect(report.status).toBe(200);

    const rows = await setup.server.db.kysely
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.username', 'users.oidc_subject', 'sessions.method'])
      .where('sessions.method', '=', 'oidc')
      .execute();
    expect(rows).toEqual([{ username: 'controller', oidc_subject: 'kc-controller-1', method: 'oidc' }]);
  });

  it('refuses a person who is not a user with a Swedish page, and gives no session', async () => {
    const jar = new CookieJar();
    const callback = lastStep(await runProviderFlow(jar, appUrl('/api/session/oidc'), setup.provider.issuer, 'kc-okand'));
    expect(callback.response.status).toBe(403);
    expect(callback.response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await callback.response.text();
    expect(page).toContain('<h1>Du kan inte logga in i Uppföljning</h1>');
    expect(page).toContain(
      'Det finns ingen användare i Uppföljning med e-postadressen okand@kommun.example. Be en administratör av Uppföljning att lägga upp dig som användare.',
    );
    expect((await jar.fetch(appUrl('/api/session'))).status).toBe(401);
  });

  it('refuses a callback in another browser (no flow cookie) and a callback used twice', async () => {
    const jar = new CookieJar();
    const { stoppedAt } = await runProviderFlow(jar, appUrl('/api/session/oidc'), setup.provider.issuer, 'kc-controller-1', {
      stopBefore: (url) => url.pathname === '/api/session/oidc/callback',
    });
    if (!stoppedAt) throw new Error('no callback');
    const elsewhere = await new CookieJar().fetch(stoppedAt);
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.text()).toContain('Inloggningen saknar sitt sammanhang i webbläsaren');
    const first = await jar.fetch(stoppedAt);
    expect(first.status).toBe(302);
    // The flow cookie is gone; even with it sent again the provider refuses the used code.
    const replay = await jar.fetch(stoppedAt);
    expect(replay.status).toBe(400);
  });

  it('a start with a return address off the app goes back to the start page', async () => {
    const callback = lastStep(
      await runProviderFlow(new CookieJar(), appUrl('/api/session/oidc?to=//evil.example/x'), setup.provider.issuer, 'kc-controller-1'),
    );
    expect(callback.response.headers.get('location')).toBe('/');
  });

  it('without OIDC settings the routes answer 404 and the providers say so', async () => {
    const plain = await startTestServer();
    try {
      expect((await plain.app.inject({ url: '/api/session/providers' })).json()).toEqual({ password: true, oidc: null });
      expect((await plain.app.inject({ url: '/api/session/oidc' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
