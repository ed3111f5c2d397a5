/**
 * A demo committee's ledger, loaded as a user loads theirs: its SIE export is imported with the
 * import use case, then its areas are named and its codes mapped with the area and mapping use
 * cases. What the import made for each code on its own and is now empty goes away.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '#store/db.ts';
import { removeEmptyAreas, setArea } from '../areas.ts';
import { importSie } from '../import-sie.ts';
import { setMapping } from '../mapping.ts';
import type { DemoAccount, DemoLedgerFile, DemoLedgerSpec } from './demo-committee.ts';
import { buildDemoLedger } from './ledger.ts';
import { demoSieFile } from './sie-file.ts';
import { ACCOUNTS, COMMITTEE, SOCIALNAMNDEN_LEDGER } from './socialnamnden.ts';
import { buildDemoVouchers } from './vouchers.ts';

/** The names section 3 uses for the areas whose full names are long, as the seed prints them. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'utredning-vuxen': 'Utredning vuxen',
  'utredning-barn': 'Utredning barn',
  'utredning-ungdom': 'Utredning ungdom',
  familjehem: 'Familjeenheterna',
  'vald-i-nara-relation': 'Våld i nära relation',
};

/** The balance accounts the vouchers' counter-postings use (demo/vouchers.ts). */
const COUNTER_ACCOUNTS: readonly DemoAccount[] = [
  { id: '1510', name: 'Kundfordringar', type: 'T' },
  { id: '1930', name: 'Bank', type: 'T' },
  { id: '2440', name: 'Leverantörsskulder', type: 'S' },
  { id: '2710', name: 'Personalskatt', type: 'S' },
];

export const DEMO_SIE_FILE_NAME = 'socialnamnden-2025.se';

const SOCIALNAMNDEN_FILE: DemoLedgerFile = {
  committee: COMMITTEE,
  company: 'Exempelkommun, Socialnämnden',
  orgNumber: '212000-0001',
  fileName: DEMO_SIE_FILE_NAME,
  accounts: ACCOUNTS,
  shortNames: SHORT_NAMES,
};

export function loadDemoLedger(db: Db, user: string): Promise<void> {
  return loadDemoLedgerOf(db, SOCIALNAMNDEN_LEDGER, SOCIALNAMNDEN_FILE, user);
}

/** Imports a demo committee's ledger as its SIE file, then names its areas and maps its codes. */
export async function loadDemoLedgerOf(db: Db, spec: DemoLedgerSpec, file: DemoLedgerFile, user: string): Promise<void> {
  const ledger = buildDemoLedger(spec);
  const { committee } = file;
  const sie = demoSieFile({
    company: file.company,
    orgNumber: file.orgNumber,
    generated: `${spec.periods.at(-1)}-30`,
    fiscalYear: { start: `${spec.fiscalYear}-01-01`, end: `${spec.fiscalYear}-12-31` },
    accounts: [...file.accounts, ...COUNTER_ACCOUNTS],
    codes: spec.areas.flatMap((a) => a.codes.map((c) => ({ code: c.code, name: c.name }))),
    vouchers: buildDemoVouchers(ledger.actual, file.accounts),
    budget: ledger.budget,
  });
  const dir = await mkdtemp(join(tmpdir(), 'uppfoljning-demo-'));
  try {
    const path = join(dir, file.fileName);
    await writeFile(path, sie);
    await importSie(db, path, { committeeId: committee.id, committeeName: committee.name, user, replaceOrganisation: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  for (const [i, a] of spec.areas.entries()) {
    await setArea(db, committee.id, { id: a.id, name: a.name, sortOrder: (i + 1) * 10, shortName: file.shortNames[a.id] ?? null }, user);
  }
  await setMapping(
    db,
    committee.id,
    spec.areas.flatMap((a) => a.codes.map((c) => ({ code: c.code, area: a.id }))),
    user,
  );
  await removeEmptyAreas(db, committee.id, user);
}
