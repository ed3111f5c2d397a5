/** "Lägg till användare": name, display name, e-mail, the first role, and a password or a one-time one. */
import { type FormEvent, useState } from 'react';
import { errorBodyOf } from '../shared/api.ts';
import { PlacedError } from '../shared/PlacedError.tsx';
import { EMPTY_ROLE, type RoleErrors, RoleFields, type RoleValue, roleErrors, toGrant } from './RoleFields.tsx';
import { focusFirst, serverFieldError } from './serverFieldError.ts';
import { useAddUser } from './users-api.ts';

const ID = 'ny-anvandare';
const FIELDS = ['username', 'displayName', 'email', 'password', 'role', 'committee', 'areas'] as const;
type Field = (typeof FIELDS)[number];
type Errors = Partial<Record<Field, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function check(fields: { username: string; email: string }, role: RoleValue): Errors {
  const errors: Errors = {};
  if (fields.username.trim() === '') errors.username = 'Ange ett användarnamn, t.ex. anna.andersson.';
  if (fields.email.trim() !== '' && !EMAIL.test(fields.email.trim())) errors.email = 'E-postadressen ska se ut som namn@kommun.se.';
  return { ...errors, ...roleErrors(role) };
}

export function AddUserForm({ onAdded }: { onAdded: (username: string, oneTimePassword: string | null) => void }) {
  const [fields, setFields] = useState({ username: '', displayName: '', email: '', password: '' });
  const [role, setRole] = useState<RoleValue>(EMPTY_ROLE);
  const [errors, setErrors] = useState<Errors>({});
  const add = useAddUser();
  const fieldId = (field: Field) => (field === 'areas' ? `${ID}-areas` : `${ID}-${field}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(fields, role);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(FIELDS.map((f) => (found[f] ? fieldId(f) : null)));
      return;
    }
    const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
    add.mutate(
      {
        username: fields.username.trim(),
        ...(text(fields.displayName) ? { displayName: text(fields.displayName) } : {}),
        ...(text(fields.email) ? { email: text(fields.email) } : {}),
        ...(fields.password !== '' ? { password: fields.password } : {}),
        ...toGrant(role),
      },
      {
        onSuccess: (answer) => {
          setFields({ username: '', displayName: '', email: '', password: '' });
          setRole(EMPTY_ROLE);
          onAdded(answer.user.username, answer.oneTimePassword);
        },
        onError: (error) => {
          const placed = serverFieldError(error, FIELDS);
          if (placed) {
            setErrors({ [placed.field]: placed.message });
            focusFirst([fieldId(placed.field as Field)]);
          }
        },
      },
    );
  };

  const input = (field: 'username' | 'displayName' | 'email' | 'password', label: string, hint?: string, type = 'text') => (
    <div className="field">
      <label htmlFor={fieldId(field)}>{label}</label>
      {hint && (
        <p className="hint" id={`${fieldId(field)}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={fieldId(field)}
        type={type}
        value={fields[field]}
        autoComplete={field === 'password' ? 'new-password' : 'off'}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={
          [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].join(' ').trim() || undefined
        }
        onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
      />
      {errors[field] && (
        <p id={`${fieldId(field)}-error`} className="field-error">
          {errors[field]}
        </p>
      )}
    </div>
  );
  const roleFieldErrors: RoleErrors = { role: errors.role, committee: errors.committee, areas: errors.areas };
  const placed = add.error ? serverFieldError(add.error, FIELDS) : null;
  return (
    <form className="form-panel" aria-labelledby={`${ID}-heading`} onSubmit={submit} noValidate>
      <h2 id={`${ID}-heading`}>Lägg till användare</h2>
      {input('username', 'Användarnamn', 'Det namn användaren loggar in med.')}
      {input('displayName', 'Namn (valfritt)', 'Visas i appen och i ändringsloggen; utan det visas användarnamnet.')}
      {input('email', 'E-post (valfritt)', 'Behövs för inloggning via kommunens inloggningstjänst och för påminnelser.', 'email')}
      {input('password', 'Lösenord (valfritt)', 'Lämna tomt så skapas ett engångslösenord som visas en gång.', 'password')}
      <RoleFields id={ID} value={role} errors={roleFieldErrors} onChange={setRole} />
      {add.error && !placed && <PlacedError title="Användaren kunde inte läggas till" error={errorBodyOf(add.error)} unchanged={false} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? 'Lägger till …' : 'Lägg till användaren'}
        </button>
      </div>
    </form>
  );
}
