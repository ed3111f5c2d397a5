/**
 * The API's documentation, made from the route schemas (src/contract): the OpenAPI 3 document at
 * GET /api/openapi.json and a readable page at /api/docs (Swagger UI, served with its own assets,
 * so it works offline).
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const DOCS_PREFIX = '/api/docs';
export const OPENAPI_PATH = '/api/openapi.json';

/** Bodies sent as multipart/form-data: documented from their schema, checked by the route itself. */
const uploadBodies = new WeakSet<object>();

/**
 * The body of a multipart upload: the text fields (as the route checks them with the same schema)
 * and the file. Fastify does not parse such a body, so it is not validated before the route: the
 * route reads the parts and checks the fields with `fields`.
 */
export function uploadBody<T extends z.ZodObject>(fields: T, file: string) {
  const body = fields.extend({ file: z.string().meta({ format: 'binary', description: file }) });
  uploadBodies.add(body);
  return body;
}

/** zod validation for every route, except an upload's body (checked by the route, see uploadBody). */
export const routeValidator: FastifySchemaCompiler<z.ZodType> = (route) =>
  route.httpPart === 'body' && uploadBodies.has(route.schema) ? () => ({ value: undefined }) : validatorCompiler(route);

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Uppföljning API',
        version: '1',
        description:
          'Månadsuppföljning av nämnder: rapporter, import av bokföring, mappning av ansvar till områden och drill-down till konteringar. Alla belopp är heltal i öre. Felsvar har formen { error, field?, file?, line?, row?, column? } med ett svenskt meddelande som namnger platsen.',
      },
      tags: [
        { name: 'nämnder', description: 'Nämnder och deras perioder' },
        { name: 'rapporter', description: 'Månadsrapporten som JSON eller HTML' },
        { name: 'import', description: 'Import av SIE-filer och tabeller (CSV/XLSX)' },
        { name: 'mappning', description: 'Vilket område varje ansvar hör till' },
        { name: 'drill-down', description: 'Från ett områdes avvikelse till konteringarna' },
        { name: 'texter', description: 'Rapportens texter: tillstånd, versioner och historik' },
        { name: 'rapportmall', description: 'Nämndens rapportmall: avsnitt, rubriker, försättsblad, logotyp, diagram och nyckeltal' },
        { name: 'poster', description: 'Poster på nämndnivå i prognosen: PO-påslag, löneöversyn, statsbidrag, potter' },
        { name: 'nyckeltal', description: 'Nyckeltal per område och månad' },
        { name: 'cykel', description: 'Månadens granskning: klart, återsänt, godkänt, publicerat; tidsgränser och att göra' },
        { name: 'inloggning', description: 'Inloggning, sessionen och CSRF-token (rubriken x-csrf-token)' },
        { name: 'användare', description: 'Användare och deras roller per nämnd (administratörer)' },
      ],
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { deepLinking: true } });
  app.get(OPENAPI_PATH, { config: { access: 'signed-in' }, schema: { hide: true } }, async () => app.swagger());
}
