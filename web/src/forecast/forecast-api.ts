/**
 * Forecasts over the API: the period's list (baselines, history, total), saving one or a block of
 * the grid (all or nothing), removing one, and the accuracy of a complete year. A save makes the
 * committee's forecasts and reports stale (they show the forecast).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getJson, request } from '../shared/api.ts';
import type { ForecastAccuracyJson, ForecastCell, ForecastList, ForecastSaved } from '../shared/contract.ts';

const enc = encodeURIComponent;
const listUrl = (id: string, period: string) => `/api/committees/${enc(id)}/forecasts/${enc(period)}`;

export const forecastsQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: ['forecasts', committee, period] as const,
    queryFn: ({ signal }) => getJson<ForecastList>(listUrl(committee, period), signal),
  });

export const accuracyQuery = (committee: string, year: string) =>
  queryOptions({
    queryKey: ['forecast-accuracy', committee, year] as const,
    queryFn: ({ signal }) => getJson<ForecastAccuracyJson>(`/api/committees/${enc(committee)}/forecast-accuracy/${enc(year)}`, signal),
  });

async function send(url: string, method: string, body?: unknown): Promise<ForecastSaved> {
  const init: RequestInit = { method };
  if (body !== undefined) Object.assign(init, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await request(url, undefined, init)).json() as Promise<ForecastSaved>;
}

/** What a saved forecast changes: every forecast list, report and accuracy of the committee. */
function useInvalidate(committee: string) {
  const client = useQueryClient();
  return (saved: ForecastSaved, period: string) => {
    client.setQueryData(forecastsQuery(committee, period).queryKey, saved.list);
    return Promise.all(
      ['forecasts', 'report', 'report-html', 'forecast-accuracy'].map((r) => client.invalidateQueries({ queryKey: [r, committee] })),
    );
  };
}

export function useSaveForecast(committee: string, period: string, area: string) {
  const after = useInvalidate(committee);
  return useMutation({
    mutationFn: (value: { deviation: number } | { result: number }) => send(`${listUrl(committee, period)}/${enc(area)}`, 'PUT', value),
    onSuccess: (saved) => after(saved, period),
  });
}

export function useRemoveForecast(committee: string, period: string, area: string) {
  const after = useInvalidate(committee);
  return useMutation({
    mutationFn: () => send(`${listUrl(committee, period)}/${enc(area)}`, 'DELETE'),
    onSuccess: (saved) => after(saved, period),
  });
}

export function useSaveForecastBatch(committee: string, period: string) {
  const after = useInvalidate(committee);
  return useMutation({
    mutationFn: (forecasts: ForecastCell[]) => send(`${listUrl(committee, period)}/batch`, 'POST', { forecasts }),
    onSuccess: (saved) => after(saved, period),
  });
}
