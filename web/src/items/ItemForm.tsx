import { type FormEvent, useId, useRef, useState } from 'react';
import type { ItemsJson } from '#contract/index.ts';
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind } from '#core/committee-items.ts';
import { errorBodyOf } from '../shared/api.ts';
import { useSaveItem } from './api.ts';
import { FIELD_LABELS, type FieldErrors, type FieldName, type ItemFormValues, KIND_FIELDS, previewOf, readForm } from './itemForm.ts';

const HINTS: Partial<Record<FieldName, string>> = {
  key: 'Postens id inom perioden: a–z, siffror och bindestreck, t.ex. "po-paslag".',
  salaryBase: 'T.ex. "100 mnkr", "98 500 tkr" eller "1 234 567 kr".',
  preliminaryRate: 'Påslaget kommunbidraget räknades med, t.ex. "44,5".',
  fixedRate: 'Det fastställda påslaget, t.ex. "42,3".',
  actualRise: 'T.ex. "3,4".',
  compensatedRise: 'Den löneökning kommunbidraget täcker, t.ex. "2,8".',
  amount: 'Positivt är bättre resultat, t.ex. "4,5 mnkr" eller "-250 tkr".',
};

/** Adds or changes one item; every field is read as it will be saved, with its message beside it. */
export function ItemForm({
  data,
  initial,
  onSaved,
  onCancel,
}: {
  data: ItemsJson;
  initial: ItemFormValues;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const save = useSaveItem(data.committee.id, data.period);
  const editing = data.items.some((i) => i.key === initial.key);
  const fields: FieldName[] = ['key', 'label', ...KIND_FIELDS[values.kind]];
  const preview = previewOf(values);

  const set = (name: keyof ItemFormValues, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const focusFirst = (names: string[]) => {
    const first = fields.concat('area').find((f) => names.includes(f));
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setFormError('');
    const read = readForm(values);
    if ('errors' in read) {
      setErrors(read.errors);
      focusFirst(Object.keys(read.errors));
      return;
    }
    setErrors({});
    save.mutate(
      { key: values.key.trim(), body: read.body },
      {
        onSuccess: (item) => onSaved(`${item.label} är sparad: ${item.formula}.`),
        onError: (error) => {
          const body = errorBodyOf(error);
          const field = body.field ?? body.issues?.[0]?.field ?? null;
          if (field && field in FIELD_LABELS) {
            setErrors({ [field]: body.issues?.[0]?.message ?? body.error.replace(/^[a-zA-Z]+: /, '') });
            focusFirst([field]);
          } else setFormError(body.error);
        },
      },
    );
  };

  const input = (name: FieldName) => {
    const error = errors[name];
    const hint = HINTS[name];
    const describedBy = [hint && `${id}-${name}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field" key={name}>
        <label htmlFor={`${id}-${name}`}>{FIELD_LABELS[name]}</label>
        {hint && (
          <p className="hint" id={`${id}-${name}-hint`}>
            {hint}
          </p>
        )}
        <input
          type="text"
          id={`${id}-${name}`}
          name={name}
          value={values[name]}
          readOnly={name === 'key' && editing}
          onChange={(e) => set(name, e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          inputMode={name === 'key' || name === 'label' ? undefined : 'decimal'}
          autoComplete="off"
        />
        {error && (
          <p className="field-error" id={`${id}-${name}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form ref={form} className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{editing ? `Ändra ${initial.label || initial.key}` : 'Lägg till en post'}</h2>
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <fieldset className="field">
        <legend>Typ</legend>
        <div className="choices">
          {ITEM_KINDS.map((k: ItemKind) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={values.kind === k} onChange={() => set('kind', k)} />
              {ITEM_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      {fields.map(input)}
      <div className="field">
        <label htmlFor={`${id}-area`}>Område</label>
        <p className="hint" id={`${id}-area-hint`}>
          En post i ett område ingår i dess prognos ("varav"); utan område läggs den till nämndens total.
        </p>
        <select
          id={`${id}-area`}
          name="area"
          value={values.area}
          onChange={(e) => set('area', e.target.value)}
          aria-describedby={errors.area ? `${id}-area-hint ${id}-area-error` : `${id}-area-hint`}
          aria-invalid={errors.area ? true : undefined}
        >
          <option value="">Hela nämnden (läggs till totalen)</option>
          {data.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {errors.area && (
          <p className="field-error" id={`${id}-area-error`}>
            {errors.area}
          </p>
        )}
      </div>
      <p className="item-preview" aria-live="polite">
        Uträkning: <span className="item-formula">{preview ?? 'fyll i fälten'}</span>
      </p>
      <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
        {save.isPending ? 'Sparar …' : editing ? 'Spara ändringen' : 'Lägg till posten'}
      </button>
      {onCancel && (
        <button type="button" className="button secondary" onClick={onCancel}>
          Avbryt
        </button>
      )}
    </form>
  );
}
