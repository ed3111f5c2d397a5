/**
 * Annual forecasts per area and period (amounts in öre):
 *   GET    /api/committees/:id/forecasts/:period          ForecastList: every area's forecast, both
 *          baselines, the year's earlier forecasts, the change since the previous one, and the
 *          committee total (with committee items outside the areas)
 *   PUT    /api/committees/:id/forecasts/:period/:area    { deviation } or { result }: saves one
 *   DELETE /api/committees/:id/forecasts/:period/:area    removes one (404 when there is none)
 *   POST   /api/committees/:id/forecasts/:period/batch    { forecasts: [{ period, area, deviation|result }] }
 *          the grid's cells: every one saved or none (400 naming the area and month)
 *   GET    /api/committees/:id/forecast-accuracy/:year    forecast against outcome per area and month
 * Saves answer { saved, list } with the list of :period as GET gives it.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { readForecastAccuracy } from '#app/forecast-accuracy.ts';
import { removeForecast, saveForecasts } from '#app/forecast-save.ts';
import { listForecasts } from '#app/forecasts.ts';
import {
  ErrorBody,
  errorResponses,
  ForecastAccuracyJson,
  ForecastAreaParams,
  ForecastBatch,
  ForecastList,
  ForecastPeriodParams,
  ForecastSaved,
  ForecastValue,
  ForecastYearParams,
} from '#contract/index.ts';
import { actor, requireArea } from '../auth/access.ts';
import { requireNamedAreas } from '../auth/area-access.ts';

export function registerForecastRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['prognos'];
  api.get(
    '/api/committees/:id/forecasts/:period',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Periodens årsprognoser per område, med förslag, tidigare prognoser och nämndens summa',
        params: ForecastPeriodParams,
        response: { 200: ForecastList, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await listForecasts(db, request.params.id, request.params.period)),
  );

  api.put(
    '/api/committees/:id/forecasts/:period/:area',
    {
      config: { access: 'area' },
      schema: {
        tags,
        summary: 'Spara ett områdes årsprognos (avvikelse eller helårsresultat)',
        params: ForecastAreaParams,
        body: ForecastValue,
        response: { 200: ForecastSaved, ...errorResponses },
      },
    },
    async (request) => {
      const { id, period, area } = request.params;
      requireArea(request, id, area);
      const saved = await saveForecasts(db, id, [{ period, area, ...request.body }], actor(request));
      return { saved: saved.length, list: await listForecasts(db, id, period) };
    },
  );

  api.delete(
    '/api/committees/:id/forecasts/:period/:area',
    {
      config: { access: 'area' },
      schema: {
        tags,
        summary: 'Ta bort ett områdes årsprognos',
        params: ForecastAreaParams,
        response: { 200: ForecastSaved, ...errorResponses },
      },
    },
    async (request) => {
      const { id, period, area } = request.params;
      requireArea(request, id, area);
      await removeForecast(db, id, period, area);
      return { saved: 0, list: await listForecasts(db, id, period) };
    },
  );

  api.post(
    '/api/committees/:id/forecasts/:period/batch',
    {
      config: { access: 'area' },
      schema: {
        tags,
        summary: 'Spara flera prognoser (rutnätet): alla eller ingen',
        params: ForecastPeriodParams,
        body: ForecastBatch,
        response: { 200: ForecastSaved, ...errorResponses, 413: ErrorBody },
      },
    },
    async (request) => {
      const { id, period } = request.params;
      await requireNamedAreas(
        request,
        db,
        id,
        request.body.forecasts.map((f) => f.area),
      );
      const saved = await saveForecasts(db, id, request.body.forecasts, actor(request));
      return { saved: saved.length, list: await listForecasts(db, id, period) };
    },
  );

  api.get(
    '/api/committees/:id/forecast-accuracy/:year',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Prognossäkerhet: prognos mot utfall per område och månad, när räkenskapsåret är avslutat',
        params: ForecastYearParams,
        response: { 200: ForecastAccuracyJson, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await readForecastAccuracy(db, request.params.id, request.params.year)),
  );
}
