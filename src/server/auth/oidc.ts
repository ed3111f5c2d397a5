/**
 * Sign-in through the municipality's identity provider (OpenID Connect; settings in oidc-config.ts):
 *   GET /api/session/providers        how one may sign in (the sign-in page asks): password, and OIDC's label or null
 *   GET /api/session/oidc?to=/path    redirects to the provider (authorization code with PKCE, state, nonce)
 *   GET /api/session/oidc/callback    the provider's answer: a session and its cookie exactly as
 *                                     POST /api/session gives, then back to the app (`to`, else /);
 *                                     a person who is not a user, or a failed sign-in, gets a Swedish page
 * All three are public. Without OIDC settings the last two answer 404.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '#app/database.ts';
import { matchOidcUser } from '#app/oidc-signin.ts';
import { createSession } from '#app/sessions.ts';
import { OidcCallbackQuery, OidcStartQuery, SignInProviders } from '#contract/oidc.ts';
import { setSessionCookie } from './cookie.ts';
import { OidcClient, OidcFlowError, PENDING_TTL_MS, type PendingSignIn } from './oidc-client.ts';
import type { OidcSettings } from './oidc-config.ts';
import { signInRefusedPage } from './oidc-page.ts';

export const OIDC_START_PATH = '/api/session/oidc';
const PENDING_COOKIE = 'uppfoljning_oidc';

const Pending = z.object({ state: z.string(), nonce: z.string(), verifier: z.string(), returnTo: z.string(), expires: z.number() });

/** A path of this app to return to; anything that a browser would take to another site (//host, /\\host, …) is /. */
export function safeReturnPath(to: string | undefined): string {
  if (!to?.startsWith('/')) return '/';
  const base = 'http://app.invalid';
  const url = new URL(to, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}

const pendingCookieOptions = (settings: OidcSettings) => ({
  httpOnly: true,
  // Lax: the provider's redirect back is a top-level navigation from another site.
  sameSite: 'lax' as const,
  secure: settings.redirectUri.protocol === 'https:',
  path: OIDC_START_PATH,
});

function readPending(request: FastifyRequest): PendingSignIn | null {
  const raw = request.cookies[PENDING_COOKIE];
  if (!raw) return null;
  try {
    const parsed = Pending.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function refusedPage(reply: FastifyReply, status: number, heading: string, message: string) {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(signInRefusedPage(heading, message));
}

export function registerOidcRoutes(app: FastifyInstance, { db, settings }: { db: Db; settings: OidcSettings | null }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const oidc = settings ? new OidcClient(settings) : null;

  api.get(
    '/api/session/providers',
    {
      config: { access: 'public' },
      schema: {
        tags: ['inloggning'],
        summary: 'Sätten att logga in: lösenord, och kommunens inloggningstjänst när den är inställd',
        response: { 200: SignInProviders },
      },
    },
    async () => ({ password: true as const, oidc: settings ? { label: settings.label, url: OIDC_START_PATH } : null }),
  );

  // Browser navigations (redirects and HTML), not JSON: kept out of the OpenAPI document.
  api.get(
    OIDC_START_PATH,
    { config: { access: 'public' }, schema: { hide: true, querystring: OidcStartQuery } },
    async (request, reply) => {
      if (!oidc || !settings) return reply.code(404).send({ error: 'Inloggning via kommunens inloggningstjänst är inte inställd.' });
      try {
        const { url, pending } = await oidc.begin(safeReturnPath(request.query.to));
        const value = Buffer.from(JSON.stringify(pending), 'utf8').toString('base64url');
        return reply
          .setCookie(PENDING_COOKIE, value, { ...pendingCookieOptions(settings), maxAge: PENDING_TTL_MS / 1000 })
          .header('cache-control', 'no-store')
          .redirect(url.href, 302);
      } catch (error) {
        if (error instanceof OidcFlowError) return refusedPage(reply, error.status, 'Inloggningen kunde inte starta', error.message);
        throw error;
      }
    },
  );

  api.get(
    `${OIDC_START_PATH}/callback`,
    { config: { access: 'public' }, schema: { hide: true, querystring: OidcCallbackQuery } },
    async (request, reply) => {
      if (!oidc || !settings) return reply.code(404).send({ error: 'Inloggning via kommunens inloggningstjänst är inte inställd.' });
      // The flow's cookie is used once, whatever the outcome.
      reply.clearCookie(PENDING_COOKIE, pendingCookieOptions(settings));
      const pending = readPending(request);
      if (!pending) {
        return refusedPage(
          reply,
          400,
          'Inloggningen misslyckades',
          'Inloggningen saknar sitt sammanhang i webbläsaren (den startades i en annan webbläsare, eller för länge sedan). Börja om från inloggningssidan.',
        );
      }
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      let identity: Awaited<ReturnType<OidcClient['finish']>>;
      try {
        identity = await oidc.finish(query, pending);
      } catch (error) {
        if (error instanceof OidcFlowError) return refusedPage(reply, error.status, 'Inloggningen misslyckades', error.message);
        throw error;
      }
      const matched = await matchOidcUser(db, identity, settings.match);
      if (!matched.ok) {
        request.log.info({ subject: identity.subject, reason: matched.reason }, 'OIDC sign-in refused');
        return refusedPage(reply, 403, 'Du kan inte logga in i Uppföljning', matched.message);
      }
      const session = await createSession(db, matched.userId, 'oidc');
      setSessionCookie(request, reply, session.token, session.expiresAt);
      return reply.header('cache-control', 'no-store').redirect(pending.returnTo, 302);
    },
  );
}
