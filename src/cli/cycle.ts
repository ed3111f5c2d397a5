/**
 * `uppfoljning cycle open|ready|return|accept|approve|reopen|status|remind`: the monthly cycle
 * (src/app/cycle.ts). A step the state refuses exits with code 8 and the reason; nothing changes.
 */
import { approveCycle, CycleRuleError, changeArea, openCycle, reopenCycle } from '#app/cycle.ts';
import { mailSettingsFromEnv, sendReminders } from '#app/cycle-remind.ts';
import { getCycleState } from '#app/cycle-state.ts';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import type { CycleState } from '#contract/index.ts';
import { isDate, OVERVIEW_FILTERS, type OverviewFilter } from '#core/cycle.ts';
import type { Command } from './io.ts';

export const CYCLE_REFUSED_EXIT = 8;

function need(value: string | undefined, flag: string, what: string): string {
  if (!value) throw new InputError(`måste anges (${what})`, flag);
  return value;
}

function date(text: string, flag: string): string {
  if (!isDate(text)) throw new InputError(`"${text}" är ingen dag (ange ÅÅÅÅ-MM-DD, t.ex. 2025-05-08)`, flag);
  return text;
}

/** "utredning-vuxen=2025-05-07,utredning-barn=2025-05-08" as { area: day }. */
function areaDeadlines(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [area, day] = part.split('=').map((s) => s.trim());
    if (!area || !day) throw new InputError(`"${part}" ska skrivas OMRÅDE=ÅÅÅÅ-MM-DD`, '--area-deadlines');
    out[area] = date(day, '--area-deadlines');
  }
  return out;
}

function filterOf(text: string | undefined): OverviewFilter | undefined {
  if (text === undefined) return undefined;
  const f = OVERVIEW_FILTERS.find((x) => x === text.replace('å', 'a').replace('ä', 'a'));
  if (!f) throw new InputError(`"${text}" är inget filter: ange ${OVERVIEW_FILTERS.join(', ')}`, '--filter');
  return f;
}

function printState(s: CycleState, io: Command['io']): void {
  const whole = s.opened ? `${s.stateLabel}, senast ${s.deadline}${s.late ? ' (sen)' : ''}` : 'inte öppnad';
  io.out(`${s.committee.name} ${s.period}: ${whole}${s.publishedVersion ? `, publicerad version ${s.publishedVersion}` : ''}\n`);
  io.out(
    `${s.counts.accepted} av ${s.counts.areas} områden godkända; saknas ${s.counts.saknas}, sen ${s.counts.sen}, återsänd ${s.counts.atersand}\n`,
  );
  for (const a of s.areas) {
    const flags = [a.late ? 'sen' : '', a.missingTexts.length ? `saknar ${a.missingTexts.join(', ').toLowerCase()}` : ''].filter(Boolean);
    const changed = a.updatedBy ? `${a.updatedBy} ${a.updatedAt?.slice(0, 16).replace('T', ' ')}` : '-';
    io.out(
      `${a.id}\t${a.stateLabel}\t${a.deadline ?? '-'}\t${changed}${flags.length ? `\t${flags.join('; ')}` : ''}${a.state === 'returned' && a.note ? `\tkommentar: ${a.note}` : ''}\n`,
    );
  }
}

export async function cycleCommand(command: Command): Promise<number> {
  try {
    return await cycle(command);
  } catch (e) {
    if (!(e instanceof CycleRuleError)) throw e;
    command.io.err(`uppfoljning: ${e.message}\n`);
    return CYCLE_REFUSED_EXIT;
  }
}

async function cycle({ db, values, args, io }: Command): Promise<number> {
  const [action] = args;
  const committeeId = need(values.committee, '--committee', 'nämndens id');
  const user = values.user ?? currentUser();
  if (action === 'remind') {
    const result = await sendReminders(db, committeeId, mailSettingsFromEnv());
    if (values.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
    else {
      if (!result.smtp) io.err('E-post är inte inställd (UPPFOLJNING_SMTP_URL): inga brev skickas, listorna finns i appen.\n');
      for (const p of result.people)
        io.out(`${p.username}\t${p.items} att göra\t${p.sent ? `skickat till ${p.email}` : (p.reason ?? '')}\n`);
    }
    return 0;
  }
  const period = need(values.period, '--period', 'ÅÅÅÅ-MM');
  const step = { committeeId, period, user };
  const area = () => need(values.area, '--area', 'områdets id');
  let state: CycleState;
  if (action === 'open') {
    const deadline = date(need(values.deadline, '--deadline', 'hela rapportens tidsgräns, ÅÅÅÅ-MM-DD'), '--deadline');
    const areaDeadline = values['area-deadline'] ? date(values['area-deadline'], '--area-deadline') : deadline;
    state = await openCycle(db, { ...step, deadline, areaDeadline, areaDeadlines: areaDeadlines(values['area-deadlines']) });
  } else if (action === 'ready' || action === 'accept') state = await changeArea(db, { ...step, areaId: area(), action });
  else if (action === 'return')
    state = await changeArea(db, { ...step, areaId: area(), action, note: need(values.note, '--note', 'vad som ska rättas') });
  else if (action === 'approve') state = await approveCycle(db, step);
  else if (action === 'reopen') state = await reopenCycle(db, { ...step, ...(values.note ? { note: values.note } : {}) });
  else if (action === 'status' || action === undefined) state = await getCycleState(db, committeeId, period, filterOf(values.filter));
  else throw new InputError('skriv open, ready, return, accept, approve, reopen, status eller remind', 'cycle');
  if (values.json) io.out(`${JSON.stringify(state, null, 2)}\n`);
  else printState(state, io);
  return 0;
}
