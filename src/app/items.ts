/**
 * Use cases: committee-level items of the forecast (PO-påslag, löneöversyn, statsbidrag, central
 * pots) with their inputs. The amount is computed from the inputs (src/core/committee-items.ts).
 *
 * A new period starts from the previous period's items: a period without its own list reads the
 * latest earlier list of the same fiscal year, and the first change in the period copies that
 * list and then applies the change. Why (unlike a forecast, which is re-estimated every month):
 * these items are full-year facts (a fixed PO rate, a finished salary revision, a grant
 * announced) that stay true until someone changes them; without carrying them forward May's
 * total forecast would lose them silently and the report's "varav 1,6 mnkr" would disappear.
 * Removing an item in May removes it from May on (April keeps it); a list emptied in a period
 * stays empty (the period has its own list, committee_item_periods). Items do not cross into
 * a new fiscal year: the PO rate and the salary revision are set per year.
 */

import { PostgresAdapter } from 'kysely';
import { committeeItemJson, type ItemsJson, type ItemView as ItemViewJson } from '#contract/items.ts';
import {
  compareItems,
  formulaOf,
  ITEM_KIND_LABELS,
  type ItemInputs,
  type ItemKind,
  isItemKind,
  itemAmount,
  itemGroupOf,
  sumFormula,
} from '#core/committee-items.ts';
import { type CommitteeItem, itemGroupTotal } from '#core/forecast.ts';
import type { Ore } from '#core/money.ts';
import type { Committee } from '#core/organisation.ts';
import { fiscalYearOf, isPeriod } from '#core/period.ts';
import { recordAudit } from '#store/audit.ts';
import { listAreas, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { deleteItem, latestItemPeriod, loadPeriodItems, markItemPeriod, type StoredItem, upsertItem } from '#store/items.ts';
import { committeeIn } from './committees.ts';
import { InputError, NotFoundError } from './errors.ts';

export const MAX_ITEM_KEY = 64;
export const MAX_ITEM_LABEL = 200;
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Rates of a PO-påslag or a salary rise lie between 0 and 100 %. */
const MAX_RATE = 1_000_000;

export interface ItemChange {
  committeeId: string;
  period: string;
  key: string;
  /** Area id or name; null: the item adds to the committee's total. */
  area: string | null;
  label?: string | null;
  inputs: ItemInputs;
}

export interface ItemView extends StoredItem {
  kind: ItemKind | null;
  areaName: string | null;
}

export interface PeriodItems {
  committee: { id: string; name: string };
  period: string;
  /** The earlier period whose list this period reads, until its first change; null when the period has its own. */
  readFrom: string | null;
  items: ItemView[];
  /** PO-påslag and löneöversyn together ("2,2 − 0,6 = 1,6 mnkr"). */
  poTotal: Ore;
  areas: { id: string; name: string }[];
}

function checkPeriod(period: string): void {
  if (!isPeriod(period)) throw new InputError(`"${period}" är ingen period (ange ÅÅÅÅ-MM, t.ex. 2025-05)`, 'period');
}

/** The list of items a period reads: its own, or the latest earlier one of its fiscal year (with the period it is from). */
export async function itemsInForce(q: Q, committee: Committee, period: string): Promise<{ from: string | null; items: StoredItem[] }> {
  const fy = fiscalYearOf(period, committee.fiscalYearStartMonth);
  const from = await latestItemPeriod(q, committee.id, fy.start, period);
  return { from, items: from ? (await loadPeriodItems(q, committee.id, from)).sort(compareItems) : [] };
}

/** The items of a period as the report counts them. */
export async function loadItemsForReport(q: Q, committee: Committee, period: string): Promise<StoredItem[]> {
  return (await itemsInForce(q, committee, period)).items;
}

export async function readItems(db: Db, committeeId: string, period: string): Promise<PeriodItems> {
  checkPeriod(period);
  return db.snapshot(async (q) => {
    const committee = await committeeIn(q, committeeId);
    const [{ from, items }, areas] = await Promise.all([itemsInForce(q, committee, period), listAreas(q, committeeId)]);
    const names = new Map(areas.map((a) => [a.id, a.name]));
    return {
      committee: { id: committee.id, name: committee.name },
      period,
      readFrom: from !== null && from !== period ? from : null,
      items: items.map((i) => ({
        ...i,
        kind: i.inputs?.kind ?? null,
        areaName: i.includedInAreaId ? (names.get(i.includedInAreaId) ?? i.includedInAreaId) : null,
      })),
      poTotal: itemGroupTotal(items, 'po'),
      areas: areas.map((a) => ({ id: a.id, name: a.name })),
    };
  });
}

/** Gives the period its own list (a copy of the list it reads) before its first change. */
async function ownList(q: Q, committee: Committee, period: string, user: string, at: string): Promise<void> {
  // PostgreSQL runs writes at read committed: without this lock two first changes of a period at
  // once would both copy the earlier list, and the second copy would overwrite the first change.
  // (SQLite serialises its writers anyway.)
  if (q.getExecutor().adapter instanceof PostgresAdapter)
    await q.selectFrom('committees').select('id').where('id', '=', committee.id).forUpdate().execute();
  const { from, items } = await itemsInForce(q, committee, period);
  if (from === period) return;
  for (const i of items) await upsertItem(q, committee.id, period, i, { user: i.updatedBy ?? user, at: i.updatedAt ?? at });
  await markItemPeriod(q, committee.id, period, from);
}

function checkInputs(inputs: ItemInputs): void {
  const rate = (value: number, field: string) => {
    if (value < 0 || value > MAX_RATE) throw new InputError('ska vara mellan 0 och 100 %', field);
  };
  if (inputs.kind === 'po' || inputs.kind === 'salary-revision') {
    if (inputs.salaryBase <= 0) throw new InputError('ska vara ett belopp större än noll', 'salaryBase');
    if (inputs.kind === 'po') {
      rate(inputs.preliminaryRate, 'preliminaryRate');
      rate(inputs.fixedRate, 'fixedRate');
    } else {
      rate(inputs.actualRise, 'actualRise');
      rate(inputs.compensatedRise, 'compensatedRise');
    }
  }
}

/** An item as the audit log keeps it: its inputs and result, not who stored it. */
const itemValue = (i: CommitteeItem) => ({
  label: i.label,
  amount: i.amount,
  area: i.includedInAreaId,
  group: i.group,
  inputs: i.inputs ?? null,
});

export async function setItem(db: Db, change: ItemChange, user: string): Promise<ItemView> {
  checkPeriod(change.period);
  const key = change.key.trim();
  if (!KEY_PATTERN.test(key) || key.length > MAX_ITEM_KEY)
    throw new InputError(
      `"${change.key}" duger inte som nyckel: använd a–z, siffror och bindestreck (högst ${MAX_ITEM_KEY} tecken), t.ex. "po-paslag"`,
      'key',
    );
  if (!isItemKind(change.inputs.kind)) throw new InputError('ska vara po, salary-revision, grant eller pot', 'kind');
  checkInputs(change.inputs);
  const given = change.label?.trim() || null;
  if (given && given.length > MAX_ITEM_LABEL) throw new InputError(`får vara högst ${MAX_ITEM_LABEL} tecken`, 'label');
  const amount = itemAmount(change.inputs);
  const at = new Date().toISOString();
  return db.write(async (q) => {
    const committee = await committeeIn(q, change.committeeId);
    const areas = await listAreas(q, committee.id);
    let area: { id: string; name: string } | null = null;
    if (change.area !== null && change.area.trim() !== '') {
      const wanted = change.area.trim();
      area =
        areas.find((a) => a.id === wanted) ?? areas.find((a) => a.name.toLocaleLowerCase('sv') === wanted.toLocaleLowerCase('sv')) ?? null;
      if (!area) throw new InputError(`${committee.name} har inget område "${wanted}"`, 'area');
    }
    await ownList(q, committee, change.period, user, at);
    const existing = (await loadPeriodItems(q, committee.id, change.period)).find((i) => i.key === key);
    // Without a label the item keeps its own, else it is named by its kind.
    const label = given ?? existing?.label ?? ITEM_KIND_LABELS[change.inputs.kind];
    const item = { key, label, amount, includedInAreaId: area?.id ?? null, group: itemGroupOf(change.inputs.kind), inputs: change.inputs };
    await upsertItem(q, committee.id, change.period, item, { user, at });
    const before = existing ? itemValue(existing) : null;
    const after = itemValue(item);
    if (JSON.stringify(before) !== JSON.stringify(after))
      await recordAudit(
        q,
        {
          user,
          committeeId: committee.id,
          areaId: item.includedInAreaId,
          period: change.period,
          entity: 'item',
          key,
          action: existing ? 'update' : 'create',
          before,
          after,
        },
        at,
      );
    return { ...item, kind: change.inputs.kind, areaName: area?.name ?? null, updatedBy: user, updatedAt: at };
  });
}

export async function removeItem(db: Db, committeeId: string, period: string, key: string, user: string): Promise<void> {
  checkPeriod(period);
  await db.write(async (q) => {
    const committee = await committeeIn(q, committeeId);
    await ownList(q, committee, period, user, new Date().toISOString());
    const old = (await loadPeriodItems(q, committee.id, period)).find((i) => i.key === key);
    if (!old || !(await deleteItem(q, committee.id, period, key)))
      throw new NotFoundError(`${committee.name} har ingen post "${key}" för ${period}.`);
    await recordAudit(q, {
      user,
      committeeId: committee.id,
      areaId: old.includedInAreaId,
      period,
      entity: 'item',
      key,
      action: 'delete',
      before: itemValue(old),
      after: null,
    });
  });
}

/** An item as the API gives it: its inputs by name, its result and its computation written out. */
export function itemViewJson(i: ItemView): ItemViewJson {
  return { ...committeeItemJson(i), areaName: i.areaName, formula: formulaOf(i), updatedBy: i.updatedBy, updatedAt: i.updatedAt };
}

/** The period's items as the API gives them (GET /api/committees/:id/items/:period). */
export async function readItemsJson(db: Db, committeeId: string, period: string): Promise<ItemsJson> {
  const r = await readItems(db, committeeId, period);
  const po = r.items.filter((i) => i.group === 'po');
  return { ...r, items: r.items.map(itemViewJson), poFormula: sumFormula(po.map((i) => i.amount)) };
}
