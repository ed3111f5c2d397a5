/**
 * Use cases: investment projects of a fiscal year (original budget, carry-over from last year,
 * forecast of the year's actual, the accounts or prefixes its actual is read from) and the
 * committee's choice of actual source.
 */
import { isInvestmentAccount } from '#core/accounts.ts';
import type { ProjectFigures } from '#core/investments.ts';
import type { Ore } from '#core/money.ts';
import { LEDGER_ID_PATTERN } from '#core/organisation.ts';
import { recordAudit } from '#store/audit.ts';
import { type InvestmentSettings, listProjects, loadInvestmentSettings, type ProjectRow, saveProject } from '#store/budget.ts';
import type { Db } from '#store/db.ts';
import { readBudgetYear } from './budget-year.ts';
import { committeeForPeriod, committeeIn } from './committees.ts';
import { InputError, NotFoundError } from './errors.ts';

export interface ProjectInput {
  id: string;
  name?: string;
  budget?: Ore;
  carryOver?: Ore;
  /** null clears it. */
  forecast?: Ore | null;
  accounts?: readonly string[];
  /** Its object in the committee's project dimension; null clears it (the project's id is then used). */
  dimensionObject?: string | null;
}

const PROJECT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;

function checkYear(fiscalYear: string): string {
  if (!YEAR.test(fiscalYear)) throw new InputError(`"${fiscalYear}" är inget räkenskapsår (skriv året, t.ex. 2025)`, 'fiscalYear');
  return fiscalYear;
}

function checkAccounts(accounts: readonly string[]): string[] {
  return accounts.map((a, i) => {
    const t = a.trim();
    if (!/^\d{1,6}$/.test(t) || !isInvestmentAccount(t.padEnd(4, '0'))) {
      throw new InputError(
        `"${a}" är inget investeringskonto (ett kontonummer eller prefix i klass 11 eller 12, t.ex. 1220 eller 12)`,
        `accounts.${i}`,
      );
    }
    return t;
  });
}

/** An object id of the project dimension as the SIE file has it: printable, at most 100 characters. */
function checkObject(object: string | null): string | null {
  const o = object?.trim() ?? '';
  if (o === '') return null;
  if (o.length > 100 || !LEDGER_ID_PATTERN.test(o))
    throw new InputError(`"${object}" duger inte som objekt (högst 100 tecken, inga styrtecken)`, 'dimensionObject');
  return o;
}

const checkAmount = (v: Ore | undefined | null, where: string) => {
  if (v !== undefined && v !== null && !Number.isSafeInteger(v)) throw new InputError('beloppet måste vara i hela öre', where);
};

/** A project as the audit log keeps it. */
const projectValue = ({ updatedBy: _by, updatedAt: _at, ...project }: ProjectRow) => project;

/** Adds a project (`mode` 'add': it must be new) or changes one ('set': it must exist; what is not given stays). */
export async function saveInvestmentProject(
  db: Db,
  committeeId: string,
  fiscalYear: string,
  input: ProjectInput,
  mode: 'add' | 'set',
  user: string,
  now = new Date(),
): Promise<ProjectRow> {
  checkYear(fiscalYear);
  if (!PROJECT_ID.test(input.id) || input.id.length > 64)
    throw new InputError(`"${input.id}" duger inte som projekt-id (små bokstäver, siffror och bindestreck)`, 'id');
  checkAmount(input.budget, 'budget');
  checkAmount(input.carryOver, 'carryOver');
  checkAmount(input.forecast, 'forecast');
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const existing = (await listProjects(q, committeeId, fiscalYear)).find((p) => p.id === input.id);
    if (mode === 'add' && existing) throw new InputError(`projektet "${input.id}" finns redan för ${fiscalYear} (ändra det med set)`, 'id');
    if (mode === 'set' && !existing) throw new NotFoundError(`Projektet "${input.id}" finns inte för ${fiscalYear}.`);
    const name = (input.name ?? existing?.name ?? '').trim();
    if (name === '') throw new InputError('ange projektets namn', 'name');
    if (name.length > 200) throw new InputError('högst 200 tecken', 'name');
    const row: ProjectRow = {
      id: input.id,
      name,
      budget: input.budget ?? existing?.budget ?? 0,
      carryOver: input.carryOver ?? existing?.carryOver ?? 0,
      forecast: input.forecast !== undefined ? input.forecast : (existing?.forecast ?? null),
      accounts: input.accounts ? checkAccounts(input.accounts) : (existing?.accounts ?? []),
      dimensionObject: input.dimensionObject !== undefined ? checkObject(input.dimensionObject) : (existing?.dimensionObject ?? null),
      updatedBy: user,
      updatedAt: now.toISOString(),
    };
    await saveProject(q, committeeId, fiscalYear, row);
    await recordAudit(
      q,
      {
        user,
        committeeId,
        entity: 'investment',
        key: `${fiscalYear}/${row.id}`,
        action: existing ? 'update' : 'create',
        before: existing ? projectValue(existing) : null,
        after: projectValue(row),
      },
      now.toISOString(),
    );
    return row;
  });
}

export interface InvestmentOverview {
  period: string;
  fiscalYear: string;
  originalBudget: Ore;
  carryOver: Ore;
  decisions: Ore;
  unassignedDecisions: Ore;
  adjustedBudget: Ore;
  actual: Ore;
  settings: InvestmentSettings;
  projects: (ProjectFigures & { accounts: string[] })[];
}

/** The projects with their figures year to date for a period. */
export async function investmentOverview(db: Db, committeeId: string, period: string): Promise<InvestmentOverview> {
  return db.snapshot(async (q) => {
    const committee = await committeeForPeriod(q, committeeId, period);
    const year = await readBudgetYear(q, committee, period);
    const rows = await listProjects(q, committeeId, year.fiscalYear);
    const inv = year.investments;
    return {
      period,
      fiscalYear: year.fiscalYear,
      originalBudget: inv.originalBudget,
      carryOver: inv.carryOver,
      decisions: inv.decisions,
      unassignedDecisions: inv.unassignedDecisions,
      adjustedBudget: inv.adjustedBudget,
      actual: inv.actual,
      settings: await loadInvestmentSettings(q, committeeId),
      projects: inv.projects.map((p) => ({ ...p, accounts: rows.find((r) => r.id === p.id)?.accounts ?? [] })),
    };
  });
}

/** The projects of a fiscal year as stored (no figures; works before any bookkeeping). */
export async function projectsOfYear(db: Db, committeeId: string, fiscalYear: string): Promise<ProjectRow[]> {
  checkYear(fiscalYear);
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    return listProjects(q, committeeId, fiscalYear);
  });
}
