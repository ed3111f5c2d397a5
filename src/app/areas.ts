/**
 * Use cases: a committee's areas (verksamhetsområden) as such: create one with a chosen id, rename
 * it, give it a short name for headings ("Utredning vuxen") or another place in the report's
 * order, and remove an area that nothing refers to any more (for example the area an import made
 * for a code that is now mapped elsewhere). Which codes belong to which area is mapping.ts's.
 */
import { type Area, LEDGER_ID_PATTERN, UNALLOCATED_AREA } from '#core/organisation.ts';
import { MAX_CODE_CHARS, MAX_NAME_CHARS } from '#ledger/limits.ts';
import { recordAudit } from '#store/audit.ts';
import { deleteArea, listAreas, listCodes, type Q, saveAreas } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { InputError, NotFoundError } from './errors.ts';

export const MAX_SHORT_NAME_CHARS = 60;

export interface AreaInfo {
  id: string;
  name: string;
  shortName: string | null;
  sortOrder: number;
  codes: string[];
}

export interface AreaChange {
  id: string;
  name?: string;
  /** '' or null removes the short name. */
  shortName?: string | null;
  sortOrder?: number;
}

/** What else may hold an area's id: removing the area would orphan what a person wrote there. */
const AREA_REFERENCES: readonly {
  table: 'texts' | 'forecasts' | 'committee_items' | 'budget_decision_lines' | 'budget_periodizations' | 'kpi_values';
  column: string;
  what: string;
}[] = [
  { table: 'texts', column: 'area_id', what: 'texter' },
  { table: 'forecasts', column: 'area_id', what: 'prognoser' },
  { table: 'committee_items', column: 'included_in_area_id', what: 'poster på nämndnivå' },
  { table: 'budget_decision_lines', column: 'area_id', what: 'budgetbeslut' },
  { table: 'budget_periodizations', column: 'area_id', what: 'periodiseringar' },
  { table: 'kpi_values', column: 'area_id', what: 'nyckeltal' },
];

export async function listCommitteeAreas(db: Db, committeeId: string): Promise<AreaInfo[]> {
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    const [areas, codes] = await Promise.all([listAreas(q, committeeId), listCodes(q, committeeId)]);
    return areas.map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.shortName ?? null,
      sortOrder: a.sortOrder,
      codes: codes.filter((c) => c.areaId === a.id).map((c) => c.code),
    }));
  });
}

function checkText(value: string, max: number, field: string, what: string): string {
  const text = value.trim();
  if (text.length > max) throw new InputError(`${what} är ${text.length} tecken; högst ${max} tecken är tillåtet`, field);
  if (!LEDGER_ID_PATTERN.test(text)) throw new InputError(`${what} får inte vara tomt eller innehålla styrtecken`, field);
  return text;
}

/** Creates the area (a name is then required) or changes what is given of it. */
export async function setArea(db: Db, committeeId: string, change: AreaChange, user: string): Promise<AreaInfo> {
  const id = checkText(change.id, MAX_CODE_CHARS, 'id', 'Områdets id');
  if (id === UNALLOCATED_AREA.id) throw new InputError(`"${id}" är reserverat för belopp som inte hör till något område`, 'id');
  const name = change.name === undefined ? undefined : checkText(change.name, MAX_NAME_CHARS, 'name', 'Namnet');
  const short = change.shortName?.trim() ? checkText(change.shortName, MAX_SHORT_NAME_CHARS, 'shortName', 'Kortnamnet') : null;
  if (change.sortOrder !== undefined && !Number.isSafeInteger(change.sortOrder))
    throw new InputError('ordningen måste vara ett heltal', 'sortOrder');
  await db.kysely.transaction().execute(async (q) => {
    await committeeIn(q, committeeId);
    const areas = await listAreas(q, committeeId);
    const existing = areas.find((a) => a.id === id);
    if (!existing && name === undefined) throw new InputError(`området "${id}" finns inte; ange ett namn för att skapa det`, 'name');
    const area = {
      id,
      name: name ?? existing?.name ?? id,
      sortOrder: change.sortOrder ?? existing?.sortOrder ?? areas.reduce((m, a) => Math.max(m, a.sortOrder), 0) + 10,
      ...(change.shortName !== undefined ? { shortName: short } : {}),
    };
    await saveAreas(q, committeeId, [area]);
    const before = existing ? areaValue(existing) : null;
    const after = areaValue({ shortName: existing?.shortName ?? null, ...area });
    if (JSON.stringify(before) !== JSON.stringify(after))
      await recordAudit(q, {
        user,
        committeeId,
        areaId: id,
        entity: 'area',
        key: id,
        action: existing ? 'update' : 'create',
        before,
        after,
      });
  });
  const found = (await listCommitteeAreas(db, committeeId)).find((a) => a.id === id);
  if (!found) throw new NotFoundError(`Området "${id}" finns inte.`);
  return found;
}

async function referencesTo(q: Q, committeeId: string, areaId: string): Promise<string[]> {
  const found: string[] = [];
  const codes = (await listCodes(q, committeeId)).filter((c) => c.areaId === areaId);
  if (codes.length > 0)
    found.push(
      `ansvar ${codes
        .map((c) => c.code)
        .slice(0, 5)
        .join(', ')}${codes.length > 5 ? ' …' : ''}`,
    );
  for (const r of AREA_REFERENCES) {
    const row = await q
      .selectFrom(r.table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('committee_id', '=', committeeId)
      // biome-ignore lint/suspicious/noExplicitAny: the column is one of the table's, named in AREA_REFERENCES.
      .where(r.column as any, '=', areaId)
      .executeTakeFirst();
    if (Number(row?.n ?? 0) > 0) found.push(r.what);
  }
  return found;
}

/** An area as the audit log keeps it. */
export const areaValue = (a: Area) => ({ name: a.name, shortName: a.shortName ?? null, sortOrder: a.sortOrder });

async function deleteAudited(q: Q, committeeId: string, area: Area, user: string): Promise<void> {
  await deleteArea(q, committeeId, area.id);
  await recordAudit(q, {
    user,
    committeeId,
    areaId: area.id,
    entity: 'area',
    key: area.id,
    action: 'delete',
    before: areaValue(area),
    after: null,
  });
}

/** Removes an area that no code, text, forecast or item refers to; else an InputError saying what does. */
export async function removeArea(db: Db, committeeId: string, areaId: string, user: string): Promise<void> {
  await db.kysely.transaction().execute(async (q) => {
    await committeeIn(q, committeeId);
    const area = (await listAreas(q, committeeId)).find((a) => a.id === areaId);
    if (!area) throw new NotFoundError(`Området "${areaId}" finns inte.`);
    const refs = await referencesTo(q, committeeId, areaId);
    if (refs.length > 0) throw new InputError(`området "${areaId}" kan inte tas bort: ${refs.join(', ')} hör till det`, 'area');
    await deleteAudited(q, committeeId, area, user);
  });
}

/** Removes every area without codes and without anything written for it; returns their ids. */
export async function removeEmptyAreas(db: Db, committeeId: string, user: string): Promise<string[]> {
  return db.kysely.transaction().execute(async (q) => {
    await committeeIn(q, committeeId);
    const removed: string[] = [];
    for (const a of await listAreas(q, committeeId)) {
      if ((await referencesTo(q, committeeId, a.id)).length > 0) continue;
      await deleteAudited(q, committeeId, a, user);
      removed.push(a.id);
    }
    return removed;
  });
}
