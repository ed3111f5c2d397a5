/**
 * Reading the cycle: a period's state with every area of its report (state, deadline, late, who
 * changed it last, materiality and the texts it still needs), filtered for the controller's
 * overview; and the committee's opened periods.
 */
import type { CycleArea, CyclePeriodList, CycleState } from '#contract/index.ts';
import {
  AREA_STATE_LABELS,
  isAreaLate,
  isPeriodLate,
  matchesFilter,
  type OverviewFilter,
  PERIOD_STATE_LABELS,
  swedishDate,
} from '#core/cycle.ts';
import { TEXT_LABELS } from '#core/texts.ts';
import type { ReportDocument } from '#report/model.ts';
import type { Q } from '#store/committees.ts';
import { type CycleAreaRow, type CyclePeriodRow, findCyclePeriod, listCyclePeriods, loadCycleAreas } from '#store/cycle.ts';
import type { Db } from '#store/db.ts';
import { committeeIn } from './committees.ts';
import { readReport } from './report.ts';

/** The labels of the texts a report area needs and has not written for the period. */
export function missingTexts(area: ReportDocument['areas'][number]): string[] {
  return area.texts.filter((t) => t.required).map((t) => TEXT_LABELS[t.kind]);
}

/** What a period's state is made of: the report (areas, materiality, texts), the period's row and the areas' rows. */
export interface CycleInputs {
  doc: ReportDocument;
  row: CyclePeriodRow | null;
  rows: Map<string, CycleAreaRow>;
}

export async function loadCycleInputs(q: Q, committeeId: string, period: string): Promise<CycleInputs> {
  const [doc, row, rows] = await Promise.all([
    readReport(q, committeeId, period),
    findCyclePeriod(q, committeeId, period),
    loadCycleAreas(q, committeeId, period),
  ]);
  return { doc, row, rows };
}

/** The period's state read with the caller's queries (inside a write: what it is about to change). */
export async function readCycleState(
  q: Q,
  committeeId: string,
  period: string,
  today: string,
  filter?: OverviewFilter,
): Promise<CycleState> {
  return composeCycleState(await loadCycleInputs(q, committeeId, period), today, filter);
}

/** The state of the inputs as of `today` (a step changes its inputs in memory and composes the answer again, without reading the report twice). */
export function composeCycleState({ doc, row, rows }: CycleInputs, today: string, filter?: OverviewFilter): CycleState {
  const all: CycleArea[] = doc.areas.map((a) => {
    const own = rows.get(a.id);
    const state = own?.state ?? 'open';
    const deadline = own?.deadline ?? row?.areaDeadline ?? null;
    return {
      id: a.id,
      name: a.name,
      state,
      stateLabel: AREA_STATE_LABELS[state],
      deadline,
      late: row !== null && isAreaLate(state, deadline, today),
      note: own?.note ?? null,
      updatedBy: own?.updatedBy ?? null,
      updatedAt: own?.updatedAt ?? null,
      material: a.material,
      missingTexts: missingTexts(a),
      // The texts' warnings (src/core/text-warnings.ts), computed with the report.
      warnings: a.texts.flatMap((t) => t.warnings.map((w) => ({ kind: t.kind, type: w.type, message: w.message }))),
    };
  });
  const count = (f: OverviewFilter) => all.filter((a) => matchesFilter(a, f)).length;
  return {
    committee: doc.committee,
    period: doc.period,
    opened: row !== null,
    state: row?.state ?? null,
    stateLabel: row ? PERIOD_STATE_LABELS[row.state] : 'Inte öppnad',
    deadline: row?.deadline ?? null,
    late: row !== null && isPeriodLate(row.state, row.deadline, today),
    publishedVersion: row?.publishedVersion ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedAt: row?.updatedAt ?? null,
    today,
    filter: filter ?? null,
    counts: {
      areas: all.length,
      accepted: all.filter((a) => a.state === 'accepted').length,
      saknas: count('saknas'),
      sen: count('sen'),
      atersand: count('atersand'),
    },
    areas: filter ? all.filter((a) => matchesFilter(a, filter)) : all,
  };
}

/** The period's state and its areas (the controller's overview), optionally only the areas a filter shows. */
export async function getCycleState(
  db: Db,
  committeeId: string,
  period: string,
  filter?: OverviewFilter,
  now = new Date(),
): Promise<CycleState> {
  return db.snapshot((q) => readCycleState(q, committeeId, period, swedishDate(now), filter));
}

const summary = (r: CyclePeriodRow, today: string) => ({
  period: r.period,
  state: r.state,
  deadline: r.deadline,
  late: isPeriodLate(r.state, r.deadline, today),
  publishedVersion: r.publishedVersion,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt,
});

/** The committee's opened periods, newest first. */
export async function listCycle(db: Db, committeeId: string, now = new Date()): Promise<CyclePeriodList> {
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    const rows = await listCyclePeriods(q, [committeeId], ['open', 'approved', 'published']);
    return { periods: rows.map((r) => summary(r, swedishDate(now))) };
  });
}
