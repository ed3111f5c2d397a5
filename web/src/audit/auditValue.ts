/**
 * A before or after value of the audit log as people read it: fields by their Swedish names,
 * amounts (öre in the log) in kronor, key-figure values and targets (thousandths) as numbers,
 * texts as written.
 */
import { formatMoney } from '#core/format.ts';
import { ROLE_LABELS } from '#core/roles.ts';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  deviation: 'Avvikelse',
  body: 'Text',
  version: 'Version',
  amount: 'Belopp',
  budget: 'Budget',
  carryOver: 'Ombudgetering',
  forecast: 'Prognos',
  name: 'Namn',
  shortName: 'Kortnamn',
  sortOrder: 'Ordning',
  area: 'Område',
  areaId: 'Område',
  label: 'Benämning',
  group: 'Grupp',
  inputs: 'Underlag',
  method: 'Metod',
  weights: 'Vikter',
  fiscalYear: 'Räkenskapsår',
  decidedOn: 'Beslutsdatum',
  text: 'Beslut',
  ref: 'Paragraf',
  lines: 'Belopp',
  accounts: 'Konton',
  dimensionObject: 'Objekt',
  actualSource: 'Utfall från',
  dimension: 'Dimension',
  unit: 'Enhet',
  target: 'Mål',
  decimals: 'Decimaler',
  importNo: 'Import nr',
  kind: 'Typ',
  fileName: 'Fil',
  sha256: 'SHA-256',
  counts: 'Antal',
  rows: 'Rader',
  replaced: 'Ersatt',
  importedAt: 'Inläst',
  importedBy: 'Inläst av',
  undoneAt: 'Ångrad',
  projectDimension: 'Projektdimension',
  username: 'Användarnamn',
  displayName: 'Namn',
  email: 'E-post',
  disabled: 'Avstängd',
  admin: 'Administratör',
  roles: 'Roller',
  state: 'Tillstånd',
  note: 'Kommentar',
  publishedVersion: 'Publicerad version',
};

const ROLE_NAMES: Readonly<Record<string, string>> = ROLE_LABELS;

/** A user's roles as "controller i socialnamnden; områdeschef i socialnamnden (boende, oppenvard)". */
function roles(v: unknown): string | null {
  if (!Array.isArray(v)) return null;
  const parts = v.map((r: { committeeId?: unknown; role?: unknown; areas?: unknown }) => {
    const areas = Array.isArray(r.areas) && r.areas.length > 0 ? ` (${r.areas.join(', ')})` : '';
    return `${ROLE_NAMES[String(r.role)] ?? String(r.role)} i ${String(r.committeeId)}${areas}`;
  });
  return parts.length === 0 ? 'inga' : parts.join('; ');
}

/** Fields whose numbers are öre. */
const MONEY = new Set(['deviation', 'amount', 'budget', 'carryOver', 'forecast', 'salaryBase']);

const kronor = (ore: number) => formatMoney(ore, 'kr', { decimals: ore % 100 === 0 ? 0 : 2, space: ' ' });
const compact = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function scalar(entity: string, key: string, v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  if (entity === 'user' && key === 'roles') return roles(v) ?? compact(v);
  if (typeof v === 'number' && (MONEY.has(key) || (entity === 'committee' && key === ''))) return kronor(v);
  if (typeof v === 'number' && entity === 'kpi' && (key === '' || key === 'target'))
    return (v / 1000).toLocaleString('sv-SE', { maximumFractionDigits: 3 });
  return compact(v);
}

/** The value as lines "Fält: värde" (an object), or one line (a number, a text). */
export function readableValue(entity: string, value: unknown): { label: string | null; text: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ label: null, text: scalar(entity, '', value) }];
  return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
    label: FIELD_NAMES[key] ?? key,
    text: scalar(entity, key, v),
  }));
}
