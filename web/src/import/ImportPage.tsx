import { useEffect, useRef, useState } from 'react';
import { useCommittees } from '../shared/committees.ts';
import { Layout } from '../shared/Layout.tsx';
import { PlacedError } from '../shared/PlacedError.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { ImportForm } from './ImportForm.tsx';
import { ImportLog } from './ImportLog.tsx';
import { ImportProgress, phaseAnnouncement } from './ImportProgress.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { OrganisationChoice } from './OrganisationChoice.tsx';
import { type ImportRequest, useImport } from './useImport.ts';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './import.css';

function committeeFromQuery(): string | null {
  return new URLSearchParams(window.location.search).get('namnd');
}

/**
 * /import: read a SIE file or a spreadsheet of actual amounts or budget into a committee, with
 * the progress of the upload and of the import, then its summary or the error that stopped it.
 */
export function ImportPage() {
  useDocumentTitle('Importera');
  const committees = useCommittees();
  const heading = useHeadingFocus<HTMLHeadingElement>(true, 'import');
  const { state, start, cancel, cancelling } = useImport();
  const [initial] = useState(committeeFromQuery);
  const [selected, setSelected] = useState<string | null>(initial);
  const progressHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const list = committees.data;
  const busy = state.phase === 'uploading' || state.phase === 'importing';

  // The log and the form follow the first committee until the user picks one.
  const shown = selected ?? (state.phase === 'done' ? state.job.committee : (list?.[0]?.id ?? null));

  // Focus follows the import: its progress once the upload starts, then its summary or error.
  // (The committees, the log and the figures are invalidated by useImport when it is done.)
  const doneCommittee = state.phase === 'done' ? state.job.committee : null;
  useEffect(() => {
    if (state.phase === 'uploading') progressHeading.current?.focus();
    if (state.phase === 'done' || state.phase === 'failed') resultHeading.current?.focus();
    if (doneCommittee) setSelected(doneCommittee);
  }, [state.phase, doneCommittee]);

  const submit = (request: ImportRequest) => {
    setSelected(request.committee);
    start(request);
  };

  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: 'Importera' }]}
      footer="En import görs helt eller inte alls: stoppas den av ett fel ändras ingenting."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">Bokföring och budget</p>
          <h1 ref={heading} tabIndex={-1}>
            Importera
          </h1>
          <p className="lead">Läs in en SIE-fil från ekonomisystemet, eller utfall och budget som CSV eller Excel.</p>
        </div>
      </div>
      <p className="sr-only" role="status">
        {phaseAnnouncement(state)}
      </p>

      {committees.isPending && <Loading text="Hämtar nämnderna …" />}
      {!list && <QueryError title="Nämnderna kunde inte hämtas." query={committees} />}
      {list && <ImportForm committees={list} initialCommittee={initial} busy={busy} onSubmit={submit} onCommitteeChange={setSelected} />}

      <ImportProgress state={state} headingRef={progressHeading} onCancel={cancel} cancelling={cancelling} />
      {state.phase === 'done' && <ImportSummary job={state.job} headingRef={resultHeading} />}
      {state.phase === 'failed' && (
        <PlacedError
          title={
            state.stage === 'upload'
              ? `Filen ${state.request.file.name} togs inte emot`
              : state.stage === 'cancelled'
                ? `Importen av ${state.request.file.name} avbröts`
                : `Importen av ${state.request.file.name} stoppades`
          }
          error={state.error}
          unchanged
          headingRef={resultHeading}
        />
      )}
      {state.phase === 'failed' && state.error.organisation && (
        <OrganisationChoice
          organisation={state.error.organisation}
          committeeName={list?.find((c) => c.id === state.request.committee)?.name ?? state.request.committee}
          fileName={state.request.file.name}
          onRetry={() => submit({ ...state.request, replaceOrganisation: true })}
        />
      )}

      {shown && <ImportLog committee={shown} name={list?.find((c) => c.id === shown)?.name ?? shown} />}
    </Layout>
  );
}
