/** What the SIE and the table imports share: creating the committee, areas for new codes, replacing amounts. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { AmountRow } from '#core/figures.ts';
import { tkr } from '#core/money.ts';
import { type Committee, isCommitteeId } from '#core/organisation.ts';
import { openFailure } from '#ledger/files.ts';
import { type AmountKind, addAmounts, deleteAmounts, upsertAmounts } from '#store/amounts.ts';
import { findCommittee, listAreas, listCodes, type Q, saveAreas, saveCodes, saveCommittee } from '#store/committees.ts';
import { journalAmounts } from '#store/undo-journal.ts';
import { InputError } from './errors.ts';

/** Materiality threshold of a committee created by an import, until the controller sets it. */
export const DEFAULT_MATERIALITY = tkr(150);

export function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'okänd';
  }
}

/** Refuses, in Swedish and naming the file, a path that cannot be read as a file. */
export async function checkReadable(path: string, fileName: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      if (!(await handle.stat()).isFile()) throw new InputError('det är en mapp, ingen fil', fileName);
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(openFailure(e), fileName);
  }
}

/** SHA-256 of a file, hex (0.14 s for 120 MB here). */
export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function checkCommitteeId(id: string): void {
  if (!isCommitteeId(id)) {
    throw new InputError(`"${id}" är inget giltigt id för en nämnd (använd små bokstäver a–z, siffror och bindestreck)`, '--committee');
  }
}

/** Finds the committee or creates it with a provisional name. */
export async function ensureCommittee(
  q: Q,
  id: string,
  name: string,
  fiscalYearStartMonth = 1,
): Promise<{ committee: Committee; created: boolean }> {
  const found = await findCommittee(q, id);
  if (found) return { committee: found, created: false };
  const committee = { id, name, materialityThreshold: DEFAULT_MATERIALITY, fiscalYearStartMonth };
  await saveCommittee(q, committee);
  return { committee, created: true };
}

/**
 * Gives every code that has no mapping yet an area of its own (id and name from the code's
 * object), after the existing areas. Codes mapped on purpose to no area stay so ("Ej fördelat").
 */
export async function addAreasForNewCodes(q: Q, committeeId: string, codes: readonly { id: string; name: string }[]): Promise<number> {
  const known = new Set((await listCodes(q, committeeId)).map((c) => c.code));
  const areas = await listAreas(q, committeeId);
  const areaIds = new Set(areas.map((a) => a.id));
  let order = areas.reduce((m, a) => Math.max(m, a.sortOrder), 0);
  const newAreas = [];
  const newCodes = [];
  for (const c of codes) {
    if (known.has(c.id) || c.id === '') continue;
    known.add(c.id);
    if (!areaIds.has(c.id)) {
      newAreas.push({ id: c.id, name: c.name || c.id, sortOrder: (order += 10) });
      areaIds.add(c.id);
    }
    newCodes.push({ code: c.id, name: c.name || c.id, areaId: c.id });
  }
  await saveAreas(q, committeeId, newAreas);
  await saveCodes(q, committeeId, newCodes);
  return newAreas.length;
}

/**
 * Replaces a committee's amounts in [from, to] (periods) by the rows given, journalling what was
 * there for undo under import `importNo`.
 */
export async function replaceAmounts(
  q: Q,
  committeeId: string,
  kind: AmountKind,
  from: string,
  to: string,
  rows: readonly AmountRow[],
  importNo: number,
): Promise<void> {
  await journalAmounts(q, importNo, committeeId, kind, { from, to });
  await deleteAmounts(q, committeeId, kind, from, to);
  await upsertAmounts(q, committeeId, kind, rows);
}

/** Adds rows to a committee's amounts (an import file's vouchers), journalling their periods for undo under `importNo`. */
export async function addToAmounts(
  q: Q,
  committeeId: string,
  kind: AmountKind,
  rows: readonly AmountRow[],
  importNo: number,
): Promise<void> {
  for (const period of new Set(rows.map((r) => r.period)))
    await journalAmounts(q, importNo, committeeId, kind, { from: period, to: period });
  await addAmounts(q, committeeId, kind, rows);
}
