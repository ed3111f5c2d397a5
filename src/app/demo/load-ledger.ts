/**
 * The demo committee's ledger, loaded as a user loads theirs: its SIE export is imported with the
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
import { buildDemoLedger } from './ledger.ts';
import { demoSieFile } from './sie-file.ts';
import { ACCOUNTS, AREAS, COMMITTEE } from './socialnamnden.ts';
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
const COUNTER_ACCOUNTS = [
  { id: '1510', name: 'Kundfordringar', type: 'T' },
  { id: '1930', name: 'Bank', type: 'T' },
  { id: '2440', name: 'Leverantörsskulder', type: 'S' },
  { id: '2710', name: 'Personalskatt', type: 'S' },
];

export const DEMO_SIE_FILE_NAME = 'socialnamnden-2025.se';

export async function loadDemoLedger(db: Db, user: string): Promise<void> {
  const ledger = buildDemoLedger();
  const file = demoSieFile({
    company: 'Exempelkommun, Socialnämnden',
    orgNumber: '212000-0001',
    generated: `${COMMITTEE.periods.at(-1)}-30`,
    fiscalYear: { start: `${COMMITTEE.fiscalYear}-01-01`, end: `${COMMITTEE.fiscalYear}-12-31` },
    accounts: [...ACCOUNTS, ...COUNTER_ACCOUNTS],
    codes: AREAS.flatMap((a) => a.codes.map((c) => ({ code: c.code, name: c.name }))),
    vouchers: buildDemoVouchers(ledger.actual),
    budget: ledger.budget,
  });
  const dir = await mkdtemp(join(tmpdir(), 'uppfoljning-demo-'));
  try {
    const path = join(dir, DEMO_SIE_FILE_NAME);
    await writeFile(path, file);
    await importSie(db, path, { committeeId: COMMITTEE.id, committeeName: COMMITTEE.name, user, replaceOrganisation: true });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  for (const [i, a] of AREAS.entries()) {
    await setArea(db, COMMITTEE.id, { id: a.id, name: a.name, sortOrder: (i + 1) * 10, shortName: SHORT_NAMES[a.id] ?? null }, user);
  }
  await setMapping(
    db,
    COMMITTEE.id,
    AREAS.flatMap((a) => a.codes.map((c) => ({ code: c.code, area: a.id }))),
    user,
  );
  await removeEmptyAreas(db, COMMITTEE.id, user);
}
