/**
 * The third demo committee: Tekniska nämnden, fiscal year 2025, January–April. Streets and parks
 * after a snowy winter, the municipality's buildings (rented internally to the other committees),
 * water and waste financed by fees, and the meals service. About 65 mnkr of kommunbidrag a year.
 * Amounts in tkr.
 */
import type { DemoArea, DemoCommittee } from './demo-committee.ts';
import { TEKNISKA_TEXTS } from './tekniska-texts.ts';

const AREAS: readonly DemoArea[] = [
  {
    id: 'gata-park',
    name: 'Gata och park',
    codes: [
      { code: '7100', name: 'Gator och vägar', share: 0.6 },
      { code: '7110', name: 'Vinterväghållning', share: 0.25 },
      { code: '7120', name: 'Parker och grönytor', share: 0.15 },
    ],
    budget: { '4710': 26000, '5010': 12500, '5610': 5200, '6110': 4800, '3120': -3500 },
    deviation: [-900, -1800, -2300, -2100],
    split: { '4710': -2400, '6110': 300 },
    forecast: [-1500, -2500, -2500, -2000],
  },
  {
    id: 'fastighet',
    name: 'Fastighet',
    codes: [
      { code: '7200', name: 'Verksamhetslokaler', share: 0.7 },
      { code: '7210', name: 'Fastighetsskötsel', share: 0.3 },
    ],
    budget: { '3410': -62000, '6150': 14000, '6110': 13000, '5010': 9500, '5610': 4000, '7830': 24000 },
    deviation: [150, 420, 700, 950],
    split: { '6110': 600, '6150': 350 },
    forecast: [0, 500, 1000, 1500],
  },
  {
    id: 'va-avfall',
    name: 'Vatten, avlopp och avfall',
    codes: [
      { code: '7300', name: 'Vatten och avlopp', share: 0.6 },
      { code: '7310', name: 'Avfallshantering', share: 0.4 },
    ],
    budget: { '3130': -48000, '3140': -31000, '4710': 38000, '5010': 11000, '5610': 4600, '6110': 6500, '7830': 18900 },
    deviation: [-100, -180, -250, -320],
    split: { '6110': -320 },
    forecast: [0, 0, -500, -800],
  },
  {
    id: 'maltidsservice',
    name: 'Måltidsservice',
    codes: [
      { code: '7400', name: 'Skolrestauranger', share: 0.7 },
      { code: '7410', name: 'Äldreomsorgens kök', share: 0.3 },
    ],
    budget: { '3420': -21000, '4720': 15500, '5010': 10500, '5610': 4400, '6410': 800 },
    deviation: [-80, -200, -380, -520],
    split: { '4720': -600, '5010': 80 },
    forecast: [-500, -1000, -1200, -1500],
  },
  {
    id: 'overgripande',
    name: 'Nämnd och förvaltning',
    codes: [{ code: '7000', name: 'Nämnd och förvaltningsledning', share: 1 }],
    budget: { '5010': 4200, '5610': 1750, '7410': 1500 },
    deviation: [40, 90, 120, 180],
    split: { '7410': 180 },
    forecast: [0, 0, 0, 200],
  },
];

export const TEKNISKA: DemoCommittee = {
  areas: AREAS,
  investmentOutcome: [
    { period: '2025-03', account: '1150', code: '7100', kr: 1_254_300 },
    { period: '2025-04', account: '1150', code: '7100', kr: 2_108_750 },
    { period: '2025-04', account: '1160', code: '7300', kr: 961_200 },
  ],
  seed: 7100,
  file: {
    committee: { id: 'tekniska-namnden', name: 'Tekniska nämnden' },
    company: 'Exempelkommun, Tekniska nämnden',
    orgNumber: '212000-0001',
    fileName: 'tekniska-namnden-2025.se',
    accounts: [
      { id: '1150', name: 'Markanläggningar', type: 'T' },
      { id: '1160', name: 'Ledningar för vatten och avlopp', type: 'T' },
      { id: '3120', name: 'Parkeringsavgifter', type: 'I' },
      { id: '3130', name: 'Taxor vatten och avlopp', type: 'I' },
      { id: '3140', name: 'Taxor avfall', type: 'I' },
      { id: '3410', name: 'Interna hyresintäkter', type: 'I' },
      { id: '3420', name: 'Interna intäkter för måltider', type: 'I' },
      { id: '3910', name: 'Kommunbidrag', type: 'I' },
      { id: '4710', name: 'Entreprenader', type: 'K' },
      { id: '4720', name: 'Livsmedel', type: 'K' },
      { id: '5010', name: 'Löner månadsavlönade', type: 'K' },
      { id: '5610', name: 'Arbetsgivaravgifter och pensioner (PO)', type: 'K' },
      { id: '6110', name: 'El och uppvärmning', type: 'K' },
      { id: '6150', name: 'Reparation och underhåll av lokaler', type: 'K' },
      { id: '6410', name: 'Förbrukningsmaterial', type: 'K' },
      { id: '7410', name: 'Konsulter och externa tjänster', type: 'K' },
      { id: '7830', name: 'Avskrivningar', type: 'K' },
    ],
    shortNames: { 'va-avfall': 'VA och avfall' },
  },
  materialityThresholdTkr: 300,
  investmentProjects: [
    { id: 'storgatan', name: 'Ombyggnad av Storgatan', budgetTkr: 12000, accounts: ['1150'] },
    { id: 'va-ledningar', name: 'Förnyelse av VA-ledningar', budgetTkr: 8000, accounts: ['1160'] },
  ],
  texts: TEKNISKA_TEXTS,
};
