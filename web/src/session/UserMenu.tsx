/** Who is signed in, with their role, beside the main menu; and the sign-out. */
import { ROLE_LABELS } from '#core/roles.ts';
import { SignOutButton } from './SignOutButton.tsx';
import { useSession } from './session-context.ts';

export function UserMenu() {
  const session = useSession();
  if (!session) return null;
  const role = session.user.admin ? ROLE_LABELS.admin : session.roles.map((r) => `${ROLE_LABELS[r.role]} (${r.committeeId})`).join(', ');
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
