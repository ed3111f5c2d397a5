/**
 * `uppfoljning user add|list|grant|revoke|password|disable|enable`: people and their roles, run as
 * a local administrator on the database given (--user names who does it, for the audit log).
 *
 *   user add USERNAME --role ROLE [--committee C] [--areas A,B] [--name N] [--email E] [--password-stdin]
 *   user list [--json]
 *   user grant USERNAME --role ROLE [--committee C] [--areas A,B]
 *   user revoke USERNAME --committee C|admin
 *   user password USERNAME [--password-stdin]     without --password-stdin: a one-time password
 */
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { addUser, changeUser, getUser, grantRole, listUsers, parseRole, revokeRole, setPassword, type UserView } from '#app/users.ts';
import type { Command } from './io.ts';

/** Reads the password from standard input (one line; a trailing newline is not part of it). */
async function readPassword(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (text.includes('\n')) throw new InputError('lösenordet ska vara en rad', '--password-stdin');
  return text;
}

function areas(text: string | undefined): string[] | undefined {
  return text === undefined
    ? undefined
    : text
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
}

function describeUser(u: UserView): string {
  const roles = [
    ...(u.admin ? ['admin'] : []),
    ...u.roles.map((r) => `${r.role} i ${r.committeeId}${r.areas.length ? ` (${r.areas.join(', ')})` : ''}`),
  ];
  const flags = [u.disabled ? 'avstängd' : '', u.mustChangePassword ? 'engångslösenord' : '', u.hasPassword ? '' : 'inget lösenord'].filter(
    Boolean,
  );
  return `${u.username}\t${u.displayName}\t${u.email ?? '-'}\t${roles.join('; ') || 'ingen roll'}${flags.length ? `\t${flags.join(', ')}` : ''}`;
}

export async function userCommand({ db, values, args, io }: Command): Promise<number> {
  const [action = 'list', username] = args;
  const actor = values.user ?? currentUser();
  const json = (value: unknown) => io.out(`${JSON.stringify(value, null, 2)}\n`);
  if (action === 'list') {
    const users = await listUsers(db);
    if (values.json) json(users);
    else for (const u of users) io.out(`${describeUser(u)}\n`);
    return 0;
  }
  if (!username) throw new InputError('ange användarnamnet', `user ${action}`);
  const password = values['password-stdin'] ? await readPassword(io.in) : null;
  switch (action) {
    case 'add': {
      if (!values.role) throw new InputError('måste anges (admin, controller, area-manager eller reader)', '--role');
      const added = await addUser(
        db,
        {
          username,
          role: parseRole(values.role, '--role'),
          committee: values.committee ?? null,
          ...(values.areas !== undefined ? { areas: areas(values.areas) } : {}),
          displayName: values.name ?? null,
          email: values.email ?? null,
          password,
        },
        actor,
      );
      if (values.json) json(added);
      else {
        io.out(`Användaren ${added.user.username} är tillagd: ${describeUser(added.user)}\n`);
        if (added.oneTimePassword) io.out(`Engångslösenord (byts vid första inloggningen): ${added.oneTimePassword}\n`);
      }
      return 0;
    }
    case 'grant': {
      if (!values.role) throw new InputError('måste anges (admin, controller, area-manager eller reader)', '--role');
      const granted = await grantRole(
        db,
        username,
        {
          role: parseRole(values.role, '--role'),
          committee: values.committee ?? null,
          ...(values.areas !== undefined ? { areas: areas(values.areas) } : {}),
        },
        actor,
      );
      if (values.json) json(granted);
      else io.out(`${describeUser(granted)}\n`);
      return 0;
    }
    case 'revoke': {
      if (!values.committee) throw new InputError('måste anges (nämndens id, eller admin för rollen admin)', '--committee');
      const revoked = await revokeRole(db, username, values.committee, actor);
      if (values.json) json(revoked);
      else io.out(`${describeUser(revoked)}\n`);
      return 0;
    }
    case 'password': {
      const done = await setPassword(db, username, password, actor);
      if (values.json) json(done);
      else if (done.oneTimePassword) io.out(`Engångslösenord för ${username} (byts vid inloggningen): ${done.oneTimePassword}\n`);
      else io.out(`Lösenordet för ${username} är bytt. Användarens sessioner är avslutade.\n`);
      return 0;
    }
    case 'disable':
    case 'enable': {
      const changed = await changeUser(db, username, { disabled: action === 'disable' }, actor);
      if (values.json) json(changed);
      else io.out(`${describeUser(changed)}\n`);
      return 0;
    }
    case 'show': {
      const u = await getUser(db, username);
      if (values.json) json(u);
      else io.out(`${describeUser(u)}\n`);
      return 0;
    }
    default:
      throw new InputError('skriv add, list, show, grant, revoke, password, disable eller enable', 'user');
  }
}
