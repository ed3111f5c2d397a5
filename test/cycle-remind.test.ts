/** Reminders by e-mail through a real local SMTP server (smtp-server), with authentication, and nothing sent without SMTP settings. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeArea, openCycle } from '#app/cycle.ts';
import { mailSettingsFromEnv, sendReminders } from '#app/cycle-remind.ts';
import { ensureDemo } from '#app/demo/index.ts';
import type { Db } from '#store/db.ts';
import { freshSqlite } from './helpers/databases.ts';

interface Received {
  from: string;
  to: string[];
  user: string | undefined;
  raw: string;
}

const C = 'socialnamnden';
const OURS = ['anna@kommun.test', 'carin@kommun.test', 'dan@kommun.test'];
/** The mails to this test's people (the demo's own people may get theirs too). */
const ours = (all: readonly Received[]) => all.filter((r) => r.to.some((to) => OURS.includes(to)));
const P = '2025-04';

async function addPerson(db: Db, username: string, email: string | null, role: string, areas: string[] = []) {
  const id = `test-${username}`;
  await db.kysely
    .insertInto('users')
    .values({ id, username, display_name: `Test ${username}`, email, created_at: '2025-05-01T00:00:00Z', created_by: 'test' })
    .execute();
  await db.kysely.insertInto('user_roles').values({ user_id: id, committee_id: C, role }).execute();
  for (const area_id of areas) await db.kysely.insertInto('user_areas').values({ user_id: id, committee_id: C, area_id }).execute();
}

describe('reminders by e-mail', () => {
  let db: Db;
  let server: SMTPServer;
  let port = 0;
  const received: Received[] = [];
  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        if (auth.username === 'uppf' && auth.password === 'hemligt') return callback(null, { user: auth.username });
        return callback(new Error('Fel lösenord'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
    db = await freshSqlite();
    await ensureDemo(db, { committees: 'socialnamnden' });
    await addPerson(db, 'anna', 'anna@kommun.test', 'area-manager', ['utredning-vuxen', 'utredning-barn']);
    await addPerson(db, 'bo', null, 'area-manager', ['familjeratt']);
    await addPerson(db, 'carin', 'carin@kommun.test', 'controller');
    await addPerson(db, 'dan', 'dan@kommun.test', 'reader');
    await openCycle(db, { committeeId: C, period: P, user: 'carin', deadline: '2025-05-10', areaDeadline: '2025-05-07' });
    await changeArea(db, { committeeId: C, period: P, user: 'anna', areaId: 'utredning-barn', action: 'ready' });
    await changeArea(db, {
      committeeId: C,
      period: P,
      user: 'carin',
      areaId: 'utredning-barn',
      action: 'return',
      note: 'Förklara prognosen.',
    });
  });
  afterAll(async () => {
    await db?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  const mine = (result: Awaited<ReturnType<typeof sendReminders>>) =>
    result.people.filter((p) => ['anna', 'bo', 'carin', 'dan'].includes(p.username));

  it('keeps the list in the app when no SMTP server is configured', async () => {
    expect(mailSettingsFromEnv({})).toBeNull();
    const result = await sendReminders(db, C, null);
    expect(result.smtp).toBe(false);
    expect(mine(result).map((p) => [p.username, p.items, p.sent])).toEqual([
      ['anna', 2, false],
      ['bo', 1, false],
      ['carin', 0, false],
      ['dan', 0, false],
    ]);
    expect(received).toHaveLength(0);
  });

  it('sends each person with something to do one mail listing it, signed in to the SMTP server', async () => {
    const settings = mailSettingsFromEnv({
      UPPFOLJNING_SMTP_URL: `smtp://uppf:hemligt@127.0.0.1:${port}`,
      UPPFOLJNING_MAIL_FROM: 'Uppföljning <uppfoljning@kommun.test>',
      UPPFOLJNING_APP_URL: 'https://uppfoljning.kommun.test/',
    });
    const result = await sendReminders(db, C, settings, new Date('2025-05-08T08:00:00Z'));
    expect(result.smtp).toBe(true);
    expect(mine(result)).toEqual([
      { username: 'anna', email: 'anna@kommun.test', items: 2, sent: true, reason: null },
      { username: 'bo', email: null, items: 1, sent: false, reason: 'Ingen e-postadress.' },
      { username: 'carin', email: 'carin@kommun.test', items: 0, sent: false, reason: 'Inget att göra.' },
      { username: 'dan', email: 'dan@kommun.test', items: 0, sent: false, reason: 'Inget att göra.' },
    ]);
    const toAnna = received.filter((r) => r.to.includes('anna@kommun.test'));
    expect(toAnna).toHaveLength(1);
    const mail = toAnna[0] as Received;
    expect(mail).toMatchObject({ from: 'uppfoljning@kommun.test', user: 'uppf' });
    const body = mail.raw.replace(/=\r?\n/g, '');
    expect(body).toContain('Subject: =?UTF-8?');
    // Quoted-printable UTF-8: decode it to read what Anna reads.
    const text = Buffer.from(
      body.replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
    expect(text).toContain('Hej Test anna!');
    expect(text).toContain(
      '- Skriv texterna för Utredningsenhet vuxen (april 2025) och markera området klart. Senast 2025-05-07 (tidsgränsen har passerat).',
    );
    expect(text).toContain(
      '- Utredningsenheter barn (april 2025) är återsänt: rätta och markera klart igen. Senast 2025-05-07 (tidsgränsen har passerat).',
    );
    expect(text).toContain('Controllerns kommentar: Förklara prognosen.');
    expect(text).toContain('Öppna Uppföljning: https://uppfoljning.kommun.test/att-gora');
    expect(ours(received)).toHaveLength(1);
  });

  it('reports a mail the server refuses instead of failing the rest', async () => {
    const settings = mailSettingsFromEnv({ UPPFOLJNING_SMTP_URL: `smtp://uppf:fel@127.0.0.1:${port}` });
    const result = await sendReminders(db, C, settings);
    const anna = mine(result).find((p) => p.username === 'anna');
    expect(anna?.sent).toBe(false);
    expect(anna?.reason).toMatch(/^Brevet kunde inte skickas: /);
    expect(ours(received)).toHaveLength(1);
  });
});
