/**
 * `uppfoljning text set|get|list|warnings …` and `uppfoljning committee set --materiality TKR`.
 * A save that names a stale --version is refused with exit code 7: the stored text is kept and
 * printed (with who saved it and when), and so is the text that was not saved.
 */
import { readFileSync } from 'node:fs';
import { InputError, StaleVersionError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { getText, listTexts, parseTextKind, saveText, setMateriality } from '#app/texts.ts';
import { AmountInputError } from '#core/amount-input.ts';
import { formatMoney } from '#core/format.ts';
import { parseThresholdInput, ThresholdInputError } from '#core/materiality.ts';
import type { Command } from './io.ts';
import { textWarningsCommand } from './text-warnings.ts';

export const STALE_VERSION_EXIT = 7;

const STATE_SV = { missing: 'saknas', copied: 'kopierad', written: 'skriven' } as const;

function need(value: string | undefined, flag: string, what: string): string {
  if (!value) throw new InputError(`måste anges (${what})`, flag);
  return value;
}

function readBody(values: Command['values']): string {
  if (values.text !== undefined && values.file !== undefined)
    throw new InputError('ange antingen --text eller --file, inte båda', '--text');
  if (values.text !== undefined) return values.text;
  if (values.file === undefined) throw new InputError('måste anges (texten, eller --file med en fil som innehåller den)', '--text');
  try {
    return readFileSync(values.file, 'utf8');
  } catch (e) {
    throw new InputError(`filen kan inte läsas (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, values.file);
  }
}

function readVersion(text: string | undefined): number | null {
  if (text === undefined) return null;
  if (!/^\d+$/.test(text)) throw new InputError(`"${text}" är ingen version (ett heltal 0 eller större)`, '--version');
  return Number(text);
}

/** The use case's fields as the command's flags. */
const FLAGS: Record<string, string> = { body: '--text', area: '--area', version: '--version', kind: '--kind' };

export async function textCommand(command: Command): Promise<number> {
  try {
    return await text(command);
  } catch (e) {
    const flag = e instanceof InputError && e.where ? FLAGS[e.where] : undefined;
    if (!flag || !(e instanceof InputError)) throw e;
    throw new InputError(e.message.slice(`${e.where}: `.length), flag);
  }
}

async function text(command: Command): Promise<number> {
  const { db, values, args, io } = command;
  const [action] = args;
  const committeeId = need(values.committee, '--committee', 'nämndens id');
  const period = need(values.period, '--period', 'ÅÅÅÅ-MM');
  if (action === 'set') {
    const kind = parseTextKind(need(values.kind, '--kind', 'typ av text'), '--kind');
    try {
      const saved = await saveText(db, {
        committeeId,
        period,
        areaId: values.area ?? null,
        kind,
        body: readBody(values),
        version: readVersion(values.version),
        user: values.user ?? currentUser(),
      });
      if (values.json) io.out(`${JSON.stringify(saved, null, 2)}\n`);
      else io.out(`Sparad: ${saved.kind}${saved.area ? ` för ${saved.area}` : ''}, ${period}, version ${saved.version}.\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof StaleVersionError)) throw e;
      if (values.json) io.out(`${JSON.stringify({ error: e.message, conflict: { stored: e.stored, sent: e.sent } }, null, 2)}\n`);
      io.err(
        `uppfoljning: ${e.message}\n--- sparad version ${e.stored.version} ---\n${e.stored.body}\n--- din text (inte sparad) ---\n${e.sent.body}\n`,
      );
      return STALE_VERSION_EXIT;
    }
  }
  if (action === 'get') {
    const kind = parseTextKind(need(values.kind, '--kind', 'typ av text'), '--kind');
    const text = await getText(db, { committeeId, period, areaId: values.area ?? null, kind });
    if (values.json) {
      const { history, ...rest } = text;
      io.out(`${JSON.stringify(values.history ? text : rest, null, 2)}\n`);
      return 0;
    }
    io.err(
      `${text.label}${text.areaName ? `, ${text.areaName}` : ''}: ${STATE_SV[text.state]}${text.copiedFrom ? ` från ${text.copiedFrom}` : ''}, version ${text.version}\n`,
    );
    if (text.body) io.out(`${text.body}\n`);
    if (values.history) {
      for (const c of text.history)
        io.out(
          `\n--- version ${c.version}, ${c.changedAt} av ${c.changedBy} ---\nFöre:\n${c.bodyBefore ?? '(ingen text)'}\nEfter:\n${c.bodyAfter}\n`,
        );
    }
    return 0;
  }
  if (action === 'warnings') return textWarningsCommand(command, committeeId, period);
  if (action !== undefined && action !== 'list') throw new InputError('skriv set, get, list eller warnings', 'text');
  const list = await listTexts(db, committeeId, period);
  const texts = values.missing ? list.texts.filter((t) => t.state === 'missing') : list.texts;
  if (values.json) {
    io.out(`${JSON.stringify({ ...list, texts }, null, 2)}\n`);
    return 0;
  }
  for (const t of texts)
    io.out(`${t.area ?? '(nämnden)'}\t${t.kind}\t${STATE_SV[t.state]}${t.required ? ' (krävs)' : ''}\tversion ${t.version}\n`);
  return 0;
}

function parseMateriality(text: string): number {
  try {
    return parseThresholdInput(text);
  } catch (e) {
    if (e instanceof AmountInputError || e instanceof ThresholdInputError) throw new InputError(e.message, '--materiality');
    throw e;
  }
}

export async function committeeCommand({ db, values, args, io }: Command): Promise<number> {
  const [action] = args;
  if (action !== 'set') throw new InputError('skriv set', 'committee');
  const committeeId = need(values.committee, '--committee', 'nämndens id');
  let threshold: number;
  if (values.ore !== undefined) {
    if (!/^\d+$/.test(values.ore)) throw new InputError(`"${values.ore}" är inget belopp i öre (ett heltal 0 eller större)`, '--ore');
    threshold = Number(values.ore);
  } else threshold = parseMateriality(need(values.materiality, '--materiality', 'väsentlighetsgränsen, t.ex. 150 (tkr)'));
  const saved = await setMateriality(db, committeeId, threshold, values.user ?? currentUser());
  if (values.json) io.out(`${JSON.stringify(saved, null, 2)}\n`);
  else io.out(`${saved.name}: väsentlighetsgränsen är ${formatMoney(saved.materialityThreshold, 'tkr', { space: ' ' })}.\n`);
  return 0;
}
