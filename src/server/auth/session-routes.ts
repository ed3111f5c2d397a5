/**
 * Sign-in and the session:
 *   POST   /api/session            { username, password }: signs in (the session cookie); 401 when wrong
 *   GET    /api/session            who is signed in, their roles and the CSRF token
 *   DELETE /api/session            signs out
 *   POST   /api/session/password   { currentPassword, newPassword }: changes one's own password
 *   GET    /api/health             answers without sign-in
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '#app/database.ts';
import { changeOwnPassword, checkPassword, createSession, endSession, resolveSession, SignInError } from '#app/sessions.ts';
import { authResponses, ErrorBody, Health, PasswordChange, SessionJson, SignIn } from '#contract/index.ts';
import { HttpError } from '../errors.ts';
import { clearSessionCookie, setSessionCookie } from './cookie.ts';

export interface SessionRouteOptions {
  db: Db;
  /** Sign-in attempts per client address and minute (default 10). */
  signInPerMinute?: number;
}

export function registerSessionRoutes(app: FastifyInstance, { db, signInPerMinute = 10 }: SessionRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['inloggning'], summary: 'Svarar om servern och databasen är uppe (utan inloggning)', response: { 200: Health } },
    },
    async (_request, reply) => {
      await db.snapshot((q) => q.selectFrom('committees').select('id').limit(1).execute());
      return reply.header('cache-control', 'no-store').send({ status: 'ok' as const, database: db.dialect });
    },
  );

  api.post(
    '/api/session',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: signInPerMinute,
          timeWindow: '1 minute',
          errorResponseBuilder: () => new HttpError(429, 'För många inloggningsförsök. Vänta en minut och försök igen.'),
        },
      },
      schema: {
        tags: ['inloggning'],
        summary: 'Logga in med användarnamn och lösenord',
        description:
          'Svarar sessionen och sätter sessionskakan (httpOnly, SameSite=Strict). Högst 10 försök per minut och adress (429 därefter).',
        body: SignIn,
        response: { 200: SessionJson, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      let user: { id: string };
      try {
        user = await checkPassword(db, request.body.username, request.body.password);
      } catch (error) {
        if (error instanceof SignInError) return reply.code(401).send({ error: error.message, field: 'password' });
        throw error;
      }
      const { token } = await createSession(db, user.id, 'password');
      setSessionCookie(request, reply, token);
      return reply.header('cache-control', 'no-store').send(await sessionAnswer(db, token));
    },
  );

  api.get(
    '/api/session',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['inloggning'],
        summary: 'Vem som är inloggad, med roller och CSRF-token',
        response: { 200: SessionJson, ...authResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(sessionOf(request)),
  );

  api.delete(
    '/api/session',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['inloggning'], summary: 'Logga ut', response: { 200: z.object({ signedOut: z.literal(true) }), ...authResponses } },
    },
    async (request, reply) => {
      if (request.auth) await endSession(db, request.auth.sessionId);
      clearSessionCookie(request, reply);
      return { signedOut: true as const };
    },
  );

  api.post(
    '/api/session/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['inloggning'],
        summary: 'Byt sitt eget lösenord',
        description: 'Användarens andra sessioner avslutas; den här fortsätter.',
        body: PasswordChange,
        response: { 200: SessionJson, 400: ErrorBody, ...authResponses },
      },
    },
    async (request, reply) => {
      const auth = request.auth;
      if (!auth) return reply.code(401).send({ error: 'Du är inte inloggad.' });
      await changeOwnPassword(db, auth.user.id, request.body.currentPassword, request.body.newPassword, auth.sessionId);
      return reply
        .header('cache-control', 'no-store')
        .send({ ...sessionOf(request), user: { ...sessionOf(request).user, mustChangePassword: false } });
    },
  );
}

async function sessionAnswer(db: Db, token: string): Promise<SessionJson> {
  const session = await resolveSession(db, token);
  if (!session) throw new Error('a session just created cannot be read back');
  return toJson(session.user, session.csrfToken, session.expiresAt, session.method);
}

function sessionOf(request: FastifyRequest): SessionJson {
  const auth = request.auth;
  if (!auth) throw new Error('sessionOf without a session');
  return toJson(auth.user, auth.csrfToken, auth.expiresAt, auth.method);
}

function toJson(
  user: {
    username: string;
    displayName: string;
    email: string | null;
    admin: boolean;
    mustChangePassword: boolean;
    roles: SessionJson['roles'];
  },
  csrfToken: string,
  expiresAt: string,
  method: string,
): SessionJson {
  return {
    user: {
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      admin: user.admin,
      mustChangePassword: user.mustChangePassword,
    },
    roles: user.roles,
    csrfToken,
    expiresAt,
    method: method === 'oidc' ? 'oidc' : 'password',
  };
}
