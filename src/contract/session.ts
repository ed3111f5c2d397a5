/** Sign-in, the session and people (users with their roles per committee). */
import { z } from 'zod';
import { ROLES } from '#core/roles.ts';
import { ErrorBody } from './errors.ts';

/** Answers of routes that need a session (401) and a role (403). */
export const authResponses = { 401: ErrorBody, 403: ErrorBody } as const;

export const SignIn = z.object({
  username: z.string({ message: 'Ange användarnamn.' }).min(1, { message: 'Ange användarnamn.' }).max(200),
  password: z.string({ message: 'Ange lösenord.' }).min(1, { message: 'Ange lösenord.' }).max(1000),
});

export const CommitteeRoleJson = z
  .object({
    committeeId: z.string(),
    role: z.enum(['controller', 'area-manager', 'reader']),
    areas: z.array(z.string()).describe('Områdeschefens områden (id); tom för andra roller.'),
  })
  .meta({ id: 'CommitteeRole' });

export const SessionJson = z
  .object({
    user: z.object({
      username: z.string(),
      displayName: z.string(),
      email: z.string().nullable(),
      admin: z.boolean(),
      mustChangePassword: z.boolean().describe('Lösenordet är engångs: byt det (POST /api/session/password).'),
    }),
    roles: z.array(CommitteeRoleJson),
    csrfToken: z.string().describe('Skickas i rubriken x-csrf-token i varje ändrande begäran.'),
    expiresAt: z.string().describe('När sessionen tar slut utan aktivitet (ISO-tid).'),
    method: z.enum(['password', 'oidc']),
  })
  .meta({ id: 'Session' });
export type SessionJson = z.infer<typeof SessionJson>;

export const PasswordChange = z.object({
  currentPassword: z.string({ message: 'Ange nuvarande lösenord.' }).min(1, { message: 'Ange nuvarande lösenord.' }).max(1000),
  newPassword: z.string({ message: 'Ange nytt lösenord.' }).min(1, { message: 'Ange nytt lösenord.' }).max(1000),
});

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) });

const Username = z
  .string({ message: 'Ange användarnamn.' })
  .min(1, { message: 'Ange användarnamn.' })
  .max(64, { message: 'Användarnamnet får vara högst 64 tecken.' });
const RoleName = z.enum(ROLES, { message: `Rollen ska vara en av ${ROLES.join(', ')}.` });
const CommitteeField = z.string().max(100).nullable().optional().describe('Nämndens id (krävs för alla roller utom admin).');
const AreasField = z.array(z.string().max(100)).max(500).optional().describe('Områdeschefens områden.');

export const UserJson = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    oidcSubject: z.string().nullable(),
    hasPassword: z.boolean(),
    mustChangePassword: z.boolean(),
    disabled: z.boolean(),
    admin: z.boolean(),
    roles: z.array(CommitteeRoleJson),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'User' });

export const UserList = z.object({ users: z.array(UserJson) });

export const UserParams = z.object({ username: Username });
export const UserRoleParams = z.object({
  username: Username,
  committee: z.string().min(1).max(100).describe('Nämndens id, eller "admin" för rollen admin.'),
});

export const UserCreate = z.object({
  username: Username,
  displayName: z.string().max(200).nullable().optional(),
  email: z.string().max(254).nullable().optional(),
  role: RoleName,
  committee: CommitteeField,
  areas: AreasField,
  password: z.string().max(1000).nullable().optional().describe('Utan lösenord skapas ett engångslösenord som måste bytas vid inloggning.'),
});

export const UserCreated = z.object({ user: UserJson, oneTimePassword: z.string().nullable() });

export const RoleGrantBody = z.object({ role: RoleName, committee: CommitteeField, areas: AreasField });

export const PasswordReset = z.object({ password: z.string().max(1000).nullable().optional() });
export const PasswordResetDone = z.object({ oneTimePassword: z.string().nullable() });

export const UserPatch = z.object({
  displayName: z.string().max(200).optional(),
  email: z.string().max(254).nullable().optional(),
  disabled: z.boolean().optional(),
});
