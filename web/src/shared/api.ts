/** Calls to the server's API. Errors carry a Swedish message fit to show to the user. */
import type { CommitteeSummary, ReportJson } from './contract.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const enc = encodeURIComponent;

export const reportJsonUrl = (id: string, period: string) => `/api/committees/${enc(id)}/reports/${enc(period)}`;
export const reportHtmlUrl = (id: string, period: string) => `${reportJsonUrl(id, period)}.html`;

async function request(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json, text/html' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('Servern svarar inte. Kontrollera anslutningen och försök igen.', 0);
  }
  if (response.ok) return response;
  let message = `Servern svarade med fel ${response.status}.`;
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) message = body.error;
  } catch {
    // Not JSON: keep the generic message.
  }
  throw new ApiError(message, response.status);
}

export async function fetchCommittees(signal?: AbortSignal): Promise<CommitteeSummary[]> {
  return (await request('/api/committees', signal)).json() as Promise<CommitteeSummary[]>;
}

export async function fetchReport(id: string, period: string, signal?: AbortSignal): Promise<ReportJson> {
  return (await request(reportJsonUrl(id, period), signal)).json() as Promise<ReportJson>;
}

/** The report as an embeddable <article class="report"> fragment. */
export async function fetchReportFragment(id: string, period: string, signal?: AbortSignal): Promise<string> {
  return (await request(`${reportHtmlUrl(id, period)}?fragment=1`, signal)).text();
}
