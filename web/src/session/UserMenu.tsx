/** Who is signed in, with their role, beside the main menu; and the sign-out. */
import { SignOutButton } from './SignOutButton.tsx';
import { useSession } from './session-context.ts';

const ROLE_NAMES = { controller: 'controller', 'area-manager': 'områdeschef', reader: 'läsare' } as const;

export function UserMenu() {
  const session = useSession();
  if (!session) return null;
  const role = session.user.admin ? 'administratör' : session.roles.map((r) => `${ROLE_NAMES[r.role]} (${r.committeeId})`).join(', ');
  return (
    <div className="user-menu">
      <span>
        <span className="sr-only">Inloggad som </span>
        <strong>{session.user.displayName}</strong>
        {role && <span className="user-role"> · {role}</span>}
      </span>
      <SignOutButton />
    </div>
  );
}
