import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { isCommitteeId } from '#core/organisation.ts';
import type { CommitteeSummary, ImportKind } from '../shared/contract.ts';
import type { ImportRequest } from './useImport.ts';

const NEW = '__ny__';

const KINDS: { value: ImportKind; label: string; accept: string; hint: string }[] = [
  {
    value: 'sie',
    label: 'SIE-fil',
    accept: '.se,.si,.sie,.txt',
    hint: 'SIE typ 2–4 från ekonomisystemet (verifikationer, periodsaldon och budget).',
  },
  { value: 'actual', label: 'Utfall (CSV/Excel)', accept: '.csv,.txt,.tsv,.xlsx', hint: 'Kolumner som period, konto, ansvar och belopp.' },
  { value: 'budget', label: 'Budget (CSV/Excel)', accept: '.csv,.txt,.tsv,.xlsx', hint: 'Kolumner som period, konto, ansvar och budget.' },
];

type Errors = Partial<Record<'committee' | 'newId' | 'dimension' | 'file', string>>;

/** Chooses the committee, the kind of file and the file, and asks for the import. */
export function ImportForm({
  committees,
  initialCommittee,
  busy,
  onSubmit,
  onCommitteeChange,
}: {
  committees: CommitteeSummary[];
  initialCommittee: string | null;
  busy: boolean;
  onSubmit: (request: ImportRequest) => void;
  onCommitteeChange: (committee: string | null) => void;
}) {
  const id = useId();
  const known = initialCommittee && committees.some((c) => c.id === initialCommittee) ? initialCommittee : null;
  const [choice, setChoice] = useState<string>(known ?? committees[0]?.id ?? NEW);
  const [newId, setNewId] = useState('');
  const [newName, setNewName] = useState('');
  const [kind, setKind] = useState<ImportKind>('sie');
  const [dimension, setDimension] = useState('1');
  const [allowRemovingMonths, setAllowRemovingMonths] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const fileInput = useRef<HTMLInputElement>(null);
  const kindInfo = KINDS.find((k) => k.value === kind) ?? KINDS[0]!;
  const isNew = choice === NEW;

  // When the list is fetched again after an import that created the new committee, choose it there.
  const typed = useRef({ choice, newId });
  typed.current = { choice, newId };
  useEffect(() => {
    const { choice: c, newId: id } = typed.current;
    if (c === NEW && committees.some((x) => x.id === id.trim())) {
      setChoice(id.trim());
      setNewId('');
      setNewName('');
    }
  }, [committees]);

  const changeCommittee = (value: string) => {
    setChoice(value);
    onCommitteeChange(value === NEW ? null : value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    const found: Errors = {};
    const committee = isNew ? newId.trim() : choice;
    if (isNew && !isCommitteeId(committee)) {
      found.newId = 'Ange ett id med små bokstäver a–z, siffror och bindestreck, till exempel "socialnamnden".';
    }
    if (kind === 'sie' && (!/^\d{1,3}$/.test(dimension.trim()) || Number(dimension) < 1)) {
      found.dimension = 'Ange dimensionens nummer, 1–999.';
    }
    if (!file) found.file = 'Välj en fil att läsa in.';
    setErrors(found);
    const first = (['newId', 'dimension', 'file'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    if (!file) return;
    onSubmit({
      kind,
      committee,
      file,
      ...(kind === 'sie' ? { dimension: dimension.trim(), allowRemovingMonths } : {}),
      ...(isNew && newName.trim() ? { name: newName.trim() } : {}),
    });
  };

  const described = (key: keyof Errors, hint?: string) =>
    [hint, errors[key] ? `${id}-${key}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (key: keyof Errors) =>
    errors[key] && (
      <p className="field-error" id={`${id}-${key}-error`}>
        {errors[key]}
      </p>
    );

  return (
    <form className="form-panel import-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Välj fil</h2>
      <div className="field">
        <label htmlFor={`${id}-committee`}>Nämnd</label>
        <select id={`${id}-committee`} value={choice} onChange={(e) => changeCommittee(e.target.value)}>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.id})
            </option>
          ))}
          <option value={NEW}>Ny nämnd …</option>
        </select>
      </div>
      {isNew && (
        <div className="new-committee">
          <div className="field">
            <label htmlFor={`${id}-newId`}>Id för den nya nämnden</label>
            <p className="hint" id={`${id}-newId-hint`}>
              Små bokstäver a–z, siffror och bindestreck, t.ex. "kulturnamnden". Det blir en del av adressen.
            </p>
            <input
              type="text"
              id={`${id}-newId`}
              value={newId}
              onChange={(e) => setNewId(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={errors.newId ? true : undefined}
              aria-describedby={described('newId', `${id}-newId-hint`)}
            />
            {fieldError('newId')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-newName`}>Namn (valfritt)</label>
            <p className="hint" id={`${id}-newName-hint`}>
              För en SIE-fil hämtas namnet ur filen (#FNAMN).
            </p>
            <input
              type="text"
              id={`${id}-newName`}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              aria-describedby={`${id}-newName-hint`}
            />
          </div>
        </div>
      )}
      <fieldset className="field">
        <legend>Typ av fil</legend>
        <div className="choices">
          {KINDS.map((k) => (
            <label key={k.value}>
              <input type="radio" name={`${id}-kind`} value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} />
              {k.label}
            </label>
          ))}
        </div>
        <p className="hint">{kindInfo.hint}</p>
      </fieldset>
      {kind === 'sie' && (
        <div className="field">
          <label htmlFor={`${id}-dimension`}>Dimension för ansvar</label>
          <p className="hint" id={`${id}-dimension-hint`}>
            SIE-dimensionen vars objekt är ansvarskoderna. 1 = kostnadsställe/ansvar (det vanliga).
          </p>
          <input
            type="text"
            inputMode="numeric"
            id={`${id}-dimension`}
            className="input-short"
            value={dimension}
            onChange={(e) => setDimension(e.target.value)}
            aria-invalid={errors.dimension ? true : undefined}
            aria-describedby={described('dimension', `${id}-dimension-hint`)}
          />
          {fieldError('dimension')}
        </div>
      )}
      {kind === 'sie' && (
        <div className="field field-check">
          <input
            type="checkbox"
            id={`${id}-allow-removing`}
            checked={allowRemovingMonths}
            onChange={(e) => setAllowRemovingMonths(e.target.checked)}
            aria-describedby={`${id}-allow-removing-hint`}
          />
          <label htmlFor={`${id}-allow-removing`}>Ersätt även saknade månader</label>
          <p className="hint" id={`${id}-allow-removing-hint`}>
            Annars stoppas importen om filen saknar månader som redan finns inlästa för räkenskapsåret (till exempel en äldre export).
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>Fil</label>
        <p className="hint" id={`${id}-file-hint`}>
          Tillåtna filtyper: {kindInfo.accept.split(',').join(', ')}. Högst 2 GB.
        </p>
        <input
          type="file"
          id={`${id}-file`}
          ref={fileInput}
          accept={kindInfo.accept}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={described('file', `${id}-file-hint`)}
        />
        {fieldError('file')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          Läs in filen
        </button>
        {busy && <span className="hint">En import pågår.</span>}
      </div>
    </form>
  );
}
