/** The items API (src/server/items/routes.ts) and its queries. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ItemBody, ItemsJson, ItemView } from '#contract/index.ts';
import { request } from '../shared/api.ts';
import { invalidateAfterInput } from '../shared/queries.ts';

const enc = encodeURIComponent;
const itemsUrl = (committee: string, period: string) => `/api/committees/${enc(committee)}/items/${enc(period)}`;

export const itemsQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: ['items', committee, period] as const,
    queryFn: async ({ signal }) => (await request(itemsUrl(committee, period), signal)).json() as Promise<ItemsJson>,
  });

export function useSaveItem(committee: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, body }: { key: string; body: ItemBody }) =>
      (
        await request(`${itemsUrl(committee, period)}/${enc(key)}`, undefined, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json() as Promise<ItemView>,
    onSuccess: () => invalidateAfterInput(client, committee, 'items'),
  });
}

export function useRemoveItem(committee: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (key: string) =>
      (await request(`${itemsUrl(committee, period)}/${enc(key)}`, undefined, { method: 'DELETE' })).json() as Promise<ItemsJson>,
    onSuccess: () => invalidateAfterInput(client, committee, 'items'),
  });
}
