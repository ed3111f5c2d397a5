/** The cycle's API as the web app calls it (src/server/cycle/routes.ts) and its queries. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '../shared/api.ts';
import type { CycleOpen, CycleState, OverviewFilterName, ReminderResult, TodoList } from './types.ts';

const enc = encodeURIComponent;
const cycleUrl = (committee: string, period: string) => `/api/committees/${enc(committee)}/cycle/${enc(period)}`;

export const cycleKeys = {
  state: (committee: string, period: string) => ['cycle', committee, period] as const,
  todo: () => ['cycle-todo'] as const,
};

/** The period's state with every area (the filter is applied on screen: the counts stay whole). */
export const cycleQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: cycleKeys.state(committee, period),
    queryFn: ({ signal }) => requestJson<CycleState>(cycleUrl(committee, period), {}, signal),
  });

export const todoQuery = () =>
  queryOptions({ queryKey: cycleKeys.todo(), queryFn: ({ signal }) => requestJson<TodoList>('/api/me/todo', {}, signal) });

export type CycleStep =
  | { kind: 'open'; body: CycleOpen }
  | { kind: 'ready' | 'accept'; area: string }
  | { kind: 'return'; area: string; note: string }
  | { kind: 'approve' }
  | { kind: 'reopen'; note?: string };

function stepRequest(committee: string, period: string, step: CycleStep): { url: string; init: RequestInit } {
  const base = cycleUrl(committee, period);
  const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });
  switch (step.kind) {
    case 'open':
      return { url: base, init: { method: 'PUT', body: JSON.stringify(step.body) } };
    case 'ready':
    case 'accept':
      return { url: `${base}/areas/${enc(step.area)}/${step.kind}`, init: { method: 'POST' } };
    case 'return':
      return { url: `${base}/areas/${enc(step.area)}/return`, init: json({ note: step.note }) };
    case 'approve':
      return { url: `${base}/approve`, init: { method: 'POST' } };
    case 'reopen':
      return { url: `${base}/reopen`, init: json(step.note ? { note: step.note } : {}) };
  }
}

/** One step of the cycle; the answer (the new state) replaces the cached state, and the to-do list is fetched again. */
export function useCycleStep(committee: string, period: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: CycleStep) => {
      const { url, init } = stepRequest(committee, period, step);
      return requestJson<CycleState>(url, init);
    },
    onSuccess: (state) => {
      client.setQueryData(cycleKeys.state(committee, period), state);
      void client.invalidateQueries({ queryKey: cycleKeys.todo() });
    },
  });
}

export const sendReminders = (committee: string) =>
  requestJson<ReminderResult>(`/api/committees/${enc(committee)}/cycle/reminders`, { method: 'POST' });

export const FILTER_LABELS: Record<OverviewFilterName, string> = { saknas: 'Saknas', sen: 'Sen', atersand: 'Återsänd' };
