import type { Ref } from 'react';
import { formatBytes } from '../shared/format.ts';
import type { ImportState } from './useImport.ts';

const percent = (part: number, whole: number) => (whole > 0 ? Math.floor((part / whole) * 100) : 100);

function Bar({ id, label, value, max, text }: { id: string; label: string; value: number; max: number; text: string }) {
  return (
    <div className="progress-block">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={max} value={value} aria-describedby={`${id}-text`} />
      <p className="progress-text" id={`${id}-text`}>
        {text}
      </p>
    </div>
  );
}

/**
 * Two bars: the bytes uploaded (the browser's upload progress), then the bytes the import has
 * read (polled from the server; an XLSX file's packed bytes, which exceljs reads before the rows).
 */
export function ImportProgress({
  state,
  headingRef,
  onCancel,
  cancelling,
}: {
  state: ImportState;
  headingRef: Ref<HTMLHeadingElement>;
  onCancel: () => void;
  cancelling: boolean;
}) {
  if (state.phase !== 'uploading' && state.phase !== 'importing') return null;
  const uploading = state.phase === 'uploading';
  const fileName = uploading ? state.fileName : state.job.fileName;
  const total = uploading ? state.total : state.job.totalBytes;
  const sent = uploading ? state.loaded : total;
  const job = uploading ? null : state.job;
  return (
    <section className="form-panel import-progress" aria-labelledby="import-progress-heading" aria-busy="true">
      <h2 id="import-progress-heading" ref={headingRef} tabIndex={-1}>
        Importerar {fileName}
      </h2>
      <Bar
        id="upload-progress"
        label="1. Överföring till servern"
        value={sent}
        max={Math.max(total, 1)}
        text={
          uploading ? `${formatBytes(sent)} av ${formatBytes(total)} (${percent(sent, total)} %)` : `Klar: ${formatBytes(total)} överförda.`
        }
      />
      <Bar
        id="import-job-progress"
        label="2. Inläsning och kontroll"
        value={job ? job.bytesRead : 0}
        max={Math.max(job?.totalBytes ?? 1, 1)}
        text={
          !job
            ? 'Börjar när filen är överförd.'
            : job.totalBytes > 0 && job.bytesRead >= job.totalBytes
              ? 'Hela filen är läst. Kontrollerar och sparar …'
              : `${formatBytes(job.bytesRead)} av ${formatBytes(job.totalBytes)} lästa (${percent(job.bytesRead, job.totalBytes)} %)`
        }
      />
      <p className="hint">Importen görs helt eller inte alls: blir något fel, eller avbryter du, ändras ingenting.</p>
      <button type="button" className="button" onClick={cancelling ? undefined : onCancel} aria-disabled={cancelling || undefined}>
        {cancelling ? 'Avbryter importen …' : 'Avbryt import'}
      </button>
    </section>
  );
}

/** One sentence per phase for screen readers (not every percent). */
export function phaseAnnouncement(state: ImportState): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'uploading':
      return `Filen ${state.fileName} överförs.`;
    case 'importing':
      return 'Filen är överförd. Importen pågår.';
    case 'done':
      return 'Importen är klar.';
    case 'failed':
      return state.stage === 'cancelled' ? 'Importen avbröts. Inget ändrades.' : 'Importen stoppades. Inget ändrades.';
  }
}
