/**
 * Accounts and account groups. Kommun-Bas (SKR's chart, a variant of BAS): class 3 income,
 * 45 grants paid, 46 purchased core services, 50-59 personnel, 60-62 premises, 63-79 other costs,
 * class 8 taxes, equalisation and financial items. Classes 1-2 are balance accounts.
 */
export type AccountGroupId = 'intakter' | 'kommunbidrag' | 'personalkostnader' | 'kop-av-verksamhet' | 'lokalkostnader' | 'ovrigt';

export interface AccountGroup {
  id: AccountGroupId;
  name: string;
}

/** In the order a Swedish report lists them. */
export const ACCOUNT_GROUPS: readonly AccountGroup[] = [
  { id: 'intakter', name: 'Intäkter' },
  { id: 'kommunbidrag', name: 'Kommunbidrag' },
  { id: 'personalkostnader', name: 'Personalkostnader' },
  { id: 'kop-av-verksamhet', name: 'Köp av verksamhet' },
  { id: 'lokalkostnader', name: 'Lokalkostnader' },
  { id: 'ovrigt', name: 'Övriga kostnader' },
];

/** A profit-and-loss account: classes 3-8 of a BAS-type chart (first digit of the account). */
export function isProfitAndLoss(account: string): boolean {
  const c = account.charCodeAt(0);
  return c >= 0x33 && c <= 0x38; // '3'..'8'
}

/** An asset account for capital investments (11 buildings and land, 12 machinery and equipment). */
export function isInvestmentAccount(account: string): boolean {
  return account.startsWith('11') || account.startsWith('12');
}

/** A prefix rule: the longest matching prefix decides the group. */
export interface GroupRule {
  prefix: string;
  group: AccountGroupId;
}

/** Default Kommun-Bas mapping; a municipality can override it with its own rules. */
export const DEFAULT_GROUP_RULES: readonly GroupRule[] = [
  { prefix: '3', group: 'intakter' },
  { prefix: '391', group: 'kommunbidrag' },
  { prefix: '45', group: 'ovrigt' },
  { prefix: '46', group: 'kop-av-verksamhet' },
  { prefix: '5', group: 'personalkostnader' },
  { prefix: '60', group: 'lokalkostnader' },
  { prefix: '61', group: 'lokalkostnader' },
  { prefix: '62', group: 'lokalkostnader' },
  { prefix: '6', group: 'ovrigt' },
  { prefix: '7', group: 'ovrigt' },
  { prefix: '8', group: 'ovrigt' },
];

export function accountGroupOf(account: string, rules: readonly GroupRule[] = DEFAULT_GROUP_RULES): AccountGroupId | null {
  if (!isProfitAndLoss(account)) return null;
  let best: GroupRule | undefined;
  for (const r of rules) {
    if (account.startsWith(r.prefix) && (!best || r.prefix.length > best.prefix.length)) best = r;
  }
  return best?.group ?? 'ovrigt';
}

export function accountGroupName(id: AccountGroupId): string {
  return ACCOUNT_GROUPS.find((g) => g.id === id)?.name ?? id;
}
