/** The signed-in session for the whole app (who, roles, CSRF token), and what the roles allow. */
import { createContext, useContext } from 'react';
import { type CommitteeNeed, mayInArea as mayInAreaBy, mayInCommittee } from '#core/roles.ts';
import type { SessionJson } from '../shared/contract.ts';

export const SessionContext = createContext<SessionJson | null>(null);

export function useSession(): SessionJson | null {
  return useContext(SessionContext);
}

const holder = (session: SessionJson) => ({ admin: session.user.admin, roles: session.roles });

/** The server's rule (src/core/roles.ts): what the user may in a committee. */
export function mayIn(session: SessionJson | null, committee: string, need: CommitteeNeed): boolean {
  return session !== null && mayInCommittee(holder(session), committee, need);
}

/** May write the area's own inputs (null: the committee's own, controller only). */
export function mayInArea(session: SessionJson | null, committee: string, area: string | null): boolean {
  return session !== null && mayInAreaBy(holder(session), committee, area);
}
