/** The list of committees, shared by the views through the query cache; an import invalidates it. */
import { useQuery } from '@tanstack/react-query';
import type { CommitteeSummary } from './contract.ts';
import { committeesQuery } from './queries.ts';

export function useCommittees() {
  return useQuery(committeesQuery());
}

/** One committee of the list (undefined while the list loads, or when there is no such committee). */
export function useCommittee(id: string) {
  const committees = useCommittees();
  return { committees, summary: committees.data?.find((c) => c.id === id) };
}

export function latestPeriod(committee: CommitteeSummary): string | undefined {
  return committee.periods[committee.periods.length - 1];
}
