/** The session cookie: httpOnly, SameSite=Strict, Secure when the request came over TLS. */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'uppfoljning_session';

/**
 * Sets the cookie of a new session. It has no expiry of its own (it ends with the browser); the
 * server ends the session after its idle and absolute limits (src/app/sessions.ts).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, _expiresAt?: string): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });
}

export function sessionToken(request: FastifyRequest): string | null {
  const value = request.cookies[SESSION_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}
