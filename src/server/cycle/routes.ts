/**
 * The monthly cycle (src/app/cycle.ts):
 *   GET  /api/committees/:id/cycle                               the committee's opened periods
 *   GET  /api/committees/:id/cycle/:period[?filter=saknas|sen|atersand]   the state and the overview
 *   PUT  /api/committees/:id/cycle/:period                       open with deadlines (or change them)
 *   POST /api/committees/:id/cycle/:period/areas/:area/ready   mark an area ready (its manager, the controller)
 *   POST /api/committees/:id/cycle/:period/areas/:area/return  return it with { note } (controller)
 *   POST /api/committees/:id/cycle/:period/areas/:area/accept  accept it (controller)
 *   POST /api/committees/:id/cycle/:period/approve               approve the whole (controller)
 *   POST /api/committees/:id/cycle/:period/reopen                reopen an approved or published period
 *   POST /api/committees/:id/cycle/reminders                     e-mail each person their remaining items
 *   GET  /api/me/todo                                            the signed-in person's to-do list
 * A refused step answers 409 with the reason. Answers are never cached.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { approveCycle, changeArea, openCycle, reopenCycle } from '#app/cycle.ts';
import { mailSettingsFromEnv, sendReminders } from '#app/cycle-remind.ts';
import { getCycleState, listCycle } from '#app/cycle-state.ts';
import { todoFor } from '#app/cycle-todo.ts';
import type { Db } from '#app/database.ts';
import {
  CommitteeParams,
  CycleAreaParams,
  CycleNote,
  CycleOpen,
  CycleOverviewQuery,
  CyclePeriodList,
  CyclePeriodParams,
  CycleReopen,
  CycleState,
  ErrorBody,
  errorResponses,
  ReminderResult,
  TodoList,
} from '#contract/index.ts';
import { actor, requireArea, signedInUser } from '../auth/access.ts';

const tags = ['cykel'];
const responses = { 200: CycleState, ...errorResponses, 409: ErrorBody };

export function registerCycleRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/committees/:id/cycle',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Nämndens öppnade perioder med tillstånd',
        params: CommitteeParams,
        response: { 200: CyclePeriodList, ...errorResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await listCycle(db, request.params.id)),
  );
  api.get(
    '/api/committees/:id/cycle/:period',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Periodens tillstånd och varje område (översikten), med filter saknas, sen eller atersand',
        params: CyclePeriodParams,
        querystring: CycleOverviewQuery,
        response: { 200: CycleState, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await getCycleState(db, request.params.id, request.params.period, request.query.filter)),
  );
  api.put(
    '/api/committees/:id/cycle/:period',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Öppna perioden med tidsgränser (eller ändra dem)',
        params: CyclePeriodParams,
        body: CycleOpen,
        response: responses,
      },
    },
    async (request) =>
      openCycle(db, { committeeId: request.params.id, period: request.params.period, user: actor(request), ...request.body }),
  );
  api.post(
    '/api/committees/:id/cycle/:period/areas/:area/ready',
    {
      config: { access: 'area' },
      schema: {
        tags,
        summary: 'Markera området klart för granskning',
        params: CycleAreaParams,
        response: { ...responses, 403: ErrorBody },
      },
    },
    async (request) => {
      const p = request.params;
      requireArea(request, p.id, p.area);
      return changeArea(db, { committeeId: p.id, period: p.period, areaId: p.area, action: 'ready', user: actor(request) });
    },
  );
  api.post(
    '/api/committees/:id/cycle/:period/areas/:area/return',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Återsänd området med en kommentar', params: CycleAreaParams, body: CycleNote, response: responses },
    },
    async (request) => {
      const p = request.params;
      return changeArea(db, {
        committeeId: p.id,
        period: p.period,
        areaId: p.area,
        action: 'return',
        note: request.body.note,
        user: actor(request),
      });
    },
  );
  api.post(
    '/api/committees/:id/cycle/:period/areas/:area/accept',
    { config: { access: 'write' }, schema: { tags, summary: 'Godkänn området', params: CycleAreaParams, response: responses } },
    async (request) => {
      const p = request.params;
      return changeArea(db, { committeeId: p.id, period: p.period, areaId: p.area, action: 'accept', user: actor(request) });
    },
  );
  api.post(
    '/api/committees/:id/cycle/:period/approve',
    { config: { access: 'write' }, schema: { tags, summary: 'Godkänn hela rapporten', params: CyclePeriodParams, response: responses } },
    async (request) => approveCycle(db, { committeeId: request.params.id, period: request.params.period, user: actor(request) }),
  );
  api.post(
    '/api/committees/:id/cycle/:period/reopen',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Öppna en godkänd eller publicerad period igen',
        params: CyclePeriodParams,
        body: CycleReopen,
        response: responses,
      },
    },
    async (request) =>
      reopenCycle(db, { committeeId: request.params.id, period: request.params.period, user: actor(request), note: request.body.note }),
  );
  api.post(
    '/api/committees/:id/cycle/reminders',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Skicka påminnelser med e-post (när SMTP är inställt)',
        params: CommitteeParams,
        response: { 200: ReminderResult, ...errorResponses },
      },
    },
    async (request) => sendReminders(db, request.params.id, mailSettingsFromEnv()),
  );
  api.get(
    '/api/me/todo',
    {
      config: { access: 'signed-in' },
      schema: { tags, summary: 'Det den inloggade har kvar att göra', response: { 200: TodoList, 401: ErrorBody } },
    },
    async (request, reply) => {
      const user = signedInUser(request);
      return reply
        .header('cache-control', 'no-store')
        .send(await todoFor(db, { username: user.username, admin: user.admin, roles: user.roles }));
    },
  );
}
