/**
 * The demo committee: Socialnämnden in an example municipality, fiscal year 2025, January-April.
 * Plain data; `ledger.ts` turns it into ledger balances and a periodized budget. Amounts in tkr
 * (thousands of kronor) unless named otherwise. The designed deviations are chosen so that the
 * figures come out as the seed report prints them (../shared/seed/*.figures.json).
 */
import type { DemoAccount, DemoArea, DemoLedgerSpec } from './demo-committee.ts';
import type { AreaId } from './socialnamnden-texts.ts';

export const COMMITTEE = {
  id: 'socialnamnden',
  name: 'Socialnämnden',
  materialityThresholdTkr: 150,
  fiscalYear: '2025',
  periods: ['2025-01', '2025-02', '2025-03', '2025-04'] as const,
};

export const ACCOUNTS: readonly DemoAccount[] = [
  { id: '1220', name: 'Inventarier', type: 'T' },
  { id: '3110', name: 'Taxor och avgifter', type: 'I' },
  { id: '3510', name: 'Statsbidrag', type: 'I' },
  { id: '3520', name: 'Bidrag från Migrationsverket', type: 'I' },
  { id: '3910', name: 'Kommunbidrag', type: 'I' },
  { id: '4610', name: 'Köp av huvudverksamhet, HVB och institutionsvård', type: 'K' },
  { id: '4620', name: 'Köp av konsulentstödda jourhem och familjehem', type: 'K' },
  { id: '4630', name: 'Köp av öppenvård', type: 'K' },
  { id: '4690', name: 'Köp av verksamhet, central pott', type: 'K' },
  { id: '5010', name: 'Löner månadsavlönade', type: 'K' },
  { id: '5090', name: 'Personalkostnader övergripande, PO-reserv', type: 'K' },
  { id: '5610', name: 'Arbetsgivaravgifter och pensioner (PO)', type: 'K' },
  { id: '6010', name: 'Lokalhyror', type: 'K' },
  { id: '6150', name: 'Reparation och underhåll av lokaler', type: 'K' },
  { id: '6410', name: 'Förbrukningsmaterial', type: 'K' },
  { id: '7410', name: 'Konsulter och externa tjänster', type: 'K' },
];

export const AREAS: readonly DemoArea<AreaId>[] = [
  {
    id: 'utredning-vuxen',
    name: 'Utredningsenhet vuxen',
    codes: [
      { code: '6110', name: 'Utredning vuxen, myndighet', share: 0.7 },
      { code: '6111', name: 'Utredning vuxen, jourlägenheter', share: 0.3 },
    ],
    budget: { '4610': 14000, '5010': 9800, '5610': 4100, '6010': 1900, '6410': 300 },
    deviation: [-60, -170, -310, -190],
    split: { '4610': -150, '5010': -40 },
    forecast: [0, -200, -300, -300],
  },
  {
    id: 'utredning-barn',
    name: 'Utredningsenheter barn',
    codes: [
      { code: '6120', name: 'Utredning barn 0-12 år', share: 0.45 },
      { code: '6121', name: 'Utredning barn 13-20 år', share: 0.35 },
      { code: '6122', name: 'Barnutredare, konsulter', share: 0.2 },
    ],
    budget: { '4610': 22000, '5010': 16500, '5610': 6900, '7410': 1200, '6410': 400, '3510': -800 },
    deviation: [350, 640, 980, 620],
    split: { '4610': 1010, '5010': -150, '5610': -60, '7410': -180 },
    forecast: [500, 300, 0, -200],
  },
  {
    id: 'rekrytering',
    name: 'Rekryteringsenheten',
    codes: [
      { code: '6130', name: 'Rekrytering familjehem', share: 0.6 },
      { code: '6131', name: 'Kontrakterade jourhem', share: 0.4 },
    ],
    budget: { '4620': 19000, '5010': 9200, '5610': 3800, '6410': 500 },
    deviation: [520, 1490, 2480, 3420],
    split: { '4620': 2310, '5010': 740, '5610': 290, '6410': 80 },
    forecast: [2000, 3500, 4200, 5000],
  },
  {
    id: 'utredning-ungdom',
    name: 'Utredningsenhet ungdom',
    codes: [
      { code: '6140', name: 'Utredning ungdom', share: 0.75 },
      { code: '6141', name: 'Ungdomsteam SIG', share: 0.25 },
    ],
    budget: { '4610': 31000, '4630': 4500, '5010': 8600, '5610': 3600, '6410': 300 },
    deviation: [610, 1430, 2320, 3980],
    split: { '4610': 3650, '4630': 410, '5010': -80 },
    forecast: [3000, 4500, 6000, 7400],
  },
  {
    id: 'familjehem',
    name: 'Familjehemsenheterna stöd och myndighet',
    codes: [
      { code: '6150', name: 'Familjehem myndighet', share: 0.5 },
      { code: '6151', name: 'Familjehem stöd', share: 0.3 },
      { code: '6152', name: 'Ensamkommande barn', share: 0.2 },
    ],
    budget: { '4620': 24000, '5010': 14200, '5610': 5900, '6410': 400, '3520': -3500 },
    deviation: [-820, -1860, -2940, -3690],
    split: { '4620': -2480, '3520': 300, '5010': -1100, '5610': -410 },
    forecast: [-3000, -4500, -5500, -6100],
  },
  {
    id: 'vald-i-nara-relation',
    name: 'Enheten för våld i nära relation',
    codes: [
      { code: '6160', name: 'Våld i nära relation, myndighet', share: 0.65 },
      { code: '6161', name: 'Skyddat boende', share: 0.35 },
    ],
    budget: { '4610': 9500, '5010': 6400, '5610': 2700, '6010': 1400 },
    deviation: [410, 1120, 1880, 2710],
    split: { '4610': 2450, '5010': 260 },
    forecast: [2000, 3000, 4000, 5000],
  },
  {
    id: 'tillstand',
    name: 'Tillståndsenheten',
    codes: [{ code: '6170', name: 'Serverings- och tobakstillstånd', share: 1 }],
    budget: { '3110': -888, '5010': 2900, '5610': 1200, '6410': 150 },
    deviation: [-70, -150, -262, -300],
    split: { '3110': -296, '6410': -4 },
    forecast: [0, 0, 0, 0],
  },
  {
    id: 'boende',
    name: 'Boendeenheten',
    codes: [
      { code: '6180', name: 'Boendeenheten, lägenheter', share: 0.55 },
      { code: '6181', name: 'Boendestöd', share: 0.45 },
    ],
    budget: { '6010': 12500, '5010': 7300, '5610': 3000, '3110': -2400 },
    deviation: [80, 180, 310, 810],
    split: { '5010': 600, '5610': 210 },
    forecast: [500, 800, 1200, 1700],
  },
  {
    id: 'forebyggande',
    name: 'Förebyggande insatser och aktiviteter',
    codes: [
      { code: '6190', name: 'Fältassistenter', share: 0.6 },
      { code: '6191', name: 'Förebyggande aktiviteter', share: 0.4 },
    ],
    budget: { '5010': 5600, '5610': 2300, '6410': 600, '3510': -1800 },
    deviation: [-40, -110, -180, 170],
    split: { '5010': 290, '3510': -120 },
    forecast: [0, 0, 0, 0],
  },
  {
    id: 'oppenvard',
    name: 'Öppenvård och stödboende',
    codes: [
      { code: '6200', name: 'Öppenvård barn och unga', share: 0.4 },
      { code: '6201', name: 'Öppenvård vuxna', share: 0.35 },
      { code: '6202', name: 'Stödboende', share: 0.25 },
    ],
    budget: { '5010': 18400, '5610': 7700, '6010': 2600, '6410': 700, '3510': -1500 },
    deviation: [150, 390, 640, 1020],
    split: { '5010': 700, '5610': 270, '3510': 50 },
    forecast: [300, 600, 900, 1200],
  },
  {
    id: 'flyktingboende',
    name: 'Flyktingboende',
    codes: [{ code: '6210', name: 'Flyktingboende', share: 1 }],
    budget: { '6010': 4100, '5010': 1900, '5610': 800, '6410': 300, '3520': -6200 },
    deviation: [-50, -120, -210, -380],
    split: { '3520': -380 },
    forecast: [0, -300, -500, -600],
  },
  {
    id: 'utveckling-stod',
    name: 'Utveckling och stöd',
    codes: [
      { code: '6220', name: 'Utveckling och stöd, stab', share: 0.7 },
      { code: '6221', name: 'Verksamhetssystem och licenser', share: 0.3 },
    ],
    budget: { '5010': 11200, '5610': 4700, '7410': 3900, '6150': 600, '3520': -1400 },
    deviation: [-210, -500, -770, -790],
    split: { '3520': -560, '6150': -230 },
    forecast: [-1500, -2500, -3200, -3700],
  },
  {
    id: 'overgripande',
    name: 'Övergripande',
    codes: [
      { code: '6000', name: 'Nämnd och förvaltningsledning', share: 0.5 },
      { code: '6001', name: 'Gemensamma kostnader', share: 0.5 },
    ],
    // 5090 (the PO reserve) and 4690 (the central pot for purchases) are budgeted and not used:
    // their deviation is their budget; 7410 takes what the area's deviation leaves.
    budget: { '7410': 2500, '6010': 1800, '5090': 2200, '4690': 6000 },
    deviation: [420, 1040, 1660, 3270],
    split: { '7410': 0 },
    forecast: [6000, 8000, 10500, 13000],
  },
  {
    id: 'familjeratt',
    name: 'Familjerättsenheten',
    codes: [{ code: '6230', name: 'Familjerätt', share: 1 }],
    budget: { '5010': 3100, '5610': 1300, '7410': 300 },
    deviation: [-20, -40, -60, -90],
    split: { '5010': -90 },
    forecast: [0, 0, -300, -400],
  },
  {
    id: 'mottagning',
    name: 'Mottagningsenheten',
    codes: [
      { code: '6240', name: 'Mottagning barn och unga', share: 0.6 },
      { code: '6241', name: 'Mottagning vuxna', share: 0.4 },
    ],
    budget: { '5010': 6200, '5610': 2600, '6410': 200 },
    deviation: [10, -10, -30, -60],
    split: { '5010': -60 },
    forecast: [0, 0, 0, 0],
  },
];

/** Accounts budgeted and never used in the demo: the deviation is the whole budget to date. */
export const UNUSED_ACCOUNTS = new Set(['5090', '4690']);

/** Year-to-date budgeted result of the committee in April, kr; the central pot is periodized to reach it. */
export const BUDGET_RESULT_APRIL_KR = 3_214_600;

/** Monthly weights of personnel costs (accounts 50-56): more in summer (holiday pay and substitutes). */
export const PERSONNEL_PROFILE = [7.7, 7.5, 7.9, 7.7, 8.0, 10.2, 10.6, 8.6, 7.9, 7.9, 7.9, 8.1] as const;

/** Investment outcome on account 1220 per month, kr (furniture). */
export const INVESTMENT_OUTCOME_KR: Readonly<Record<string, number>> = { '2025-02': 41_250, '2025-04': 162_340 };

export const INVESTMENT_PROJECTS = [
  { id: 'inventarier', name: 'Inventarier och möbler', budgetTkr: 700, accounts: ['1220'] },
  { id: 'lokalanpassning', name: 'Anpassning av lokaler', budgetTkr: 500, accounts: ['1110'] },
];

/**
 * The year's budget decisions. The ledger's budget is the original one: an area decision is added
 * to it by the revised budget (src/app/budget-rows.ts), so the demo ledger's budget leaves it out.
 */
export const BUDGET_DECISIONS = [
  {
    id: 'ks-2025-02-kapitaltjanst',
    decidedOn: '2025-02-19',
    body: 'KS',
    amountKr: 47_000,
    area: 'overgripande' as AreaId,
    group: 'kommunbidrag',
    text: 'att utöka nämndens kommunbidrag som kompensation för kapitaltjänst och hyror gällande färdigställda investeringar',
  },
  {
    id: 'kf-2025-03-investeringsbudget',
    decidedOn: '2025-03-27',
    body: 'KF',
    amountKr: 500_000,
    area: null,
    group: null,
    text: 'gällande justering av investeringsbudget',
  },
];

/** What the ledger is built from (ledger.ts); the central pot is periodized to reach the seed's budgeted result. */
export const SOCIALNAMNDEN_LEDGER: DemoLedgerSpec = {
  fiscalYear: COMMITTEE.fiscalYear,
  periods: COMMITTEE.periods,
  areas: AREAS,
  unusedAccounts: UNUSED_ACCOUNTS,
  personnelProfile: PERSONNEL_PROFILE,
  budgetDecisions: BUDGET_DECISIONS,
  // On Övergripande's first code.
  investmentOutcome: Object.entries(INVESTMENT_OUTCOME_KR).map(([period, kr]) => ({ period, account: '1220', code: '6000', kr })),
  pot: { account: '4690', budgetResultKr: BUDGET_RESULT_APRIL_KR },
  seed: 2025,
};
