/** The committee's areas (GET/PUT/DELETE /api/committees/:id/areas): names, short names, order. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AreaInfo } from '#contract/index.ts';
import { requestJson } from '../shared/api.ts';
import { invalidateAfterMappingChange } from '../shared/queries.ts';

const areasUrl = (id: string) => `/api/committees/${encodeURIComponent(id)}/areas`;

export const areasQuery = (committee: string) =>
  queryOptions({
    queryKey: ['areas', committee],
    queryFn: () => requestJson<{ areas: AreaInfo[] }>(areasUrl(committee)).then((r) => r.areas),
  });

export interface AreaEdit {
  id: string;
  name: string;
  shortName: string;
  sortOrder: number;
}

export function useSaveArea(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (a: AreaEdit) =>
      requestJson<AreaInfo>(`${areasUrl(committee)}/${encodeURIComponent(a.id)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: a.name, shortName: a.shortName, sortOrder: a.sortOrder }),
      }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['areas', committee] }), invalidateAfterMappingChange(client, committee)]),
  });
}

export function useRemoveArea(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      requestJson<{ areas: AreaInfo[] }>(`${areasUrl(committee)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['areas', committee] }), invalidateAfterMappingChange(client, committee)]),
  });
}
