/**
 * People, for administrators:
 *   GET    /api/users                               every user with their roles
 *   POST   /api/users                               add a user with one role (a one-time password unless one is given)
 *   PATCH  /api/users/:username                     name, e-mail, disabled
 *   POST   /api/users/:username/roles               grant a role in a committee (or admin)
 *   DELETE /api/users/:username/roles/:committee    revoke it ("admin" for the admin role)
 *   POST   /api/users/:username/password            set a password, or make a one-time one
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '#app/database.ts';
import { addUser, changeUser, grantRole, listUsers, revokeRole, setPassword } from '#app/users.ts';
import {
  authResponses,
  errorResponses,
  PasswordReset,
  PasswordResetDone,
  RoleGrantBody,
  UserCreate,
  UserCreated,
  UserJson,
  UserList,
  UserParams,
  UserPatch,
  UserRoleParams,
} from '#contract/index.ts';
import { actor } from '../auth/access.ts';

const admin = { access: 'admin' } as const;
const responses = { ...errorResponses, ...authResponses };

export function registerUserRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/users',
    { config: admin, schema: { tags: ['användare'], summary: 'Alla användare med roller', response: { 200: UserList, ...responses } } },
    async (_request, reply) => reply.header('cache-control', 'no-store').send({ users: await listUsers(db) }),
  );

  api.post(
    '/api/users',
    {
      config: admin,
      schema: {
        tags: ['användare'],
        summary: 'Lägg till en användare med en roll',
        description: 'Utan lösenord skapas ett engångslösenord (svaras en gång) som användaren byter vid första inloggningen.',
        body: UserCreate,
        response: { 200: UserCreated, ...responses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await addUser(db, request.body, actor(request))),
  );

  api.patch(
    '/api/users/:username',
    {
      config: admin,
      schema: {
        tags: ['användare'],
        summary: 'Ändra namn, e-post eller stäng av',
        params: UserParams,
        body: UserPatch,
        response: { 200: UserJson, ...responses },
      },
    },
    async (request) => changeUser(db, request.params.username, request.body, actor(request)),
  );

  api.post(
    '/api/users/:username/roles',
    {
      config: admin,
      schema: {
        tags: ['användare'],
        summary: 'Ge en roll i en nämnd (eller admin)',
        description: 'Ersätter användarens roll i den nämnden. Användarens sessioner avslutas.',
        params: UserParams,
        body: RoleGrantBody,
        response: { 200: UserJson, ...responses },
      },
    },
    async (request) => grantRole(db, request.params.username, request.body, actor(request)),
  );

  api.delete(
    '/api/users/:username/roles/:committee',
    {
      config: admin,
      schema: {
        tags: ['användare'],
        summary: 'Ta bort en roll ("admin" för rollen admin)',
        params: UserRoleParams,
        response: { 200: UserJson, ...responses },
      },
    },
    async (request) => revokeRole(db, request.params.username, request.params.committee, actor(request)),
  );

  api.post(
    '/api/users/:username/password',
    {
      config: admin,
      schema: {
        tags: ['användare'],
        summary: 'Sätt ett lösenord eller skapa ett engångslösenord',
        params: UserParams,
        body: PasswordReset,
        response: { 200: PasswordResetDone, ...responses },
      },
    },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await setPassword(db, request.params.username, request.body.password ?? null, actor(request))),
  );
}
