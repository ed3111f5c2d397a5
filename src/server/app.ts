/**
 * The HTTP server: a small JSON/HTML API over the report model, ledger import, the code-to-area
 * mapping and the drill-down, and the built React app (dist/web) with a fallback to index.html
 * for the app's own paths.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifySchemaValidationError,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { ImportRunner, type ImportWorkerOptions } from '#app/import-worker.ts';
import { ReadCache } from '#app/read-cache.ts';
import type { PdfRenderer } from '#report/formats.ts';
import { createPdfRenderer } from '#report/pdf/pool.ts';
import { registerAreaRoutes } from './areas/routes.ts';
import { registerAuditRoutes } from './audit/routes.ts';
import { registerOidcRoutes } from './auth/oidc.ts';
import type { OidcSettings } from './auth/oidc-config.ts';
import { registerOidcLinkRoutes } from './auth/oidc-links.ts';
import { registerAuth } from './auth/plugin.ts';
import { registerSessionRoutes } from './auth/session-routes.ts';
import { registerBudgetRoutes } from './budget/routes.ts';
import { registerCommitteeRoutes } from './committees/routes.ts';
import { registerCycleRoutes } from './cycle/routes.ts';
import { registerDrilldownRoutes } from './drilldown/routes.ts';
import { describeError } from './errors.ts';
import { registerForecastRoutes } from './forecasts/routes.ts';
import { ImportJobs } from './imports/jobs.ts';
import { registerImportRoutes } from './imports/routes.ts';
import { registerUndoRoutes } from './imports/undo-routes.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from './imports/upload.ts';
import { defaultUploadRoot, UploadFolder } from './imports/upload-folder.ts';
import { registerItemRoutes } from './items/routes.ts';
import { registerKpiRoutes } from './kpis/routes.ts';
import { registerMappingRoutes } from './mapping/routes.ts';
import { registerApiDocs, routeValidator } from './openapi.ts';
import { registerReportRoutes } from './reports/routes.ts';
import { registerTemplateRoutes } from './templates/routes.ts';
import { registerTextRoutes } from './texts/routes.ts';
import { registerUserRoutes } from './users/routes.ts';
import { validationErrorBody } from './validation.ts';
import { registerVersionRoutes } from './versions/routes.ts';

/** Where `npm run build:web` puts the React app. */
export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, '../../dist/web');

export interface ServerOptions {
  db: Db;
  /** Directory of the built web app; default dist/web. */
  webRoot?: string;
  /** Fastify's logger option; default off (main.ts turns it on). */
  logger?: FastifyServerOptions['logger'];
  /** Largest ledger file accepted for import, in bytes; default 2 GB. */
  maxUploadBytes?: number;
  /**
   * Folder of the uploads waiting for their import (created, mode 0700; what killed servers left
   * there is removed on start). Default UPPFOLJNING_UPLOAD_DIR, else "uploads" beside the SQLite
   * file, else under the system's temporary folder.
   */
  uploadDir?: string;
  /** How imports run in their worker thread (heap limit, how long a cancel may take). */
  importWorker?: ImportWorkerOptions;
  /** At most this many answers in the read cache (default 1000; 0 builds every answer anew, for benchmarks). */
  readCacheEntries?: number;
  /** Sign-in attempts per client address and minute (default 10). */
  signInPerMinute?: number;
  /** Trust X-Forwarded-* of a proxy in front (default: UPPFOLJNING_TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** Sign-in through the identity provider (main.ts reads UPPFOLJNING_OIDC_*); default none. */
  oidc?: OidcSettings | null;
  /** What makes the PDFs (default: a warm Chromium of the server's own, launched at the first PDF). */
  pdf?: PdfRenderer;
  /** Called for every route as it is registered (the contract test lists them). */
  onRoute?: (route: RouteOptions) => void;
}

/** True when the built web app exists (dist/web/index.html). */
export function hasWebBuild(webRoot = DEFAULT_WEB_ROOT): boolean {
  return existsSync(resolve(webRoot, 'index.html'));
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const app = Fastify({
    logger: options.logger ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 256 },
    // Behind a TLS-terminating proxy: its X-Forwarded-Proto makes the session cookie Secure.
    trustProxy: options.trustProxy ?? process.env.UPPFOLJNING_TRUST_PROXY === '1',
  });

  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  // Cookies, security headers, each request's session, its route's access rule and CSRF.
  await registerAuth(app, db);

  // Every route's params, query, body and response are zod schemas (src/contract).
  app.setValidatorCompiler(routeValidator);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    if (isValidationError(error)) return reply.code(400).send(validationErrorBody(error.validation, error.validationContext));
    const described = describeError(error);
    if (described) return reply.code(described.status).send(described.body);
    request.log.error(error);
    return reply.code(500).send({ error: 'Ett internt fel inträffade. Försök igen senare.' });
  });

  await app.register(fastifyMultipart);
  const jobs = new ImportJobs({ logError: (error) => app.log.error(error) });
  const runner = new ImportRunner(db, options.importWorker);
  // A running import finishes (or fails and rolls back) before the database is closed.
  app.addHook('onClose', async () => {
    await jobs.idle();
    runner.close();
  });

  await registerApiDocs(app);
  const cache = new ReadCache(db, options.readCacheEntries);
  // One warm browser for the server's PDFs, launched at the first PDF (src/report/pdf/pool.ts).
  const ownPdf = options.pdf ? null : createPdfRenderer();
  const pdf = options.pdf ?? (ownPdf as PdfRenderer);
  if (ownPdf) app.addHook('onClose', () => ownPdf.close());
  const uploads = await UploadFolder.open(options.uploadDir ?? defaultUploadRoot(db));
  registerSessionRoutes(app, { db, ...(options.signInPerMinute ? { signInPerMinute: options.signInPerMinute } : {}) });
  registerUserRoutes(app, { db });
  registerCommitteeRoutes(app, { cache });
  registerReportRoutes(app, { cache, pdf });
  registerImportRoutes(app, {
    db,
    jobs,
    uploads,
    runner,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  });
  registerUndoRoutes(app, { jobs, runner });
  registerMappingRoutes(app, { db, uploads });
  registerAreaRoutes(app, { db });
  registerDrilldownRoutes(app, { db, cache });
  registerTextRoutes(app, { db });
  registerTemplateRoutes(app, { db });
  registerForecastRoutes(app, { db });
  registerBudgetRoutes(app, { db });
  registerItemRoutes(app, { db });
  registerKpiRoutes(app, { db, uploads });
  registerAuditRoutes(app, { db });
  registerCycleRoutes(app, { db });
  registerVersionRoutes(app, { db, cache, pdf });
  registerOidcRoutes(app, { db, settings: options.oidc ?? null });
  registerOidcLinkRoutes(app, { db });

  // Anything else under /api is a JSON 404, never the web app.
  app.all('/api/*', { config: { access: 'signed-in' }, schema: { hide: true } }, async (request, reply) =>
    reply.code(404).send({ error: `Okänd adress i API:t: ${request.method} ${request.url.split('?')[0]}` }),
  );

  if (hasWebBuild(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      wildcard: true,
      cacheControl: false, // set below, per file
      setHeaders(res, path) {
        // Vite puts content-hashed files under assets/: cache them for good; the rest briefly.
        const immutable = path.includes(`${resolve(webRoot, 'assets')}`);
        res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const sendApp = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    app.get('/', { schema: { hide: true } }, async (_request, reply) => sendApp(reply));
    // The app's own paths (/socialnamnden/2025-04/rapport …) are not files: answer the app.
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // A missing file (/assets/x.js, /favicon.ico) is a 404, not the app.
      const looksLikeFile = path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(path);
      if ((request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && !looksLikeFile) {
        return sendApp(reply);
      }
      return reply.code(404).send({ error: 'Sidan finns inte.' });
    });
  } else {
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/')) return reply.code(404).send({ error: 'Sidan finns inte.' });
      return reply.code(503).type('text/html; charset=utf-8').send(missingBuildPage());
    });
  }

  return app;
}

function isValidationError(error: unknown): error is { validation: FastifySchemaValidationError[]; validationContext?: string } {
  return Array.isArray((error as { validation?: unknown } | null)?.validation);
}

function missingBuildPage(): string {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Webbappen är inte byggd – Uppföljning</title></head>
<body><main><h1>Webbappen är inte byggd</h1>
<p>Katalogen <code>dist/web</code> saknas. Kör <code>npm run build:web</code> och starta servern igen.</p>
<p>API:t fungerar ändå, till exempel <a href="/api/committees">/api/committees</a>.</p></main></body></html>`;
}
