/**
 * Use case: group responsibility codes into areas. An area is found by id or by name (any case);
 * a name that matches none creates the area. An empty area maps the code to no area, so its
 * amounts land in "Ej fördelat" and the totals still reconcile with the ledger.
 */
import { slugify, UNALLOCATED_AREA } from '#core/organisation.ts';
import { readMappingFile } from '#ledger/table/mapping.ts';
import { recordAudit } from '#store/audit.ts';
import { listAreas, listCodes, type Q, saveAreas, saveCodes } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { areaValue } from './areas.ts';
import { committeeIn } from './committees.ts';
import { InputError } from './errors.ts';

export interface MappingEntry {
  code: string;
  /** Area id or name; '' or null for no area. */
  area: string | null;
}

export interface MappedCode {
  code: string;
  name: string;
  areaId: string | null;
  areaName: string | null;
}

export interface Mapping {
  committee: { id: string; name: string };
  codes: MappedCode[];
  /** The committee's areas in report order ("Ej fördelat" is not one: it is no area). */
  areas: { id: string; name: string }[];
}

/** The committee's codes with their areas, and its areas, from one snapshot. */
export async function readMapping(db: Db, committeeId: string): Promise<Mapping> {
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const areas = await listAreas(q, committeeId);
    const names = new Map(areas.map((a) => [a.id, a.name]));
    const codes = (await listCodes(q, committeeId)).map((c) => ({ ...c, areaName: c.areaId ? (names.get(c.areaId) ?? null) : null }));
    return {
      committee: { id: committee.id, name: committee.name },
      codes,
      areas: areas.filter((a) => a.id !== UNALLOCATED_AREA.id).map((a) => ({ id: a.id, name: a.name })),
    };
  });
}

export async function listMapping(db: Db, committeeId: string): Promise<MappedCode[]> {
  return (await readMapping(db, committeeId)).codes;
}

/** What a mapping change did: how many codes it set, the areas it made, and each code's area as saved. */
export interface MappingApplied {
  codes: number;
  areasCreated: number;
  mapped: { code: string; areaId: string | null; areaName: string | null }[];
}

async function apply(q: Q, committeeId: string, entries: readonly MappingEntry[], user: string): Promise<MappingApplied> {
  await committeeIn(q, committeeId);
  const areas = await listAreas(q, committeeId);
  const byKey = new Map<string, string>();
  const names = new Map(areas.map((a) => [a.id, a.name]));
  // An id wins over another area's name that reads the same ("flyktingboende" is one area's id
  // and, lower-cased, the name of the area an import made for code 6210 "Flyktingboende").
  for (const a of areas) byKey.set(a.name.toLocaleLowerCase('sv'), a.id);
  for (const a of areas) byKey.set(a.id, a.id);
  const codes = new Map((await listCodes(q, committeeId)).map((c) => [c.code, c]));
  let order = areas.reduce((m, a) => Math.max(m, a.sortOrder), 0);
  let areasCreated = 0;
  const mapped: MappingApplied['mapped'] = [];
  for (const e of entries) {
    const wanted = e.area?.trim() ?? '';
    let areaId: string | null = null;
    if (wanted !== '') {
      areaId = byKey.get(wanted) ?? byKey.get(wanted.toLocaleLowerCase('sv')) ?? null;
      if (!areaId) {
        areaId = slugify(wanted) || wanted;
        if (byKey.has(areaId)) areaId = `${areaId}-${order + 10}`;
        const area = { id: areaId, name: wanted, sortOrder: (order += 10) };
        await saveAreas(q, committeeId, [area]);
        await recordAudit(q, {
          user,
          committeeId,
          areaId,
          entity: 'area',
          key: areaId,
          action: 'create',
          before: null,
          after: areaValue(area),
        });
        byKey.set(areaId, areaId);
        byKey.set(wanted.toLocaleLowerCase('sv'), areaId);
        names.set(areaId, wanted);
        areasCreated++;
      }
    }
    mapped.push({ code: e.code.trim(), areaId, areaName: areaId ? (names.get(areaId) ?? null) : null });
  }
  await saveCodes(
    q,
    committeeId,
    mapped.map((m) => ({ code: m.code, name: codes.get(m.code)?.name ?? m.code, areaId: m.areaId })),
  );
  for (const m of mapped) {
    const old = codes.get(m.code);
    if (old && old.areaId === m.areaId) continue;
    codes.set(m.code, { code: m.code, name: old?.name ?? m.code, areaId: m.areaId });
    await recordAudit(q, {
      user,
      committeeId,
      areaId: m.areaId ?? old?.areaId ?? null,
      entity: 'mapping',
      key: m.code,
      action: old ? 'update' : 'create',
      before: old ? { area: old.areaId } : null,
      after: { area: m.areaId },
    });
  }
  return { codes: entries.length, areasCreated, mapped };
}

export async function setMapping(db: Db, committeeId: string, entries: readonly MappingEntry[], user: string) {
  for (const e of entries) if (!e.code.trim()) throw new InputError('ansvarskoden är tom', 'code');
  return db.kysely.transaction().execute((q) => apply(q, committeeId, entries, user));
}

/** Reads a mapping sheet and applies it, all or nothing. */
export async function importMapping(db: Db, committeeId: string, path: string, user: string, fileName?: string) {
  const rows = await readMappingFile(path, fileName);
  return db.kysely.transaction().execute((q) => apply(q, committeeId, rows, user));
}
