/**
 * The HTTP contract: every route's params, query, body and response as zod schemas, one file per
 * feature. The server validates and serialises with them and publishes them as OpenAPI
 * (GET /api/openapi.json, /api/docs); the web app takes its types from them. Imports only zod and
 * src/core.
 */
export * from './areas.ts';
export * from './audit.ts';
export * from './budget.ts';
export * from './committees.ts';
export * from './cycle.ts';
export * from './drilldown.ts';
export * from './errors.ts';
export * from './forecasts.ts';
export * from './imports.ts';
export * from './items.ts';
export * from './kpis.ts';
export * from './mapping.ts';
export * from './oidc.ts';
export * from './reports.ts';
export * from './session.ts';
export * from './templates.ts';
export * from './text-warnings.ts';
export * from './texts.ts';
export * from './versions.ts';
