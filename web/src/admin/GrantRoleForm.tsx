/** "Ge roll" for one user: a role in a committee (replacing their role there) or the admin role. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorBodyOf } from '../shared/api.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { EMPTY_ROLE, type RoleErrors, RoleFields, type RoleValue, roleErrors, toGrant } from './RoleFields.tsx';
import { focusFirst } from './serverFieldError.ts';
import { useGrantRole } from './users-api.ts';

export function GrantRoleForm({
  username,
  id,
  onDone,
  onCancel,
}: {
  username: string;
  id: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [role, setRole] = useState<RoleValue>(EMPTY_ROLE);
  const [errors, setErrors] = useState<RoleErrors>({});
  const grant = useGrantRole();
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = roleErrors(role);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst((['role', 'committee', 'areas'] as const).map((f) => (found[f] ? `${id}-${f}` : null)));
      return;
    }
    grant.mutate({ username, grant: toGrant(role) }, { onSuccess: () => onDone(`Rollen är given till ${username}.`) });
  };
  return (
    <form
      ref={first}
      className="grant-form"
      aria-label={`Ge roll till ${username}`}
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <RoleFields id={id} value={role} errors={errors} onChange={setRole} />
      {grant.error && <PlacedError title="Rollen kunde inte ges" error={errorBodyOf(grant.error)} unchanged={false} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={grant.isPending}>
          Ge rollen<span className="sr-only"> till {username}</span>
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
