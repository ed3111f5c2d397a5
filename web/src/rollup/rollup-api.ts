/** The roll-up to kommunstyrelsen from the API (src/server/rollup/routes.ts) and its query. */
import { queryOptions } from '@tanstack/react-query';
import type { RollupJson } from '#contract/index.ts';
import { getJson } from '../shared/api.ts';

export const rollupJsonUrl = (period: string) => `/api/rollup/${encodeURIComponent(period)}`;
export const rollupHtmlUrl = (period: string) => `${rollupJsonUrl(period)}.html`;

export const rollupQuery = (period: string) =>
  queryOptions({
    queryKey: ['rollup', period] as const,
    queryFn: ({ signal }) => getJson<RollupJson>(rollupJsonUrl(period), signal),
  });

export type { RollupJson };
export type RollupCommitteeJson = RollupJson['committees'][number];
export type RollupSource = RollupJson['status'];
