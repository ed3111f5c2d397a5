/**
 * The upload that starts an import: XMLHttpRequest, whose upload progress fetch does not give.
 * The server answers 202 with the job's id, or an error body naming the field or file.
 */
import { csrfHeaders } from '../session/csrf.ts';
import { ApiError, OFFLINE } from '../shared/api.ts';
import type { ErrorBody, ImportKind } from '../shared/contract.ts';

export interface ImportRequest {
  kind: ImportKind;
  committee: string;
  /** SIE: the dimension of the responsibility codes. */
  dimension?: string;
  /** SIE: replace a fiscal year even where the file lacks months the database has. */
  allowRemovingMonths?: boolean;
  /** SIE: import a file of another organisation than the committee's. */
  replaceOrganisation?: boolean;
  /** Name of a new committee. */
  name?: string;
  file: File;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Posts the file with its fields; resolves with the id of the import job the server started. */
export function postImport(request: ImportRequest, onProgress: (progress: UploadProgress) => void, signal: AbortSignal): Promise<string> {
  const form = new FormData();
  // The fields first: the server can then refuse a busy committee before the file is stored.
  form.append('kind', request.kind);
  form.append('committee', request.committee);
  if (request.kind === 'sie' && request.dimension) form.append('dimension', request.dimension);
  if (request.kind === 'sie' && request.allowRemovingMonths) form.append('allowRemovingMonths', 'true');
  if (request.kind === 'sie' && request.replaceOrganisation) form.append('replaceOrganisation', 'true');
  if (request.name) form.append('name', request.name);
  form.append('file', request.file, request.file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const size = request.file.size;
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : size;
      onProgress({ loaded: Math.min(event.loaded, total), total });
    };
    // Small files may give no progress event at all: the end of the upload says it is all sent.
    xhr.upload.onload = () => onProgress({ loaded: size, total: size });
    xhr.onerror = () => reject(new ApiError(OFFLINE, 0));
    xhr.onabort = () => reject(new DOMException('Avbrutet', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: handled below.
      }
      const id = (body as { id?: unknown } | null)?.id;
      if (xhr.status === 202 && typeof id === 'string') return resolve(id);
      const error = body && typeof (body as ErrorBody).error === 'string' ? (body as ErrorBody) : undefined;
      reject(new ApiError(error?.error ?? `Servern svarade med fel ${xhr.status}.`, xhr.status, error));
    };
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(name, value);
    xhr.send(form);
  });
}
