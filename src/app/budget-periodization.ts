/**
 * Use cases: how an area's account group is periodized ('ledger' as imported, straight twelfths, a
 * profile of twelve weights, last year's actual pattern), and the budget overview of a period: the
 * revised budget per area with its history, the periodization of every line, the flags.
 */
import { accountGroupName } from '#core/accounts.ts';
import type { AreaBudgetHistory } from '#core/budget-history.ts';
import { checkProfile, PERIODIZATION_METHODS, PeriodizationError, type PeriodizationMethod } from '#core/periodization.ts';
import { recordAudit } from '#store/audit.ts';
import { listPeriodizations, savePeriodization } from '#store/budget.ts';
import type { Db } from '#store/db.ts';
import { checkGroup, resolveArea } from './budget-decisions.ts';
import { type BudgetYear, type PeriodizationView, readBudgetYear } from './budget-year.ts';
import { committeeForPeriod, committeeIn } from './committees.ts';
import { InputError } from './errors.ts';

export interface PeriodizationInput {
  area: string;
  group: string;
  method: string;
  weights?: readonly number[] | null;
}

export async function setPeriodization(
  db: Db,
  committeeId: string,
  fiscalYear: string,
  input: PeriodizationInput,
  user: string,
  now = new Date(),
) {
  if (!/^\d{4}$/.test(fiscalYear)) throw new InputError(`"${fiscalYear}" är inget räkenskapsår (skriv året, t.ex. 2025)`, 'fiscalYear');
  const method = PERIODIZATION_METHODS.find((m) => m === input.method);
  if (!method) throw new InputError(`"${input.method}" är ingen periodisering (välj ${PERIODIZATION_METHODS.join(', ')})`, 'method');
  let weights: number[] | null = null;
  if (method === 'profile') {
    if (!input.weights) throw new InputError('en profil behöver tolv vikter, en per månad (t.ex. 1,1,1,1,1,2,2,1,1,1,1,1)', 'weights');
    try {
      weights = checkProfile(input.weights);
    } catch (e) {
      if (e instanceof PeriodizationError) throw new InputError(e.message, 'weights');
      throw e;
    }
  } else if (input.weights && input.weights.length > 0) {
    throw new InputError('vikter anges bara för en profil (method profile)', 'weights');
  }
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const areaId = await resolveArea(q, committeeId, input.area, 'area');
    const group = checkGroup(input.group, 'group');
    const old = (await listPeriodizations(q, committeeId, fiscalYear)).find((p) => p.areaId === areaId && p.group === group);
    const before = old
      ? { fiscalYear, group, method: old.method, weights: old.weights }
      : { fiscalYear, group, method: 'ledger', weights: null };
    const after = { fiscalYear, group, method, weights };
    if (JSON.stringify(before) !== JSON.stringify(after))
      await recordAudit(
        q,
        { user, committeeId, areaId, entity: 'periodization', key: `${fiscalYear}/${group}`, action: 'update', before, after },
        now.toISOString(),
      );
    await savePeriodization(q, committeeId, fiscalYear, { areaId, group, method, weights, updatedBy: user, updatedAt: now.toISOString() });
    return { areaId, group, method, weights };
  });
}

export interface BudgetOverview {
  period: string;
  fiscalYear: string;
  months: string[];
  decisions: BudgetYear['decisions'];
  areas: (AreaBudgetHistory & {
    name: string;
    unperiodizedGroups: string[];
    lines: (Omit<PeriodizationView, 'areaId'> & { groupName: string; unperiodized: boolean })[];
  })[];
}

export async function budgetOverview(db: Db, committeeId: string, period: string): Promise<BudgetOverview> {
  return db.snapshot(async (q) => {
    const committee = await committeeForPeriod(q, committeeId, period);
    const y = await readBudgetYear(q, committee, period);
    return {
      period,
      fiscalYear: y.fiscalYear,
      months: y.months,
      decisions: y.decisions,
      areas: y.histories.map((h) => {
        const flagged = y.unperiodized.get(h.areaId) ?? [];
        return {
          ...h,
          name: y.areas.find((a) => a.id === h.areaId)?.name ?? h.areaId,
          unperiodizedGroups: [...flagged],
          lines: y.periodizations
            .filter((p) => p.areaId === h.areaId)
            .map(({ areaId: _, ...p }) => ({ ...p, groupName: accountGroupName(p.group), unperiodized: flagged.includes(p.group) })),
        };
      }),
    };
  });
}

export type { PeriodizationMethod };
