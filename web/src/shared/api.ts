/** Calls to the server's API. Errors carry a Swedish message fit to show to the user. */

import { csrfHeaders, sessionEnded } from '../session/csrf.ts';
import type {
  AccountVouchers,
  AreaDrill,
  CommitteeSummary,
  ErrorBody,
  ImportJobJson,
  ImportLogJson,
  MappingEntry,
  MappingJson,
  MappingSaved,
  ReportJson,
  UndoneImport,
} from './contract.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The server's error body: where the error is (field, file, line, row, column). */
    readonly details?: ErrorBody,
  ) {
    super(message);
  }
}

const enc = encodeURIComponent;

export const SESSION_URL = '/api/session';

export const reportJsonUrl = (id: string, period: string) => `/api/committees/${enc(id)}/reports/${enc(period)}`;
export const reportHtmlUrl = (id: string, period: string) => `${reportJsonUrl(id, period)}.html`;
export const mappingUrl = (id: string) => `/api/committees/${enc(id)}/mapping`;
export const importLogUrl = (id: string) => `/api/committees/${enc(id)}/imports`;
export const drillUrl = (id: string, period: string, area: string) => `/api/committees/${enc(id)}/drilldown/${enc(period)}/${enc(area)}`;

/** What to show of any error: the server's body with its place when it sent one, else the message. */
export function errorBodyOf(error: unknown): ErrorBody {
  if (error instanceof ApiError && error.details) return error.details;
  return { error: error instanceof Error ? error.message : String(error) };
}

/** The Swedish message for an error answer (JSON `{error}` when the server sent one). */
export async function errorOf(response: Response): Promise<ApiError> {
  let message = `Servern svarade med fel ${response.status}.`;
  let details: ErrorBody | undefined;
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (typeof body.error === 'string' && body.error) {
      message = body.error;
      details = body as ErrorBody;
    }
  } catch {
    // Not JSON: keep the generic message.
  }
  return new ApiError(message, response.status, details);
}

export const OFFLINE = 'Servern svarar inte. Kontrollera anslutningen och försök igen.';

export async function request(url: string, signal?: AbortSignal, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      signal,
      headers: { accept: 'application/json, text/html', ...csrfHeaders(init.method), ...init.headers },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(OFFLINE, 0);
  }
  if (response.ok) return response;
  if (response.status === 401 && url !== SESSION_URL) sessionEnded();
  throw await errorOf(response);
}

export const getJson = async <T>(url: string, signal?: AbortSignal): Promise<T> => (await request(url, signal)).json() as Promise<T>;

/** A request whose answer is JSON; a string body goes as JSON unless the init names its own content type. */
export async function requestJson<T>(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  const headers = { ...(typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}), ...init.headers };
  return (await request(url, signal, { ...init, headers })).json() as Promise<T>;
}

export const fetchCommittees = (signal?: AbortSignal) => getJson<CommitteeSummary[]>('/api/committees', signal);
export const fetchReport = (id: string, period: string, signal?: AbortSignal) => getJson<ReportJson>(reportJsonUrl(id, period), signal);

/** The report as an embeddable <article class="report"> fragment. */
export async function fetchReportFragment(id: string, period: string, signal?: AbortSignal): Promise<string> {
  return (await request(`${reportHtmlUrl(id, period)}?fragment=1`, signal)).text();
}

export const fetchImportJob = (id: string, signal?: AbortSignal) => getJson<ImportJobJson>(`/api/imports/${enc(id)}`, signal);
/** DELETE /api/imports/:id: cancels a running import; resolves with the job once it has stopped. */
export const cancelImportJob = async (id: string): Promise<ImportJobJson> =>
  (await request(`/api/imports/${enc(id)}`, undefined, { method: 'DELETE' })).json() as Promise<ImportJobJson>;
export const fetchImportLog = (id: string, signal?: AbortSignal) => getJson<ImportLogJson>(importLogUrl(id), signal);
export const fetchMapping = (id: string, signal?: AbortSignal) => getJson<MappingJson>(mappingUrl(id), signal);
export const fetchAreaDrill = (id: string, period: string, area: string, signal?: AbortSignal) =>
  getJson<AreaDrill>(drillUrl(id, period, area), signal);
export const fetchPostings = (id: string, period: string, area: string, account: string, limit: number, signal?: AbortSignal) =>
  getJson<AccountVouchers>(`${drillUrl(id, period, area)}/${enc(account)}?limit=${limit}`, signal);

export async function saveMapping(id: string, entries: MappingEntry[]): Promise<MappingSaved> {
  const response = await request(mappingUrl(id), undefined, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(entries),
  });
  return response.json() as Promise<MappingSaved>;
}

export async function uploadMapping(id: string, file: File): Promise<MappingSaved> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await request(mappingUrl(id), undefined, { method: 'POST', body: form })).json() as Promise<MappingSaved>;
}

/** Undoes the committee's latest import (409 with the reason when it cannot be). */
export async function undoImport(id: string, importId: string): Promise<UndoneImport> {
  return (await request(`${importLogUrl(id)}/${enc(importId)}/undo`, undefined, { method: 'POST' })).json() as Promise<UndoneImport>;
}
