/**
 * The fields of a role: which role, in which committee (not for administrators), and for an area
 * manager which of the committee's areas. Used by "Lägg till användare" and "Ge roll".
 */
import { useQuery } from '@tanstack/react-query';
import { areasQuery } from '../mapping/areas-api.ts';
import { useCommittees } from '../shared/committees.ts';
import { ROLE_LABELS, type RoleGrant, type RoleName } from './users-api.ts';

export interface RoleValue {
  role: RoleName | '';
  committee: string;
  areas: string[];
}

export type RoleErrors = Partial<Record<'role' | 'committee' | 'areas', string>>;

export const EMPTY_ROLE: RoleValue = { role: '', committee: '', areas: [] };

/** What is wrong with a role, by field (empty: nothing). */
export function roleErrors(value: RoleValue): RoleErrors {
  const errors: RoleErrors = {};
  if (value.role === '') errors.role = 'Välj en roll.';
  else if (value.role !== 'admin' && value.committee === '') errors.committee = 'Välj nämnden som rollen gäller.';
  else if (value.role === 'area-manager' && value.areas.length === 0)
    errors.areas = 'Välj minst ett område som områdeschefen ansvarar för.';
  return errors;
}

/** The role as the API takes it (only what the role uses). */
export function toGrant(value: RoleValue): RoleGrant {
  if (value.role === 'admin' || value.role === '') return { role: 'admin' };
  return { role: value.role, committee: value.committee, ...(value.role === 'area-manager' ? { areas: value.areas } : {}) };
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

function AreaChoices({
  id,
  committee,
  value,
  error,
  onChange,
}: {
  id: string;
  committee: string;
  value: string[];
  error?: string;
  onChange: (areas: string[]) => void;
}) {
  const areas = useQuery(areasQuery(committee));
  return (
    <fieldset id={`${id}-areas`} className="field" aria-describedby={error ? `${id}-areas-error` : undefined}>
      <legend>Områden</legend>
      {areas.isPending && <p className="hint">Hämtar nämndens områden …</p>}
      {areas.error && <p className="field-error">Områdena kunde inte hämtas: {areas.error.message}</p>}
      <div className="choices">
        {areas.data?.map((area) => (
          <label key={area.id}>
            <input
              type="checkbox"
              checked={value.includes(area.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, area.id] : value.filter((a) => a !== area.id))}
            />
            {area.shortName ?? area.name}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-areas-error`} message={error} />
    </fieldset>
  );
}

export function RoleFields({
  id,
  value,
  errors,
  onChange,
}: {
  id: string;
  value: RoleValue;
  errors: RoleErrors;
  onChange: (value: RoleValue) => void;
}) {
  const committees = useCommittees();
  const invalid = (field: keyof RoleErrors) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>Roll</label>
        <select
          id={`${id}-role`}
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as RoleName | '', areas: [] })}
          {...invalid('role')}
        >
          <option value="">Välj roll</option>
          {(Object.keys(ROLE_LABELS) as RoleName[]).map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-role-error`} message={errors.role} />
      </div>
      {value.role !== '' && value.role !== 'admin' && (
        <div className="field">
          <label htmlFor={`${id}-committee`}>Nämnd</label>
          <select
            id={`${id}-committee`}
            value={value.committee}
            onChange={(e) => onChange({ ...value, committee: e.target.value, areas: [] })}
            {...invalid('committee')}
          >
            <option value="">Välj nämnd</option>
            {committees.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-committee-error`} message={errors.committee} />
        </div>
      )}
      {value.role === 'area-manager' && value.committee !== '' && (
        <AreaChoices
          id={id}
          committee={value.committee}
          value={value.areas}
          error={errors.areas}
          onChange={(areas) => onChange({ ...value, areas })}
        />
      )}
    </>
  );
}
