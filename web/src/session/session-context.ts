/** The signed-in session for the whole app (who, roles, CSRF token), and what the roles allow. */
import { createContext, useContext } from 'react';
import type { SessionJson } from '../shared/contract.ts';

export const SessionContext = createContext<SessionJson | null>(null);

export function useSession(): SessionJson | null {
  return useContext(SessionContext);
}

type Need = 'published' | 'read' | 'area' | 'write';
const RANK = { reader: 0, 'area-manager': 1, controller: 2 } as const;
const NEED = { published: 0, read: 1, area: 1, write: 2 } as const;

/** The same rule as the server's (src/core/roles.ts): what the user may in a committee. */
export function mayIn(session: SessionJson | null, committee: string, need: Need): boolean {
  if (!session) return false;
  if (session.user.admin) return true;
  const role = session.roles.find((r) => r.committeeId === committee);
  return role !== undefined && RANK[role.role] >= NEED[need];
}

/** May write the area's own inputs (null: the committee's own, controller only). */
export function mayInArea(session: SessionJson | null, committee: string, area: string | null): boolean {
  if (!session) return false;
  if (session.user.admin) return true;
  const role = session.roles.find((r) => r.committeeId === committee);
  if (!role) return false;
  return role.role === 'controller' || (role.role === 'area-manager' && area !== null && role.areas.includes(area));
}
