/** The list of committees, fetched once per page load and shared by the views; refreshed after an import. */
import { useSyncExternalStore } from 'react';
import { fetchCommittees } from './api.ts';
import type { CommitteeSummary } from './contract.ts';
import { useFetch } from './useFetch.ts';

let cached: Promise<CommitteeSummary[]> | null = null;
let version = 0;
const listeners = new Set<() => void>();

function loadCommittees(signal: AbortSignal): Promise<CommitteeSummary[]> {
  if (!cached) {
    // Not tied to one view's signal: another view may use the same answer.
    cached = fetchCommittees().catch((error: unknown) => {
      cached = null;
      throw error;
    });
  }
  return abortable(cached, signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(new DOMException('Avbrutet', 'AbortError')), { once: true });
    promise.then(resolve, reject);
  });
}

/** Fetches the list again (an import may have added a committee or periods). */
export function refreshCommittees(): void {
  cached = null;
  version++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCommittees() {
  const v = useSyncExternalStore(subscribe, () => version);
  return useFetch(`committees/${v}`, loadCommittees);
}

export function latestPeriod(committee: CommitteeSummary): string | undefined {
  return committee.periods[committee.periods.length - 1];
}
