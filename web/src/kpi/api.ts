/** The key-figure API (src/server/kpis/routes.ts) and its queries. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { KpiDefinitionBody, KpiDefinitionJson, KpiTableJson, KpiValuesBody, KpiValuesSaved } from '#contract/index.ts';
import { request } from '../shared/api.ts';
import { invalidateAfterInput } from '../shared/queries.ts';

const enc = encodeURIComponent;
const base = (committee: string) => `/api/committees/${enc(committee)}`;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Definitions and the fiscal year's values up to the period; one area's (area '' = the committee's own) or all. */
export const kpisQuery = (committee: string, period: string, area?: string) =>
  queryOptions({
    queryKey: ['kpis', committee, period, area ?? null] as const,
    queryFn: async ({ signal }) => {
      const query = `period=${enc(period)}${area === undefined ? '' : `&area=${enc(area)}`}`;
      return (await request(`${base(committee)}/kpis?${query}`, signal)).json() as Promise<KpiTableJson>;
    },
  });

export function useDefineKpi(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: KpiDefinitionBody }) =>
      (await request(`${base(committee)}/kpis/${enc(id)}`, undefined, json('PUT', body))).json() as Promise<KpiDefinitionJson>,
    onSuccess: () => invalidateAfterInput(client, committee, 'kpis'),
  });
}

export function useSaveKpiValues(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: KpiValuesBody) =>
      (await request(`${base(committee)}/kpi-values`, undefined, json('PUT', body))).json() as Promise<KpiValuesSaved>,
    onSuccess: () => invalidateAfterInput(client, committee, 'kpis'),
  });
}

export function useUploadKpiValues(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return (await request(`${base(committee)}/kpi-values`, undefined, { method: 'POST', body: form })).json() as Promise<KpiValuesSaved>;
    },
    onSuccess: () => invalidateAfterInput(client, committee, 'kpis'),
  });
}
