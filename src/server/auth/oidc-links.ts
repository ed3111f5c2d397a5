/**
 * A user's link to the identity provider (administrators only; the link itself is `oidcSubject` in
 * GET /api/users):
 *   PUT    /api/users/:username/oidc    { subject }: links the user (for matching by subject); 400 when another user has it
 *   DELETE /api/users/:username/oidc    removes the link (the next sign-in links again by e-mail)
 * Both answer the user as GET /api/users lists them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { setOidcLink } from '#app/oidc-links.ts';
import { getUser } from '#app/users.ts';
import { authResponses, errorResponses, OidcLinkChange, UserJson, UserParams } from '#contract/index.ts';
import { actor } from './access.ts';

export function registerOidcLinkRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const schema = { tags: ['användare'], params: UserParams, response: { 200: UserJson, ...errorResponses, ...authResponses } };
  api.put(
    '/api/users/:username/oidc',
    {
      config: { access: 'admin' },
      schema: { ...schema, summary: 'Koppla användaren till ett subjekt hos inloggningstjänsten', body: OidcLinkChange },
    },
    async (request) => {
      await setOidcLink(db, request.params.username, request.body.subject, actor(request));
      return getUser(db, request.params.username);
    },
  );
  api.delete(
    '/api/users/:username/oidc',
    { config: { access: 'admin' }, schema: { ...schema, summary: 'Ta bort användarens koppling till inloggningstjänsten' } },
    async (request) => {
      await setOidcLink(db, request.params.username, null, actor(request));
      return getUser(db, request.params.username);
    },
  );
}
