/** Account groups as the budget pages name them: core's names, by the ids the API has. */
import { ACCOUNT_GROUPS } from '#core/accounts.ts';

export const GROUP_LABELS: Record<string, string> = Object.fromEntries(ACCOUNT_GROUPS.map((g) => [g.id, g.name]));
export const GROUP_IDS = ACCOUNT_GROUPS.map((g) => g.id);
