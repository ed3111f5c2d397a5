import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '#app/demo/index.ts';
import { checkPassword } from '#app/sessions.ts';
import { openDatabase } from '#store/db.ts';
import { main } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'uppf-cli-user-'));
const file = join(dir, 'db.sqlite');

async function run(args: string[], input?: string) {
  let out = '';
  let err = '';
  const code = await main([...args, '--db', file, '--user', 'it-admin'], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    ...(input !== undefined ? { in: Readable.from([input]) } : {}),
  });
  return { code, out, err };
}

beforeAll(async () => {
  const db = await openDatabase({ file });
  await loadDemo(db, 'demo', { committees: 'socialnamnden' });
  await db.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('uppfoljning user', () => {
  it('adds an area manager with a password from stdin, who can then sign in', async () => {
    const added = await run(
      [
        'user',
        'add',
        'Anna.Berg',
        '--role',
        'area-manager',
        '--committee',
        'socialnamnden',
        '--areas',
        'boende,oppenvard',
        '--name',
        'Anna Berg',
        '--email',
        'anna.berg@example.se',
        '--password-stdin',
      ],
      'ett-langt-losenord\n',
    );
    expect(added.code, added.err).toBe(0);
    expect(added.out).toMatch(
      /^Användaren anna\.berg är tillagd: anna\.berg\tAnna Berg\tanna\.berg@example\.se\tarea-manager i socialnamnden \(boende, oppenvard\)\n$/,
    );
    const db = await openDatabase({ file });
    try {
      expect((await checkPassword(db, 'anna.berg', 'ett-langt-losenord')).username).toBe('anna.berg');
      const audit = await db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity', '=', 'user')
        .where('entity_key', '=', 'anna.berg')
        .execute();
      expect(audit.map((a) => [a.action, a.user_name, a.committee_id])).toEqual([['create', 'it-admin', 'socialnamnden']]);
      expect(audit[0]?.after_json).not.toMatch(/argon2/);
    } finally {
      await db.close();
    }
  });

  it('prints a one-time password when none is given, and lists people with their roles as JSON', async () => {
    const added = await run(['user', 'add', 'ks', '--role', 'reader', '--committee', 'socialnamnden']);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Engångslösenord \(byts vid första inloggningen\): [a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}\n$/);
    const list = await run(['user', 'list', '--json']);
    const users = JSON.parse(list.out) as { username: string; admin: boolean; mustChangePassword: boolean; roles: { role: string }[] }[];
    expect(users.map((u) => u.username)).toEqual(['admin', 'anna.berg', 'controller', 'ks', 'ledamot', 'omradeschef']);
    expect(users.find((u) => u.username === 'ks')).toMatchObject({ mustChangePassword: true, roles: [{ role: 'reader' }] });
    expect(list.out).not.toMatch(/argon2|passwordHash/);
  });

  it('grants, revokes and refuses what does not fit, naming the option', async () => {
    expect((await run(['user', 'grant', 'ks', '--role', 'controller', '--committee', 'socialnamnden'])).out).toMatch(
      /^ks\tks\t-\tcontroller i socialnamnden\tengångslösenord\n$/,
    );
    const noArea = await run(['user', 'grant', 'ks', '--role', 'area-manager', '--committee', 'socialnamnden', '--areas', 'finns-inte']);
    expect(noArea.code).toBe(2);
    expect(noArea.err).toBe('uppfoljning: areas: nämnden socialnamnden har inga områden finns-inte.\n');
    const badRole = await run(['user', 'grant', 'ks', '--role', 'chef']);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/--role: okänd roll "chef"/);
    expect((await run(['user', 'revoke', 'ks', '--committee', 'socialnamnden'])).out).toMatch(/ingen roll/);
    expect((await run(['user', 'revoke', 'ks', '--committee', 'socialnamnden'])).code).toBe(3);
    const lastAdmin = await run(['user', 'revoke', 'admin', '--committee', 'admin']);
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.err).toMatch(/den enda administratören/);
    const short = await run(['user', 'password', 'ks', '--password-stdin'], 'kort\n');
    expect(short.code).toBe(2);
    expect(short.err).toMatch(/minst 10 tecken \(det har 4\)/);
    expect((await run(['user', 'add', 'ks', '--role', 'reader', '--committee', 'socialnamnden'])).err).toMatch(/användaren ks finns redan/);
  });
});
