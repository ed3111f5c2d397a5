/**
 * Every route declares who may call it, in its options: `config: { access: 'write' }`.
 *
 *   public     anyone (GET /api/health, POST /api/session, the OIDC redirects)
 *   signed-in  any signed-in user (their session, the committee list filtered to their committees)
 *   admin      administrators (users, committees)
 *   published | read | area | write
 *              a role in the committee named by the route's `:id` parameter (src/core/roles.ts);
 *              for `area` the handler also names the area with requireArea()
 *
 * A route under /api without a rule is refused when it is registered, so a new route cannot be
 * forgotten; test/roles-routes.test.ts walks every role over every route of the OpenAPI document.
 */
import type { FastifyRequest } from 'fastify';
import { type CommitteeNeed, type CommitteeRole, mayInArea, mayInCommittee } from '#core/roles.ts';
import { HttpError } from '../errors.ts';

export type Access = 'public' | 'signed-in' | 'admin' | CommitteeNeed;

/** The signed-in user of a request. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  admin: boolean;
  roles: CommitteeRole[];
  /** Signed in with a one-time password, which is to be changed. */
  mustChangePassword: boolean;
}

export interface RequestAuth {
  user: AuthUser;
  /** The session's CSRF token (sent back in x-csrf-token on every state change). */
  csrfToken: string;
  /** The session's id (a hash of the cookie's token, never the token). */
  sessionId: string;
  expiresAt: string;
  /** How the user signed in: 'password' or 'oidc'. */
  method: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Set by the auth hook before the handler; null without a session (public routes only). */
    auth: RequestAuth | null;
  }
}

export function signedInUser(request: FastifyRequest): AuthUser {
  if (!request.auth) throw new HttpError(401, 'Du är inte inloggad.');
  return request.auth.user;
}

/** Who changes something, for the use cases' `user` (the import log, texts' history, the audit log). */
export function actor(request: FastifyRequest): string {
  return signedInUser(request).username;
}

/** Throws 403 unless the signed-in user may do `need` in the committee. */
export function requireCommittee(request: FastifyRequest, committeeId: string, need: CommitteeNeed): void {
  if (!mayInCommittee(signedInUser(request), committeeId, need)) throw forbidden();
}

/** Throws 403 unless the signed-in user may write this area's own inputs (null: the committee's own). */
export function requireArea(request: FastifyRequest, committeeId: string, areaId: string | null): void {
  if (!mayInArea(signedInUser(request), committeeId, areaId)) {
    throw forbidden(
      areaId === null ? 'Bara nämndens controller får ändra nämndens egna uppgifter.' : `Du får inte ändra området ${areaId}.`,
    );
  }
}

export function forbidden(message = 'Du saknar behörighet för detta.'): HttpError {
  return new HttpError(403, message);
}
