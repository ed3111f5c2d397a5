/**
 * The code flow against a real OpenID provider (oidc-provider on a local port), driven with real
 * HTTP requests, and the matching of the person it answers among the users (SQLite and
 * PostgreSQL). The server's routes over the same parts: test/oidc-signin.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOidcLinks, setOidcLink } from '#app/oidc-links.ts';
import { matchOidcUser } from '#app/oidc-signin.ts';
import { OidcClient, OidcFlowError, PENDING_TTL_MS } from '#server/auth/oidc-client.ts';
import { readOidcSettings } from '#server/auth/oidc-config.ts';
import type { Db } from '#store/db.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { CookieJar, runProviderFlow } from './helpers/oidc-flow.ts';
import { startTestProvider, type TestProvider } from './helpers/oidc-provider.ts';

const REDIRECT = 'http://127.0.0.1:9/api/session/oidc/callback';

let provider: TestProvider;
let oidc: OidcClient;

beforeAll(async () => {
  provider = await startTestProvider({
    redirectUri: REDIRECT,
    people: [
      { sub: 'anna-sub', email: 'Anna.Andersson@kommun.example', name: 'Anna Andersson' },
      { sub: 'okand-sub', email: 'okand@kommun.example' },
      { sub: 'obekraftad-sub', email: 'anna.andersson@kommun.example', emailVerified: false },
    ],
  });
  const settings = readOidcSettings({
    UPPFOLJNING_OIDC_ISSUER: provider.issuer,
    UPPFOLJNING_OIDC_CLIENT_ID: provider.clientId,
    UPPFOLJNING_OIDC_CLIENT_SECRET: provider.clientSecret,
    UPPFOLJNING_OIDC_REDIRECT_URI: REDIRECT,
  });
  if (!settings) throw new Error('settings expected');
  oidc = new OidcClient(settings);
});
afterAll(async () => {
  await provider?.close();
});

/** Signs in at the provider as `login` and answers the callback's query and what begin() kept. */
async function signInAtProvider(login: string) {
  const { url, pending } = await oidc.begin('/');
  const { stoppedAt } = await runProviderFlow(new CookieJar(), url, provider.issuer, login, {
    stopBefore: (target) => target.href.startsWith(REDIRECT),
  });
  if (!stoppedAt) throw new Error('the provider never redirected back');
  return { query: stoppedAt.search, pending, authorizationUrl: url };
}

describe('the code flow against oidc-provider', () => {
  it('asks for the code with PKCE (S256), state and nonce, and answers the subject and the e-mail address', async () => {
    const { query, pending, authorizationUrl } = await signInAtProvider('anna-sub');
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('state')).toBe(pending.state);
    expect(authorizationUrl.searchParams.get('nonce')).toBe(pending.nonce);
    expect(authorizationUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(new URLSearchParams(query).get('state')).toBe(pending.state);
    // The e-mail address is not in the code flow's ID token here: it comes from userinfo.
    expect(await oidc.finish(query, pending)).toEqual({ subject: 'anna-sub', email: 'Anna.Andersson@kommun.example', emailVerified: true });
  });

  it('refuses a callback whose state is not the one kept, a wrong PKCE verifier, and a code used twice', async () => {
    const { query, pending } = await signInAtProvider('anna-sub');
    await expect(oidc.finish(query, { ...pending, state: 'annat-state' })).rejects.toThrow(OidcFlowError);
    const other = await signInAtProvider('anna-sub');
    await expect(oidc.finish(other.query, { ...other.pending, verifier: pending.verifier })).rejects.toThrow(
      /godtog inte inloggningen \(invalid_grant\)/,
    );
    const third = await signInAtProvider('anna-sub');
    await oidc.finish(third.query, third.pending);
    await expect(oidc.finish(third.query, third.pending)).rejects.toThrow(/invalid_grant/);
  });

  it('refuses a callback after the time a sign-in may take, and a provider that answers an error', async () => {
    const { query, pending } = await signInAtProvider('anna-sub');
    await expect(oidc.finish(query, pending, pending.expires + 1)).rejects.toThrow('Inloggningen tog för lång tid. Börja om.');
    expect(pending.expires - Date.now()).toBeLessThanOrEqual(PENDING_TTL_MS);
    const denied = `?error=access_denied&error_description=End-User%20aborted%20interaction&state=${pending.state}&iss=${encodeURIComponent(provider.issuer)}`;
    await expect(oidc.finish(denied, pending)).rejects.toThrow(
      'Inloggningen avbröts eller nekades hos inloggningstjänsten: End-User aborted interaction.',
    );
  });

  it('says so when the provider cannot be reached', async () => {
    const unreachable = new OidcClient({ ...oidc.settings, issuer: new URL('http://127.0.0.1:9') });
    await expect(unreachable.begin('/')).rejects.toThrow(
      'Inloggningstjänsten (http://127.0.0.1:9/) svarar inte eller saknar OpenID Connect-inställningar. Försök igen om en stund.',
    );
  });
});

async function addUser(db: Db, username: string, fields: { email?: string; oidcSubject?: string; disabled?: boolean } = {}) {
  await db.kysely
    .insertInto('users')
    .values({
      id: `id-${username}`,
      username,
      display_name: username,
      email: fields.email ?? null,
      oidc_subject: fields.oidcSubject ?? null,
      password_hash: null,
      disabled: fields.disabled ? 1 : 0,
      created_at: '2025-05-01T00:00:00.000Z',
      created_by: 'test',
    })
    .execute();
}

describe.each(TEST_DATABASES)('matching the person among the users on $name', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await addUser(db, 'anna', { email: 'anna.andersson@kommun.example' });
    await addUser(db, 'bo', { email: 'bo@kommun.example', oidcSubject: 'bo-gammal' });
    await addUser(db, 'cilla', { email: 'cilla@kommun.example', disabled: true });
    await addUser(db, 'dubbel1', { email: 'dubbel@kommun.example' });
    await addUser(db, 'dubbel2', { email: 'Dubbel@kommun.example' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('finds the user by e-mail address (any case), links the subject once and then finds them by it', async () => {
    const first = await matchOidcUser(db, { subject: 'anna-sub', email: 'Anna.Andersson@kommun.example', emailVerified: true }, 'email');
    expect(first).toEqual({ ok: true, userId: 'id-anna', username: 'anna', linked: true });
    const row = await db.kysely.selectFrom('users').select('oidc_subject').where('username', '=', 'anna').executeTakeFirstOrThrow();
    expect(row.oidc_subject).toBe('anna-sub');
    const audit = await db.kysely.selectFrom('audit_log').selectAll().where('entity_key', '=', 'anna').execute();
    expect(audit.map((a) => [a.action, a.before_json, a.after_json])).toEqual([
      ['link-oidc', '{"oidcSubject":null}', '{"oidcSubject":"anna-sub"}'],
    ]);
    // A new address at the provider: still Anna, by the subject.
    const later = await matchOidcUser(db, { subject: 'anna-sub', email: 'anna.ny@kommun.example' }, 'email');
    expect(later).toEqual({ ok: true, userId: 'id-anna', username: 'anna', linked: false });
  });

  it('refuses an unknown person, an unverified address, a user linked to another subject, two users with the address, and a disabled user', async () => {
    expect(await matchOidcUser(db, { subject: 'x', email: 'okand@kommun.example' }, 'email')).toEqual({
      ok: false,
      reason: 'unknown',
      message:
        'Det finns ingen användare i Uppföljning med e-postadressen okand@kommun.example. Be en administratör av Uppföljning att lägga upp dig som användare.',
    });
    expect(await matchOidcUser(db, { subject: 'x' }, 'email')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(await matchOidcUser(db, { subject: 'x', email: 'bo@kommun.example', emailVerified: false }, 'email')).toMatchObject({
      ok: false,
      reason: 'unverified',
    });
    expect(await matchOidcUser(db, { subject: 'bo-ny', email: 'bo@kommun.example' }, 'email')).toMatchObject({
      ok: false,
      reason: 'taken',
    });
    expect(await matchOidcUser(db, { subject: 'x', email: 'dubbel@kommun.example' }, 'email')).toMatchObject({
      ok: false,
      reason: 'ambiguous',
    });
    expect(await matchOidcUser(db, { subject: 'cilla-sub', email: 'cilla@kommun.example' }, 'email')).toEqual({
      ok: false,
      reason: 'disabled',
      message: 'Användaren cilla är avstängd i Uppföljning. Kontakta en administratör.',
    });
    // Nothing was linked by the refusals.
    const linked = await db.kysely
      .selectFrom('users')
      .select(['username', 'oidc_subject'])
      .where('oidc_subject', 'is not', null)
      .orderBy('username')
      .execute();
    expect(linked).toEqual([
      { username: 'anna', oidc_subject: 'anna-sub' },
      { username: 'bo', oidc_subject: 'bo-gammal' },
    ]);
  });

  it('matching by subject finds only a linked user, whatever the address', async () => {
    expect(await matchOidcUser(db, { subject: 'bo-gammal', email: 'annan@kommun.example' }, 'subject')).toEqual({
      ok: true,
      userId: 'id-bo',
      username: 'bo',
      linked: false,
    });
    expect(await matchOidcUser(db, { subject: 'ny-sub', email: 'bo@kommun.example' }, 'subject')).toMatchObject({
      ok: false,
      reason: 'unknown',
    });
  });

  it('an administrator links a subject by hand, is refused one another user has, and unlinks; each in the audit log', async () => {
    expect(await setOidcLink(db, 'dubbel1', 'dubbel1-sub', 'admin')).toEqual({ username: 'dubbel1', subject: 'dubbel1-sub' });
    expect(await matchOidcUser(db, { subject: 'dubbel1-sub' }, 'subject')).toMatchObject({ ok: true, username: 'dubbel1' });
    await expect(setOidcLink(db, 'dubbel2', 'dubbel1-sub', 'admin')).rejects.toThrow(
      'Subjektet dubbel1-sub är redan kopplat till användaren dubbel1.',
    );
    await expect(setOidcLink(db, 'ingen', null, 'admin')).rejects.toThrow('Användaren ingen finns inte.');
    expect(await setOidcLink(db, 'bo', null, 'admin')).toBeNull();
    // Unlinked, Bo's new account at the provider now links by e-mail.
    expect(await matchOidcUser(db, { subject: 'bo-ny', email: 'bo@kommun.example' }, 'email')).toMatchObject({
      ok: true,
      username: 'bo',
      linked: true,
    });
    expect(await listOidcLinks(db)).toEqual([
      { username: 'anna', subject: 'anna-sub' },
      { username: 'bo', subject: 'bo-ny' },
      { username: 'dubbel1', subject: 'dubbel1-sub' },
    ]);
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select(['user_name', 'entity_key', 'action', 'before_json', 'after_json'])
      .where('entity_key', 'in', ['bo', 'dubbel1'])
      .execute();
    // Two may share a millisecond: compared without order.
    expect(audit).toHaveLength(3);
    expect(audit).toEqual(
      expect.arrayContaining([
        {
          user_name: 'admin',
          entity_key: 'dubbel1',
          action: 'link-oidc',
          before_json: '{"oidcSubject":null}',
          after_json: '{"oidcSubject":"dubbel1-sub"}',
        },
        {
          user_name: 'admin',
          entity_key: 'bo',
          action: 'unlink-oidc',
          before_json: '{"oidcSubject":"bo-gammal"}',
          after_json: '{"oidcSubject":null}',
        },
        {
          user_name: 'bo',
          entity_key: 'bo',
          action: 'link-oidc',
          before_json: '{"oidcSubject":null}',
          after_json: '{"oidcSubject":"bo-ny"}',
        },
      ]),
    );
  });
});
