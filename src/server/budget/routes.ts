/**
 * Budget decisions, periodization and investment projects:
 *   GET    /api/committees/:id/budget/decisions?fiscalYear=2025   { decisions }
 *   POST   /api/committees/:id/budget/decisions                   DecisionBody → 201 the decision
 *   DELETE /api/committees/:id/budget/decisions/:decisionId       { removed: id }
 *   PUT    /api/committees/:id/budget/periodizations              PeriodizationBody → what was set
 *   GET    /api/committees/:id/budget/:period                     the revised budget per area, its history, periodization, flags
 *   GET    /api/committees/:id/investments?fiscalYear=2025        { projects }
 *   POST   /api/committees/:id/investments                        ProjectBody → 201 the project
 *   PATCH  /api/committees/:id/investments/:projectId             ProjectBody (what is left out stays) → the project
 *   GET    /api/committees/:id/investments/:period                the projects' figures year to date
 * Who changed it is the signed-in user.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addDecision, decisionsOfYear, removeDecision } from '#app/budget-decisions.ts';
import { budgetOverview, setPeriodization } from '#app/budget-periodization.ts';
import type { Db } from '#app/database.ts';
import { investmentOverview, type ProjectInput, projectsOfYear, saveInvestmentProject } from '#app/investments.ts';
import { setProjectDimension } from '#app/project-dimension.ts';
import {
  BudgetOverviewJson,
  CommitteeParams,
  Decision,
  DecisionBody,
  DecisionList,
  DecisionParams,
  DecisionRemoved,
  errorResponses,
  FiscalYearQuery,
  InvestmentOverviewJson,
  PeriodizationBody,
  PeriodizationSaved,
  Project,
  ProjectBody,
  ProjectDimensionBody,
  ProjectDimensionSet,
  ProjectList,
  ProjectParams,
} from '#contract/index.ts';
import { ReportParams } from '#contract/reports.ts';
import { actor } from '../auth/access.ts';

function projectInput(body: ProjectBody, id: string): ProjectInput {
  return {
    id,
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.budget !== undefined ? { budget: body.budget } : {}),
    ...(body.carryOver !== undefined ? { carryOver: body.carryOver } : {}),
    ...(body.forecast !== undefined ? { forecast: body.forecast } : {}),
    ...(body.accounts !== undefined ? { accounts: body.accounts } : {}),
    ...(body.dimensionObject !== undefined ? { dimensionObject: body.dimensionObject } : {}),
  };
}

export function registerBudgetRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['budget'];
  const PeriodParams = ReportParams.pick({ id: true }).extend({ period: ReportParams.shape.period });

  api.get(
    '/api/committees/:id/budget/decisions',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Årets budgetbeslut',
        params: CommitteeParams,
        querystring: FiscalYearQuery,
        response: { 200: DecisionList, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({ decisions: await decisionsOfYear(db, request.params.id, request.query.fiscalYear) }),
  );
  api.post(
    '/api/committees/:id/budget/decisions',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Lägg till ett budgetbeslut',
        params: CommitteeParams,
        body: DecisionBody,
        response: { 201: Decision, ...errorResponses },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const decision = await addDecision(
        db,
        request.params.id,
        {
          id: b.id ?? null,
          body: b.body,
          decidedOn: b.decidedOn,
          ref: b.ref ?? null,
          text: b.text,
          lines: b.lines.map((l) =>
            l.target === 'area'
              ? { target: 'area', area: l.area, group: l.group ?? null, amount: l.amount }
              : { target: 'investment', project: l.project ?? null, amount: l.amount },
          ),
        },
        actor(request),
      );
      return reply.code(201).send(decision);
    },
  );
  api.delete(
    '/api/committees/:id/budget/decisions/:decisionId',
    {
      config: { access: 'write' },
      schema: { tags, summary: 'Ta bort ett budgetbeslut', params: DecisionParams, response: { 200: DecisionRemoved, ...errorResponses } },
    },
    async (request) => {
      await removeDecision(db, request.params.id, request.params.decisionId);
      return { removed: request.params.decisionId };
    },
  );
  api.put(
    '/api/committees/:id/budget/periodizations',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Periodisera ett områdes kontogrupp',
        params: CommitteeParams,
        body: PeriodizationBody,
        response: { 200: PeriodizationSaved, ...errorResponses },
      },
    },
    async (request) =>
      setPeriodization(
        db,
        request.params.id,
        request.body.fiscalYear,
        { ...request.body, weights: request.body.weights ?? null },
        actor(request),
      ),
  );
  api.get(
    '/api/committees/:id/budget/:period',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Reviderad budget per område med historik och periodisering',
        params: PeriodParams,
        response: { 200: BudgetOverviewJson, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await budgetOverview(db, request.params.id, request.params.period)),
  );
  api.get(
    '/api/committees/:id/investments',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Årets investeringsprojekt',
        params: CommitteeParams,
        querystring: FiscalYearQuery,
        response: { 200: ProjectList, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({ projects: await projectsOfYear(db, request.params.id, request.query.fiscalYear) }),
  );
  api.post(
    '/api/committees/:id/investments',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Lägg till ett investeringsprojekt',
        params: CommitteeParams,
        body: ProjectBody,
        response: { 201: Project, ...errorResponses },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const project = await saveInvestmentProject(db, request.params.id, b.fiscalYear, projectInput(b, b.id ?? ''), 'add', actor(request));
      return reply.code(201).send(project);
    },
  );
  api.put(
    '/api/committees/:id/investments/source',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Läs investeringsprojektens utfall per SIE-dimension (eller per konto)',
        description:
          'Dimensionen läses vid import: läs in SIE-filen igen efter en ändring (svaret säger om den senaste importen redan läste den).',
        params: CommitteeParams,
        body: ProjectDimensionBody,
        response: { 200: ProjectDimensionSet, ...errorResponses },
      },
    },
    async (request) => setProjectDimension(db, request.params.id, request.body.projectDimension, actor(request)),
  );
  api.patch(
    '/api/committees/:id/investments/:projectId',
    {
      config: { access: 'write' },
      schema: {
        tags,
        summary: 'Ändra ett investeringsprojekt',
        params: ProjectParams,
        body: ProjectBody,
        response: { 200: Project, ...errorResponses },
      },
    },
    async (request) =>
      saveInvestmentProject(
        db,
        request.params.id,
        request.body.fiscalYear,
        projectInput(request.body, request.params.projectId),
        'set',
        actor(request),
      ),
  );
  api.get(
    '/api/committees/:id/investments/:period',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Investeringsprojektens budget, utfall och prognos',
        params: PeriodParams,
        response: { 200: InvestmentOverviewJson, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await investmentOverview(db, request.params.id, request.params.period)),
  );
}
