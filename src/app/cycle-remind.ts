/**
 * Reminders of the cycle: each person with a role in the committee who still has something to do
 * (src/app/cycle-todo.ts) gets one e-mail listing it, when an SMTP server is configured; otherwise
 * the list stays in the app only (and the answer says so).
 *
 * Configuration (environment):
 *   UPPFOLJNING_SMTP_URL   smtp://user:password@host:587 or smtps://… (nodemailer's URL form);
 *                          unset: no e-mail
 *   UPPFOLJNING_MAIL_FROM  the sender (default "Uppföljning <uppfoljning@localhost>")
 *   UPPFOLJNING_APP_URL    the app's address, for the link in the mail (optional)
 */
import { createTransport } from 'nodemailer';
import type { ReminderResult, TodoItem } from '#contract/index.ts';
import { swedishDate } from '#core/cycle.ts';
import { periodLabel } from '#core/period.ts';
import { listCommitteePeople } from '#store/cycle.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { readTodo } from './cycle-todo.ts';

export interface MailSettings {
  url: string;
  from: string;
  appUrl: string | null;
}

/** The SMTP settings of the environment, or null when none is configured. */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.UPPFOLJNING_SMTP_URL?.trim();
  if (!url) return null;
  return {
    url,
    from: env.UPPFOLJNING_MAIL_FROM?.trim() || 'Uppföljning <uppfoljning@localhost>',
    appUrl: env.UPPFOLJNING_APP_URL?.trim() || null,
  };
}

function line(i: TodoItem): string {
  const deadline = i.deadline ? ` Senast ${i.deadline}${i.late ? ' (tidsgränsen har passerat)' : ''}.` : '';
  const note = i.note && i.action === 'fix' ? `\n  Controllerns kommentar: ${i.note}` : '';
  return `- ${i.text}${deadline}${note}`;
}

/** The reminder's subject and plain-text body. */
export function reminderMail(
  name: string,
  committeeName: string,
  items: readonly TodoItem[],
  appUrl: string | null,
): { subject: string; text: string } {
  const periods = [...new Set(items.map((i) => periodLabel(i.period)))].join(', ');
  const link = appUrl ? `\n\nÖppna Uppföljning: ${appUrl.replace(/\/$/, '')}/att-gora\n` : '\n';
  return {
    subject: `Påminnelse: ${committeeName}, uppföljning ${periods}`,
    text: `Hej ${name}!\n\nDet här återstår för dig i uppföljningen för ${committeeName}:\n\n${items.map(line).join('\n')}${link}\nDetta är en automatisk påminnelse från Uppföljning.\n`,
  };
}

/** Sends each person of the committee their remaining items (one mail each); without settings, sends nothing and says so. */
export async function sendReminders(db: Db, committeeId: string, settings: MailSettings | null, now = new Date()): Promise<ReminderResult> {
  const today = swedishDate(now);
  const { committee, todo } = await db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const people = await listCommitteePeople(q, committeeId);
    const todo = [];
    for (const p of people) {
      const person = { username: p.username, admin: false, roles: [{ committeeId, role: p.role, areas: p.areas }] };
      todo.push({ person: p, items: await readTodo(q, person, [committeeId], today) });
    }
    return { committee, todo };
  });
  const transport = settings ? createTransport(settings.url) : null;
  const people: ReminderResult['people'] = [];
  try {
    for (const { person, items } of todo) {
      const result = { username: person.username, email: person.email, items: items.length };
      if (items.length === 0) people.push({ ...result, sent: false, reason: 'Inget att göra.' });
      else if (!person.email) people.push({ ...result, sent: false, reason: 'Ingen e-postadress.' });
      else if (!transport || !settings)
        people.push({ ...result, sent: false, reason: 'E-post är inte inställd (UPPFOLJNING_SMTP_URL): listan finns i appen.' });
      else {
        const mail = reminderMail(person.displayName, committee.name, items, settings.appUrl);
        try {
          await transport.sendMail({ from: settings.from, to: person.email, subject: mail.subject, text: mail.text });
          people.push({ ...result, sent: true, reason: null });
        } catch (e) {
          people.push({ ...result, sent: false, reason: `Brevet kunde inte skickas: ${(e as Error).message}` });
        }
      }
    }
  } finally {
    transport?.close();
  }
  return { smtp: settings !== null, people };
}
