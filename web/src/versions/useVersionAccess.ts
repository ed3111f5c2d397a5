/**
 * What the signed-in user may see and do with the committee's versions, by the rules the server
 * enforces: the working draft needs 'read' (area manager and up), publishing 'write' (controller,
 * admin); a reader sees published versions only.
 */
import { mayIn, useSession } from '../session/session-context.ts';

export interface VersionAccess {
  /** The session is known (the app renders inside the sign-in gate, so it normally is). */
  known: boolean;
  canReadWorking: boolean;
  canPublish: boolean;
}

export function useVersionAccessFor(committee: string): VersionAccess {
  const session = useSession();
  return { known: session !== null, canReadWorking: mayIn(session, committee, 'read'), canPublish: mayIn(session, committee, 'write') };
}
