/** The demo's key figures (nyckeltal) for January–April, entered through the key-figure use cases. */
import type { Db } from '#store/db.ts';
import { defineKpi, type KpiValueInput, setKpiValues } from '../kpis.ts';
import { COMMITTEE } from './socialnamnden.ts';

const DEFINITIONS = [
  { id: 'placeringar-hvb', name: 'Placeringar på HVB', unit: 'st', target: null, decimals: 0 },
  { id: 'hushall-forsorjningsstod', name: 'Hushåll med försörjningsstöd', unit: 'hushåll', target: null, decimals: 0 },
  { id: 'sjukfranvaro', name: 'Sjukfrånvaro', unit: '%', target: '6,0', decimals: 1 },
  { id: 'arsarbetare', name: 'Årsarbetare', unit: 'åa', target: null, decimals: 1 },
] as const;

/** kpi → area ('' = the committee) → January–April. */
const VALUES: Record<string, Record<string, readonly string[]>> = {
  'placeringar-hvb': {
    'utredning-barn': ['14', '13', '12', '11'],
    'utredning-ungdom': ['9', '9', '8', '7'],
    'utredning-vuxen': ['6', '6', '5', '5'],
  },
  'hushall-forsorjningsstod': { '': ['412', '405', '398', '391'] },
  sjukfranvaro: {
    '': ['7,9', '7,4', '7,1', '6,8'],
    'utredning-barn': ['9,2', '8,8', '8,1', '7,6'],
    familjehem: ['6,4', '6,1', '5,9', '5,7'],
  },
  arsarbetare: { '': ['312,5', '314', '313,5', '315'] },
};

export async function loadDemoKpis(db: Db, user: string): Promise<void> {
  for (const d of DEFINITIONS) await defineKpi(db, COMMITTEE.id, d, user);
  const values: KpiValueInput[] = [];
  for (const [kpi, byArea] of Object.entries(VALUES))
    for (const [area, months] of Object.entries(byArea))
      months.forEach((value, m) => {
        values.push({ kpi, area, period: COMMITTEE.periods[m] ?? '', value });
      });
  await setKpiValues(db, COMMITTEE.id, values, user);
}
