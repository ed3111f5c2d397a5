/** `uppfoljning audit list|export --committee C [--area A] [--period P] [--what W] [--by U] [--from T] [--to T]`. */
import { writeFileSync } from 'node:fs';
import { exportAudit, readAudit } from '#app/audit.ts';
import { InputError } from '#app/errors.ts';
import { AUDIT_MAX_LIMIT, type AuditFilter } from '#contract/audit.ts';
import type { Command, Values } from './io.ts';

const value = (v: unknown) => (v === null || v === undefined ? '–' : JSON.stringify(v));

function count(text: string | undefined, option: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new InputError(`"${text}" är inget antal 0–${max}`, option);
  return Number(text);
}

function filterOf(values: Values): Partial<AuditFilter> {
  return {
    ...(values.area !== undefined ? { area: values.area } : {}),
    ...(values.period !== undefined ? { period: values.period } : {}),
    ...(values.what !== undefined ? { entity: values.what } : {}),
    ...(values.by !== undefined ? { user: values.by } : {}),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
  };
}

export async function auditCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (values.period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(values.period))
    throw new InputError(`"${values.period}" är ingen period (ange ÅÅÅÅ-MM)`, '--period');
  const [action = 'list'] = args;
  const filter = filterOf(values);
  if (action === 'export') {
    const csv = await exportAudit(db, committee, filter);
    if (values.out) {
      writeFileSync(values.out, csv);
      io.err(`Ändringsloggen är sparad i ${values.out}.\n`);
    } else io.out(csv);
    return 0;
  }
  if (action !== 'list') throw new InputError('skriv list eller export', 'audit');
  const limit = count(values.limit, '--limit', 50, AUDIT_MAX_LIMIT);
  const offset = count(values.offset, '--offset', 0, Number.MAX_SAFE_INTEGER);
  const page = await readAudit(db, committee, { ...filter, limit, offset });
  const line = (e: (typeof page.entries)[number]) =>
    [
      e.at,
      e.user,
      e.area ?? '(nämnden)',
      e.period ?? '',
      e.entityLabel,
      e.key,
      e.actionLabel,
      `${value(e.before)} → ${value(e.after)}`,
    ].join('\t');
  const text = values.json
    ? `${JSON.stringify(page, null, 2)}\n`
    : [...page.entries.map(line), `${page.entries.length} av ${page.total} ändringar.`].map((l) => `${l}\n`).join('');
  if (values.out) writeFileSync(values.out, text);
  else io.out(text);
  return 0;
}
