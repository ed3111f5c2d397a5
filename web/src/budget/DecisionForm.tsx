import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { formatMoney } from '../shared/format.ts';
import { addDecision, type BudgetOverviewJson, type DecisionBody, invalidateAfterBudgetChange } from './api.ts';
import { type Errors, Field, focusFirst, readAmount, serverErrors } from './fields.tsx';
import { GROUP_IDS, GROUP_LABELS } from './groups.ts';

const ORDER = ['body', 'decidedOn', 'ref', 'text', 'area', 'group', 'project', 'amount'] as const;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A new budget decision: body, date, paragraph, text, and its amount to an area's account group or to the investment budget. */
export function DecisionForm({
  committee,
  overview,
  onDone,
}: {
  committee: string;
  overview: BudgetOverviewJson;
  onDone: (m: string) => void;
}) {
  const id = useId();
  const client = useQueryClient();
  const [body, setBody] = useState('KS');
  const [decidedOn, setDecidedOn] = useState('');
  const [ref, setRef] = useState('');
  const [text, setText] = useState('');
  const [target, setTarget] = useState<'area' | 'investment'>('area');
  const [area, setArea] = useState(overview.areas[0]?.areaId ?? '');
  const [group, setGroup] = useState('kommunbidrag');
  const [project, setProject] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: (b: DecisionBody) => addDecision(committee, b),
    onSuccess: async (d) => {
      await invalidateAfterBudgetChange(client, committee);
      setText('');
      setRef('');
      setAmount('');
      onDone(`Beslutet ${d.id} är sparat.`);
    },
    onError: (e) => {
      const found = serverErrors(e, ORDER);
      setErrors(found);
      focusFirst(id, ORDER, found);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found: Errors = {};
    if (!DATE.test(decidedOn.trim())) found.decidedOn = 'Ange beslutsdatum som ÅÅÅÅ-MM-DD, till exempel 2025-02-19.';
    if (text.trim() === '') found.text = 'Beskriv beslutet, till exempel "att utöka nämndens kommunbidrag …".';
    const typed = readAmount(amount);
    if (typed.error) found.amount = typed.error;
    else if (typed.ore === 0) found.amount = 'Beloppet måste vara skilt från noll.';
    if (target === 'area' && !area) found.area = 'Välj ett område.';
    setErrors(found);
    if (focusFirst(id, ORDER, found) || typed.ore === null) return;
    save.mutate({
      body: body as DecisionBody['body'],
      decidedOn: decidedOn.trim(),
      ref: ref.trim() || null,
      text: text.trim(),
      lines: [
        target === 'area'
          ? { target, area, group: group as 'kommunbidrag', amount: typed.ore }
          : { target, project: project || null, amount: typed.ore },
      ],
    });
  };
  const preview = readAmount(amount, false);

  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Nytt budgetbeslut</h2>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="field-row">
        <Field id={`${id}-body`} label="Beslutande organ" error={errors.body}>
          {(p) => (
            <select {...p} value={body} onChange={(e) => setBody(e.target.value)}>
              <option value="KF">Kommunfullmäktige (KF)</option>
              <option value="KS">Kommunstyrelsen (KS)</option>
              <option value="nämnd">Nämnden</option>
            </select>
          )}
        </Field>
        <Field id={`${id}-decidedOn`} label="Beslutsdatum" hint="ÅÅÅÅ-MM-DD" error={errors.decidedOn}>
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={decidedOn}
              onChange={(e) => setDecidedOn(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-ref`} label="Paragraf eller diarienummer (valfritt)" error={errors.ref}>
          {(p) => <input {...p} type="text" maxLength={100} value={ref} onChange={(e) => setRef(e.target.value)} />}
        </Field>
      </div>
      <Field
        id={`${id}-text`}
        label="Vad beslutet gäller"
        hint='Skrivs i rapporten efter "Kommunstyrelsen beslutade i februari …"'
        error={errors.text}
      >
        {(p) => <textarea {...p} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <fieldset className="field">
        <legend>Beslutet gäller</legend>
        <div className="choices">
          <label>
            <input type="radio" name={`${id}-target`} checked={target === 'area'} onChange={() => setTarget('area')} /> Ett områdes budget
          </label>
          <label>
            <input type="radio" name={`${id}-target`} checked={target === 'investment'} onChange={() => setTarget('investment')} />{' '}
            Investeringsbudgeten
          </label>
        </div>
      </fieldset>
      <div className="field-row">
        {target === 'area' ? (
          <>
            <Field id={`${id}-area`} label="Område" error={errors.area}>
              {(p) => (
                <select {...p} value={area} onChange={(e) => setArea(e.target.value)}>
                  {overview.areas.map((a) => (
                    <option key={a.areaId} value={a.areaId}>
                      {a.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${id}-group`} label="Kontogrupp" error={errors.group}>
              {(p) => (
                <select {...p} value={group} onChange={(e) => setGroup(e.target.value)}>
                  {GROUP_IDS.map((g) => (
                    <option key={g} value={g}>
                      {GROUP_LABELS[g]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : (
          <Field
            id={`${id}-project`}
            label="Projekt (valfritt)"
            hint="Projektets id, t.ex. inventarier; tomt gäller hela investeringsbudgeten"
            error={errors.project}
          >
            {(p) => <input {...p} type="text" value={project} onChange={(e) => setProject(e.target.value)} />}
          </Field>
        )}
        <Field
          id={`${id}-amount`}
          label="Belopp"
          hint='Ökningen av budgetraden, t.ex. "47 tkr", "-0,3 mnkr" eller "1 234,50 kr" (utan enhet: kronor)'
          error={errors.amount}
        >
          {(p) => (
            <input {...p} type="text" inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />
          )}
        </Field>
      </div>
      <p className="hint" aria-live="polite">
        {preview.ore !== null && preview.ore !== 0 ? `Beloppet läses som ${formatMoney(preview.ore, 'kr', { decimals: 2 })}.` : ''}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Sparar …' : 'Spara beslutet'}
        </button>
      </div>
    </form>
  );
}
