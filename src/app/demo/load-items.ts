/**
 * The demo's committee-level items, entered through the items use case with their inputs as the
 * seed report states them (all in Övergripande, whose forecast of +13 mnkr holds them):
 * PO-påslag 100 mnkr × (44,5 − 42,3 %) = 2,2 mnkr, löneöversyn 100 mnkr × 0,6 % = −0,6 mnkr,
 * expected state grants 4,5 mnkr and the unused full-year pot of 6 mnkr.
 */
import { parseAmountInput as amount, parsePercentInput as pct } from '#core/amount-input.ts';
import type { Db } from '#store/db.ts';
import { type ItemChange, setItem } from '../items.ts';
import { COMMITTEE } from './socialnamnden.ts';

const AREA = 'overgripande';

type DemoItem = Omit<ItemChange, 'committeeId' | 'period'>;

const PO: DemoItem = {
  key: 'po-paslag',
  area: AREA,
  label: 'Fastställt PO-påslag lägre än det preliminära (för högt kommunbidrag)',
  inputs: { kind: 'po', salaryBase: amount('100 mnkr'), preliminaryRate: pct('44,5'), fixedRate: pct('42,3') },
};
const POT: DemoItem = {
  key: 'helarspott-kop',
  area: AREA,
  label: 'Helårspotten för köp',
  inputs: { kind: 'pot', amount: amount('6 mnkr') },
};
const SALARY: DemoItem = {
  key: 'loneoversyn',
  area: AREA,
  label: 'Löneöversyn över kompenserad nivå',
  inputs: { kind: 'salary-revision', salaryBase: amount('100 mnkr'), actualRise: pct('3,4'), compensatedRise: pct('2,8') },
};
const GRANT: DemoItem = {
  key: 'statsbidrag-placeringar',
  area: AREA,
  label: 'Subventioner för placeringar',
  inputs: { kind: 'grant', amount: amount('4,5 mnkr') },
};

/** March: the fixed PO rate is known and the pot is not needed; April adds the salary revision and the grant. */
const ITEMS: Readonly<Record<string, readonly DemoItem[]>> = {
  '2025-03': [PO, POT],
  '2025-04': [PO, POT, SALARY, GRANT],
};

export async function loadDemoItems(db: Db, user: string): Promise<void> {
  for (const [period, items] of Object.entries(ITEMS)) {
    for (const item of items) await setItem(db, { committeeId: COMMITTEE.id, period, ...item }, user);
  }
}
