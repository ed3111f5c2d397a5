/** The texts API as the web app calls it (src/server/texts/routes.ts). */
import { queryOptions } from '@tanstack/react-query';
import type { CommitteePatch, CommitteeSettings, TextList, TextSaved, TextWithHistory } from '#contract/index.ts';
import { ApiError, errorOf, OFFLINE } from '../shared/api.ts';

const enc = encodeURIComponent;
const textsUrl = (committee: string, period: string) => `/api/committees/${enc(committee)}/texts/${enc(period)}`;
const textUrl = (committee: string, period: string, kind: string, area: string | null) =>
  `${textsUrl(committee, period)}/${enc(kind)}${area ? `?area=${enc(area)}` : ''}`;

async function call<T>(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(OFFLINE, 0);
  }
  if (!response.ok) throw await errorOf(response);
  return response.json() as Promise<T>;
}

export const textKeys = {
  list: (committee: string, period: string) => ['texts', committee, period] as const,
  one: (committee: string, period: string, kind: string, area: string | null) => ['texts', committee, period, kind, area ?? ''] as const,
};

export const textListQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: textKeys.list(committee, period),
    queryFn: ({ signal }) => call<TextList>(textsUrl(committee, period), {}, signal),
    // An editor starts from what it was given; a refetch must not reset what is being typed.
    refetchOnWindowFocus: false,
  });

export const textHistoryQuery = (committee: string, period: string, kind: string, area: string | null) =>
  queryOptions({
    queryKey: textKeys.one(committee, period, kind, area),
    queryFn: ({ signal }) => call<TextWithHistory>(textUrl(committee, period, kind, area), {}, signal),
  });

export const saveText = (committee: string, period: string, kind: string, area: string | null, body: string, version: number) =>
  call<TextSaved>(textUrl(committee, period, kind, area), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ body, version }),
  });

export const patchCommittee = (committee: string, patch: CommitteePatch) =>
  call<CommitteeSettings>(`/api/committees/${enc(committee)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
