/**
 * A committee's report template:
 *   GET    /api/committees/:id/template        the template (the default when none is saved), its version and choices
 *   PUT    /api/committees/:id/template        save { sections, cover, charts, kpis, version }; 409 when stale
 *   DELETE /api/committees/:id/template        back to the default template (and no logo)
 *   GET    /api/committees/:id/template/logo   the logo's image
 *   PUT    /api/committees/:id/template/logo   { base64, alt }: PNG or JPEG by its bytes, at most 512 kB
 *   DELETE /api/committees/:id/template/logo   removes the logo
 * The materiality threshold shown on the same page is PATCH /api/committees/:id (texts/routes.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '#app/database.ts';
import { readTemplate, readTemplateLogo, removeTemplateLogo, resetTemplate, saveTemplate, setTemplateLogo } from '#app/templates.ts';
import { CommitteeParams, ErrorBody, errorResponses, TemplateJson, TemplateLogoSave, TemplateSave } from '#contract/index.ts';
import { actor } from '../auth/access.ts';

/** A logo of 512 kB is about 700 kB as base64; a larger body still reaches the use case, which says how large it was. */
const LOGO_BODY_LIMIT = 12 * 1024 ** 2;

export function registerTemplateRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rapportmall'];
  api.get(
    '/api/committees/:id/template',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Nämndens rapportmall (standardmallen om ingen är sparad)',
        params: CommitteeParams,
        response: { 200: TemplateJson, ...errorResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await readTemplate(db, request.params.id)),
  );

  api.put(
    '/api/committees/:id/template',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Spara rapportmallen med versionen den utgick från',
        description: 'En inaktuell version sparar ingenting och ger 409 (conflict.stored och conflict.sent).',
        params: CommitteeParams,
        body: TemplateSave,
        response: { 200: TemplateJson, ...errorResponses, 409: ErrorBody },
      },
    },
    async (request) => {
      const { version, ...template } = request.body;
      return saveTemplate(db, request.params.id, { template, version }, actor(request));
    },
  );

  api.delete(
    '/api/committees/:id/template',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Återställ standardmallen (avsnitt, rubriker, diagram, nyckeltal; ingen logotyp)',
        params: CommitteeParams,
        response: { 200: TemplateJson, ...errorResponses, 409: ErrorBody },
      },
    },
    async (request) => resetTemplate(db, request.params.id, actor(request)),
  );

  api.get(
    '/api/committees/:id/template/logo',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Rapportmallens logotyp (PNG eller JPEG)',
        params: CommitteeParams,
        response: { 200: z.any().meta({ description: 'Bilden (image/png eller image/jpeg).' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const logo = await readTemplateLogo(db, request.params.id);
      return reply
        .type(logo.mediaType)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(logo.bytes);
    },
  );

  api.put(
    '/api/committees/:id/template/logo',
    {
      config: { access: 'write' },
      bodyLimit: LOGO_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Ladda upp logotypen (PNG eller JPEG, högst 512 kB) med textalternativ',
        description: 'Bildtypen avgörs av filens innehåll, inte av namnet. SVG tas inte emot.',
        params: CommitteeParams,
        body: TemplateLogoSave,
        response: { 200: TemplateJson, ...errorResponses, 409: ErrorBody, 413: ErrorBody },
      },
    },
    async (request) => setTemplateLogo(db, request.params.id, request.body, actor(request)),
  );

  api.delete(
    '/api/committees/:id/template/logo',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Ta bort logotypen',
        params: CommitteeParams,
        response: { 200: TemplateJson, ...errorResponses, 409: ErrorBody },
      },
    },
    async (request) => removeTemplateLogo(db, request.params.id, actor(request)),
  );
}
