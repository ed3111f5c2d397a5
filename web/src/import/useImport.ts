/**
 * One import from the browser: the upload with XMLHttpRequest (whose upload progress fetch does
 * not give), then the server's job polled until it is done or failed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, fetchImportJob } from '../shared/api.ts';
import type { ErrorBody, ImportJobJson, ImportKind } from '../shared/contract.ts';

export interface ImportRequest {
  kind: ImportKind;
  committee: string;
  /** SIE: the dimension of the responsibility codes. */
  dimension?: string;
  /** SIE: replace a fiscal year even where the file lacks months the database has. */
  allowRemovingMonths?: boolean;
  /** Name of a new committee. */
  name?: string;
  file: File;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fileName: string; loaded: number; total: number }
  | { phase: 'importing'; job: ImportJobJson }
  | { phase: 'done'; job: ImportJobJson }
  /** `stage` says whether the server refused the upload or the import failed. Either way nothing changed. */
  | { phase: 'failed'; stage: 'upload' | 'import'; error: ErrorBody; request: ImportRequest; job?: ImportJobJson };

const POLL_MS = 400;
const OFFLINE: ErrorBody = { error: 'Servern svarar inte. Kontrollera anslutningen och försök igen.' };

export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const cancel = useRef<() => void>(() => {});

  useEffect(() => () => cancel.current(), []);

  const start = useCallback((request: ImportRequest) => {
    cancel.current();
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const xhr = new XMLHttpRequest();
    cancel.current = () => {
      stopped = true;
      xhr.abort();
      clearTimeout(timer);
    };
    const fail = (stage: 'upload' | 'import', error: ErrorBody, job?: ImportJobJson) => {
      if (!stopped) setState({ phase: 'failed', stage, error, request, ...(job ? { job } : {}) });
    };

    const poll = async (id: string, misses = 0) => {
      if (stopped) return;
      try {
        const job = await fetchImportJob(id);
        if (stopped) return;
        if (job.state === 'running') {
          setState({ phase: 'importing', job });
          timer = setTimeout(() => void poll(id), POLL_MS);
        } else if (job.state === 'done') setState({ phase: 'done', job });
        else fail('import', job.error ?? { error: 'Importen misslyckades.' }, job);
      } catch (error) {
        // A passing network hiccup: try a few more times before giving up.
        if (misses < 5 && !(error instanceof ApiError && error.status === 404)) {
          timer = setTimeout(() => void poll(id, misses + 1), POLL_MS * 2);
          return;
        }
        fail('import', error instanceof ApiError && error.details ? error.details : { error: (error as Error).message });
      }
    };

    const form = new FormData();
    // The fields first: the server can then refuse a busy committee before the file is stored.
    form.append('kind', request.kind);
    form.append('committee', request.committee);
    if (request.kind === 'sie' && request.dimension) form.append('dimension', request.dimension);
    if (request.kind === 'sie' && request.allowRemovingMonths) form.append('allowRemovingMonths', 'true');
    if (request.name) form.append('name', request.name);
    form.append('file', request.file, request.file.name);

    setState({ phase: 'uploading', fileName: request.file.name, loaded: 0, total: request.file.size });
    xhr.upload.onprogress = (event) => {
      if (stopped) return;
      const total = event.lengthComputable ? event.total : request.file.size;
      setState({ phase: 'uploading', fileName: request.file.name, loaded: Math.min(event.loaded, total), total });
    };
    // Small files may give no progress event at all: the end of the upload says it is all sent.
    xhr.upload.onload = () => {
      if (!stopped) setState({ phase: 'uploading', fileName: request.file.name, loaded: request.file.size, total: request.file.size });
    };
    xhr.onerror = () => fail('upload', OFFLINE);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: handled below.
      }
      if (xhr.status === 202 && body && typeof (body as { id?: unknown }).id === 'string') {
        const id = (body as { id: string }).id;
        // Until the first answer about the job: started, nothing read yet.
        setState({ phase: 'importing', job: startedJob(id, request) });
        void poll(id);
        return;
      }
      const error =
        body && typeof (body as ErrorBody).error === 'string' ? (body as ErrorBody) : { error: `Servern svarade med fel ${xhr.status}.` };
      fail('upload', error);
    };
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.send(form);
  }, []);

  const reset = useCallback(() => {
    cancel.current();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, reset };
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
