/**
 * The second demo committee: Barn- och utbildningsnämnden, fiscal year 2025, January–April. A
 * large committee (about 725 mnkr a year): preschool and compulsory school under budget and over,
 * upper secondary school paying more to other municipalities, a reserve not yet used. Amounts in tkr.
 */

import { BUN_TEXTS } from './barn-och-utbildning-texts.ts';
import type { DemoArea, DemoCommittee } from './demo-committee.ts';

const ID = 'barn-och-utbildningsnamnden';
const AREAS: readonly DemoArea[] = [
  {
    id: 'forskola',
    name: 'Förskola',
    codes: [
      { code: '4100', name: 'Förskolor, kommunala', share: 0.8 },
      { code: '4110', name: 'Pedagogisk omsorg', share: 0.2 },
    ],
    budget: { '5010': 120000, '5610': 50000, '6010': 30000, '6410': 4000, '4650': 25000, '3110': -15000 },
    deviation: [400, 900, 1500, 2100],
    split: { '5010': 1500, '5610': 600 },
    forecast: [0, 2000, 3500, 5000],
  },
  {
    id: 'grundskola',
    name: 'Grundskola och fritidshem',
    codes: [
      { code: '4200', name: 'Grundskolor F–6', share: 0.5 },
      { code: '4210', name: 'Grundskolor 7–9', share: 0.35 },
      { code: '4220', name: 'Fritidshem', share: 0.15 },
    ],
    budget: { '5010': 170000, '5610': 71000, '6010': 48000, '6410': 9000, '4650': 35000, '3510': -12000 },
    deviation: [-800, -1900, -3100, -4200],
    split: { '4650': -2800, '5010': -1900, '3510': 500 },
    forecast: [-5000, -8000, -10000, -11500],
  },
  {
    id: 'gymnasieskola',
    name: 'Gymnasieskola',
    codes: [
      { code: '4300', name: 'Gymnasieskolan', share: 0.6 },
      { code: '4310', name: 'Interkommunala ersättningar gymnasiet', share: 0.4 },
    ],
    budget: { '4650': 70000, '5010': 38000, '5610': 16000, '6010': 12000, '6410': 3000, '3510': -3000 },
    deviation: [-300, -700, -1200, -1650],
    split: { '4650': -1650 },
    forecast: [-3000, -4000, -4500, -5000],
  },
  {
    id: 'elevhalsa',
    name: 'Elevhälsa',
    codes: [{ code: '4400', name: 'Elevhälsan', share: 1 }],
    budget: { '5010': 19000, '5610': 8000, '7410': 1800, '6410': 500 },
    deviation: [50, 120, 150, 210],
    split: { '5010': 210 },
    forecast: [0, 0, 0, 300],
  },
  {
    id: 'kulturskola',
    name: 'Kulturskola',
    codes: [{ code: '4500', name: 'Kulturskolan', share: 1 }],
    budget: { '5010': 8000, '5610': 3300, '6010': 1500, '6410': 600, '3110': -1800 },
    deviation: [-20, -60, -90, -140],
    split: { '3110': -140 },
    forecast: [0, 0, -200, -300],
  },
  {
    id: 'overgripande',
    name: 'Nämnd och förvaltningsledning',
    codes: [{ code: '4000', name: 'Nämnd och förvaltning', share: 1 }],
    budget: { '5010': 6500, '5610': 2700, '7410': 3000, '6410': 400 },
    deviation: [300, 600, 900, 1300],
    split: { '7410': 1300 },
    forecast: [2000, 3000, 4000, 4000],
  },
];

export const BARN_OCH_UTBILDNING: DemoCommittee = {
  areas: AREAS,
  investmentOutcome: [
    { period: '2025-02', account: '1220', code: '4200', kr: 310_400 },
    { period: '2025-03', account: '1230', code: '4210', kr: 823_900 },
    { period: '2025-04', account: '1220', code: '4100', kr: 542_150 },
  ],
  seed: 4100,
  file: {
    committee: { id: ID, name: 'Barn- och utbildningsnämnden' },
    company: 'Exempelkommun, Barn- och utbildningsnämnden',
    orgNumber: '212000-0001',
    fileName: 'barn-och-utbildningsnamnden-2025.se',
    accounts: [
      { id: '1220', name: 'Inventarier', type: 'T' },
      { id: '1230', name: 'Datorer och digitala lärverktyg', type: 'T' },
      { id: '3110', name: 'Taxor och avgifter', type: 'I' },
      { id: '3510', name: 'Statsbidrag', type: 'I' },
      { id: '3910', name: 'Kommunbidrag', type: 'I' },
      { id: '4650', name: 'Köp av skol- och förskoleplatser', type: 'K' },
      { id: '5010', name: 'Löner månadsavlönade', type: 'K' },
      { id: '5610', name: 'Arbetsgivaravgifter och pensioner (PO)', type: 'K' },
      { id: '6010', name: 'Lokalhyror', type: 'K' },
      { id: '6410', name: 'Förbrukningsmaterial och läromedel', type: 'K' },
      { id: '7410', name: 'Konsulter och externa tjänster', type: 'K' },
    ],
    shortNames: { grundskola: 'Grundskola', overgripande: 'Nämnd och förvaltning' },
  },
  materialityThresholdTkr: 1000,
  investmentProjects: [
    { id: 'inventarier-skolor', name: 'Inventarier i förskolor och skolor', budgetTkr: 4000, accounts: ['1220'] },
    { id: 'digitala-larverktyg', name: 'Digitala lärverktyg', budgetTkr: 2500, accounts: ['1230'] },
  ],
  texts: BUN_TEXTS,
};
