/** The texts API as the web app calls it (src/server/texts/routes.ts). */
import { queryOptions } from '@tanstack/react-query';
import type { CommitteePatch, CommitteeSettings, TextList, TextSaved, TextWithHistory } from '#contract/index.ts';
import { requestJson } from '../shared/api.ts';

const enc = encodeURIComponent;
const textsUrl = (committee: string, period: string) => `/api/committees/${enc(committee)}/texts/${enc(period)}`;
const textUrl = (committee: string, period: string, kind: string, area: string | null) =>
  `${textsUrl(committee, period)}/${enc(kind)}${area ? `?area=${enc(area)}` : ''}`;

export const textKeys = {
  list: (committee: string, period: string) => ['texts', committee, period] as const,
  one: (committee: string, period: string, kind: string, area: string | null) => ['texts', committee, period, kind, area ?? ''] as const,
};

export const textListQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: textKeys.list(committee, period),
    queryFn: ({ signal }) => requestJson<TextList>(textsUrl(committee, period), {}, signal),
    // An editor starts from what it was given; a refetch must not reset what is being typed.
    refetchOnWindowFocus: false,
  });

export const textHistoryQuery = (committee: string, period: string, kind: string, area: string | null) =>
  queryOptions({
    queryKey: textKeys.one(committee, period, kind, area),
    queryFn: ({ signal }) => requestJson<TextWithHistory>(textUrl(committee, period, kind, area), {}, signal),
  });

export const saveText = (committee: string, period: string, kind: string, area: string | null, body: string, version: number) =>
  requestJson<TextSaved>(textUrl(committee, period, kind, area), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ body, version }),
  });

export const patchCommittee = (committee: string, patch: CommitteePatch) =>
  requestJson<CommitteeSettings>(`/api/committees/${enc(committee)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
