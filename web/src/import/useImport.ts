/**
 * One import from the browser: the upload as a mutation (with the browser's upload progress),
 * then the server's job as a query polled while it runs. A watcher outside the page follows the
 * job to its end, so the figures it changed are invalidated even if the user has left the page.
 */
import { type QueryClient, QueryObserver, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { cancelImportJob, errorBodyOf } from '../shared/api.ts';
import type { ErrorBody, ImportJobJson } from '../shared/contract.ts';
import { importJobQuery, invalidateAfterImport, queryKeys } from '../shared/queries.ts';
import { type ImportRequest, postImport, type UploadProgress } from './upload.ts';

export type { ImportRequest };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; loaded: number; total: number }
  | { phase: 'importing'; job: ImportJobJson }
  | { phase: 'done'; job: ImportJobJson }
  /**
   * `stage` says whether the server refused the upload, the import failed, or the user cancelled
   * either. Whichever, nothing changed.
   */
  | { phase: 'failed'; stage: 'upload' | 'import' | 'cancelled'; error: ErrorBody; request: ImportRequest; job?: ImportJobJson };

const UPLOAD_CANCELLED: ErrorBody = { error: 'Överföringen avbröts. Inget ändrades.' };

/** Follows a job until it is no longer running; when it is done, invalidates what the import changed. */
function watchJob(client: QueryClient, id: string, committee: string): void {
  const observer = new QueryObserver(client, importJobQuery(id));
  const unsubscribe = observer.subscribe((result) => {
    const state = result.data?.state;
    if (result.isError || (state !== undefined && state !== 'running')) {
      unsubscribe();
      if (state === 'done') void invalidateAfterImport(client, committee);
    }
  });
}

export function useImport() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress>({ loaded: 0, total: 0 });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const [cancelling, setCancelling] = useState(false);
  const [cancelledUpload, setCancelledUpload] = useState(false);

  const upload = useMutation({
    mutationFn: (request: ImportRequest) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setCancelling(false);
      setCancelledUpload(false);
      setProgress({ loaded: 0, total: request.file.size });
      return postImport(request, setProgress, controller.signal);
    },
    onSuccess: (id, request) => watchJob(client, id, request.committee),
  });
  const jobId = upload.data;
  // The watcher polls; the page only reads the job.
  const job = useQuery({ ...importJobQuery(jobId ?? ''), enabled: jobId !== undefined, refetchInterval: false });
  const request = upload.variables;

  let state: ImportState = { phase: 'idle' };
  if (request && upload.isPending) state = { phase: 'uploading', fileName: request.file.name, ...progress };
  else if (request && upload.isError && cancelledUpload) state = { phase: 'failed', stage: 'cancelled', error: UPLOAD_CANCELLED, request };
  else if (request && upload.isError) state = { phase: 'failed', stage: 'upload', error: errorBodyOf(upload.error), request };
  else if (request && jobId !== undefined) {
    const data = job.data;
    if (job.isError) state = { phase: 'failed', stage: 'import', error: errorBodyOf(job.error), request, ...(data ? { job: data } : {}) };
    // Until the first answer about the job: started, nothing read yet.
    else if (!data || data.state === 'running') state = { phase: 'importing', job: data ?? startedJob(jobId, request) };
    else if (data.state === 'done') state = { phase: 'done', job: data };
    else if (data.state === 'cancelled')
      state = { phase: 'failed', stage: 'cancelled', error: data.error ?? { error: 'Importen avbröts.' }, request, job: data };
    else state = { phase: 'failed', stage: 'import', error: data.error ?? { error: 'Importen misslyckades.' }, request, job: data };
  }

  /** Stops the upload, or asks the server to cancel the import (the job's answer then says how it ended). */
  const cancel = () => {
    if (upload.isPending) {
      setCancelledUpload(true);
      abort.current?.abort();
      return;
    }
    if (jobId === undefined || cancelling) return;
    setCancelling(true);
    cancelImportJob(jobId)
      .then((ended) => client.setQueryData(queryKeys.importJob(jobId), ended))
      // Too late (done, or already saving): the job's next answer shows how it ended.
      .catch(() => client.invalidateQueries({ queryKey: queryKeys.importJob(jobId) }))
      .finally(() => setCancelling(false));
  };

  return { state, start: upload.mutate, cancel, cancelling };
}

function startedJob(id: string, request: ImportRequest): ImportJobJson {
  return {
    id,
    committee: request.committee,
    kind: request.kind,
    fileName: request.file.name,
    state: 'running',
    bytesRead: 0,
    totalBytes: request.file.size,
    startedAt: new Date().toISOString(),
    finishedAt: null,
  };
}
