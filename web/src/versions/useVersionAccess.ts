/**
 * What the signed-in user may see and do with the committee's versions, by the same rules the
 * server enforces (src/core/roles.ts): the working draft needs 'read' (area manager and up),
 * publishing 'write' (controller, admin); a reader sees published versions only.
 */
import { useQuery } from '@tanstack/react-query';
import { type CommitteeNeed, mayInCommittee, type RoleHolder } from '#core/roles.ts';
import { getJson } from '../shared/api.ts';

export interface VersionAccess {
  /** The user's roles are known (the session has been read). */
  known: boolean;
  canReadWorking: boolean;
  canPublish: boolean;
}

export function versionAccess(user: RoleHolder | null | undefined, committee: string): VersionAccess {
  const may = (need: CommitteeNeed) => (user ? mayInCommittee(user, committee, need) : false);
  return { known: user !== undefined, canReadWorking: may('read'), canPublish: may('write') };
}

/** The signed-in user's access to the committee's versions, from GET /api/session. */
export function useVersionAccessFor(committee: string): VersionAccess {
  const session = useQuery({
    queryKey: ['session'],
    queryFn: ({ signal }) => getJson<{ user: RoleHolder }>('/api/session', signal),
    staleTime: 60_000,
    retry: false,
  });
  return versionAccess(session.isPending ? undefined : (session.data?.user ?? null), committee);
}
