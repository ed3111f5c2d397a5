/** The published versions' API (src/server/versions/routes.ts) and its queries. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportJson, VersionDiff, VersionList, VersionSummary } from '#contract/index.ts';
import { getJson, requestJson } from '../shared/api.ts';

const enc = encodeURIComponent;
const versionsUrl = (committee: string) => `/api/committees/${enc(committee)}/versions`;
export const versionUrl = (committee: string, period: string, number: number) => `${versionsUrl(committee)}/${enc(period)}/${number}`;
/** The frozen standalone HTML report of a version (opened as a page of its own). */
export const versionHtmlUrl = (committee: string, period: string, number: number) => `${versionUrl(committee, period, number)}/html`;
/** A version as PDF, Word or Excel ("pdf", "docx", "xlsx"): also for readers, who may not open the draft. */
export const versionFileUrl = (committee: string, period: string, number: number, ext: string) =>
  `${versionUrl(committee, period, number)}/${ext}`;

export const versionKeys = {
  list: (committee: string) => ['versions', committee] as const,
  report: (committee: string, period: string, number: number) => ['version-report', committee, period, number] as const,
  diff: (committee: string, period: string, from: number, to: number) => ['version-diff', committee, period, from, to] as const,
};

/** Every published version of the committee, newest first. */
export const versionListQuery = (committee: string) =>
  queryOptions({
    queryKey: versionKeys.list(committee),
    queryFn: ({ signal }) => getJson<VersionList>(versionsUrl(committee), signal),
  });

/** A published version never changes: once fetched it is kept. */
export const versionReportQuery = (committee: string, period: string, number: number) =>
  queryOptions({
    queryKey: versionKeys.report(committee, period, number),
    queryFn: ({ signal }) => getJson<ReportJson>(versionUrl(committee, period, number), signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const versionDiffQuery = (committee: string, period: string, from: number, to: number) =>
  queryOptions({
    queryKey: versionKeys.diff(committee, period, from, to),
    queryFn: ({ signal }) => getJson<VersionDiff>(`${versionsUrl(committee)}/${enc(period)}/diff?from=${from}&to=${to}`, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The period's versions out of the committee's list, newest first. */
export const versionsOf = (list: VersionList | undefined, period: string): VersionSummary[] =>
  list?.versions.filter((v) => v.period === period) ?? [];

export function usePublishVersion(committee: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson<VersionSummary>(`${versionsUrl(committee)}/${enc(period)}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: versionKeys.list(committee) }),
  });
}
