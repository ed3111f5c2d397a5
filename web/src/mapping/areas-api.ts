/** The committee's areas (GET/PUT/DELETE /api/committees/:id/areas): names, short names, order. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AreaInfo } from '#contract/index.ts';
import { ApiError, errorOf, OFFLINE } from '../shared/api.ts';
import { invalidateAfterMappingChange } from '../shared/queries.ts';

const areasUrl = (id: string) => `/api/committees/${encodeURIComponent(id)}/areas`;

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch {
    throw new ApiError(OFFLINE, 0);
  }
  if (!response.ok) throw await errorOf(response);
  return response.json() as Promise<T>;
}

export const areasQuery = (committee: string) =>
  queryOptions({
    queryKey: ['areas', committee],
    queryFn: () => call<{ areas: AreaInfo[] }>(areasUrl(committee)).then((r) => r.areas),
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
      call<AreaInfo>(`${areasUrl(committee)}/${encodeURIComponent(a.id)}`, {
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
    mutationFn: (id: string) => call<{ areas: AreaInfo[] }>(`${areasUrl(committee)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['areas', committee] }), invalidateAfterMappingChange(client, committee)]),
  });
}
