/** What the audit log's codes say in Swedish: the kinds of things changed and what was done. */

export const AUDIT_ENTITIES = [
  'text',
  'forecast',
  'decision',
  'periodization',
  'investment',
  'item',
  'kpi',
  'mapping',
  'area',
  'committee',
  'import',
  'user',
  'state',
  'template',
] as const;

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  text: 'Text',
  forecast: 'Prognos',
  decision: 'Budgetbeslut',
  periodization: 'Periodisering',
  investment: 'Investering',
  item: 'Post på nämndnivå',
  kpi: 'Nyckeltal',
  mapping: 'Mappning',
  area: 'Område',
  committee: 'Nämndens inställning',
  import: 'Import',
  user: 'Användare',
  state: 'Status',
  template: 'Rapportmall',
};

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  create: 'skapad',
  update: 'ändrad',
  delete: 'borttagen',
  import: 'inläst',
  undo: 'ångrad',
  reset: 'återställd',
};

/** The Swedish name of an entity or action; an unknown code (a later kind) as it is. */
export const entityLabel = (entity: string): string => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const actionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;
