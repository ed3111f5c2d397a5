/**
 * The users' links to the identity provider (administrators only):
 *   GET    /api/oidc/links              { links: [{ username, subject }] }
 *   PUT    /api/oidc/links/:username    { subject }: links the user (matching by subject); 400 when another user has it
 *   DELETE /api/oidc/links/:username    removes the user's link; answers the links left
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { listOidcLinks, setOidcLink } from '#app/oidc-links.ts';
import { errorResponses } from '#contract/errors.ts';
import { OidcLink, OidcLinkChange, OidcLinkList, OidcLinkParams } from '#contract/oidc.ts';
import { actor } from './access.ts';

export function registerOidcLinkRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['inloggning'];
  api.get(
    '/api/oidc/links',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'Användarna som är kopplade till en person hos inloggningstjänsten', response: { 200: OidcLinkList } },
    },
    async (_request, reply) => reply.header('cache-control', 'no-store').send({ links: await listOidcLinks(db) }),
  );
  api.put(
    '/api/oidc/links/:username',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Koppla en användare till ett subjekt hos inloggningstjänsten',
        params: OidcLinkParams,
        body: OidcLinkChange,
        response: { 200: OidcLink, ...errorResponses },
      },
    },
    async (request) => {
      const link = await setOidcLink(db, request.params.username, request.body.subject, actor(request));
      return link ?? { username: request.params.username, subject: request.body.subject };
    },
  );
  api.delete(
    '/api/oidc/links/:username',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Ta bort en användares koppling till inloggningstjänsten',
        params: OidcLinkParams,
        response: { 200: OidcLinkList, ...errorResponses },
      },
    },
    async (request) => {
      await setOidcLink(db, request.params.username, null, actor(request));
      return { links: await listOidcLinks(db) };
    },
  );
}
