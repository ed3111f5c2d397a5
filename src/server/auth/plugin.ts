/**
 * Sign-in for every route: cookies, security headers (helmet), the session of each request, its
 * access rule (src/server/auth/access.ts) and CSRF on every state change.
 *
 *   - A route under /api must declare `config.access`; one that does not is refused at registration.
 *   - Without a valid session every route but the public ones answers 401.
 *   - A role too small for the route answers 403.
 *   - Every method but GET, HEAD and OPTIONS carries the session's CSRF token in x-csrf-token.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '#app/database.ts';
import { resolveSession } from '#app/sessions.ts';
import { mayInCommittee } from '#core/roles.ts';
import { DOCS_PREFIX } from '../openapi.ts';
import type { Access } from './access.ts';
import { sessionToken } from './cookie.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const COMMITTEE_NEEDS = new Set<Access>(['published', 'read', 'area', 'write']);

/** The app loads only its own scripts; styles may be inline (the standalone HTML report carries its CSS). Nothing may frame it. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerAuth(app: FastifyInstance, db: Db): Promise<void> {
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // The report is opened from the app in a new tab; nothing is embedded cross-origin.
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, { global: false });
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route) => {
    if (isApiPath(route.url) && !accessOf(route)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request.routeOptions);
    // The web app's files need no session; the API's routes all have a rule.
    if (!access) return;
    const token = sessionToken(request);
    if (token) {
      const session = await resolveSession(db, token);
      if (session)
        request.auth = {
          user: session.user,
          csrfToken: session.csrfToken,
          sessionId: session.id,
          expiresAt: session.expiresAt,
          method: session.method,
        };
    }
    if (access === 'public') return;
    if (!request.auth) return reply.code(401).send({ error: 'Du är inte inloggad. Logga in och försök igen.' });
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request)) {
      return reply.code(403).send({ error: 'Begäran saknar giltig CSRF-token (rubriken x-csrf-token). Ladda om sidan och försök igen.' });
    }
    const user = request.auth.user;
    if (access === 'admin' && !user.admin) return reply.code(403).send({ error: 'Bara en administratör får göra detta.' });
    if (COMMITTEE_NEEDS.has(access)) {
      const committeeId = (request.params as { id?: unknown } | undefined)?.id;
      if (typeof committeeId !== 'string' || !mayInCommittee(user, committeeId, access as 'published')) {
        return reply.code(403).send({ error: forbiddenMessage(access) });
      }
    }
  });
}

/** The route's rule; routes of the API's documentation page need a session. */
function accessOf(route: { url?: string | undefined; config?: unknown } | undefined): Access | undefined {
  if (!route) return undefined;
  const declared = (route.config as { access?: Access } | undefined)?.access;
  if (declared) return declared;
  if (route.url?.startsWith(DOCS_PREFIX)) return 'signed-in';
  return undefined;
}

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

function csrfMatches(request: FastifyRequest): boolean {
  const sent = request.headers['x-csrf-token'];
  const expected = request.auth?.csrfToken;
  if (typeof sent !== 'string' || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function forbiddenMessage(access: Access): string {
  switch (access) {
    case 'published':
      return 'Du har ingen roll i den här nämnden.';
    case 'read':
      return 'Du får bara se nämndens publicerade rapporter.';
    case 'area':
      return 'Du får inte ändra den här nämndens uppgifter.';
    default:
      return 'Bara nämndens controller får göra detta.';
  }
}
