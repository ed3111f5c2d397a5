/** The list of committees, fetched once per page load and shared by the views. */
import { fetchCommittees } from './api.ts';
import type { CommitteeSummary } from './contract.ts';
import { useFetch } from './useFetch.ts';

let cached: Promise<CommitteeSummary[]> | null = null;

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

export function useCommittees() {
  return useFetch('committees', loadCommittees);
}

export function latestPeriod(committee: CommitteeSummary): string | undefined {
  return committee.periods[committee.periods.length - 1];
}
