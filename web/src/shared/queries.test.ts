import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import {
  createQueryClient,
  importJobQuery,
  invalidateAfterImport,
  invalidateAfterMappingChange,
  JOB_MISSES,
  queryKeys,
} from './queries.ts';

/** One entry of every resource for each of committees a and b (and the committee list and one import job). */
function filledClient() {
  const client = createQueryClient();
  const keys = {
    committees: queryKeys.committees(),
    reportA: queryKeys.report('a', '2025-04'),
    reportHtmlA: queryKeys.reportHtml('a', '2025-04'),
    mappingA: queryKeys.mapping('a'),
    logA: queryKeys.importLog('a'),
    drillA: queryKeys.drill('a', '2025-04', 'omr1'),
    postingsA: queryKeys.postings('a', '2025-04', 'omr1', '5010', 500),
    reportB: queryKeys.report('b', '2025-04'),
    reportHtmlB: queryKeys.reportHtml('b', '2025-04'),
    mappingB: queryKeys.mapping('b'),
    logB: queryKeys.importLog('b'),
    drillB: queryKeys.drill('b', '2025-04', 'omr1'),
    postingsB: queryKeys.postings('b', '2025-04', 'omr1', '5010', 500),
    job: queryKeys.importJob('job-1'),
  };
  for (const key of Object.values(keys)) client.setQueryData(key, { filled: true });
  const invalidated = () =>
    Object.entries(keys)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort();
  return { client, invalidated };
}

describe('query invalidation', () => {
  it('after an import: the committees and the figures, drill-downs and log of that committee only', async () => {
    const { client, invalidated } = filledClient();
    await invalidateAfterImport(client, 'a');
    expect(invalidated()).toEqual(['committees', 'drillA', 'logA', 'postingsA', 'reportA', 'reportHtmlA']);
  });

  it('after a mapping change: the mapping and the figures of that committee, not its import log nor the committee list', async () => {
    const { client, invalidated } = filledClient();
    await invalidateAfterMappingChange(client, 'b');
    expect(invalidated()).toEqual(['drillB', 'mappingB', 'postingsB', 'reportB', 'reportHtmlB']);
  });
});

describe('import job query', () => {
  const job = (state: 'running' | 'done' | 'failed') => ({ id: 'j', state });
  const interval = (data: ReturnType<typeof job> | undefined, status: 'success' | 'error' = 'success') => {
    const option = importJobQuery('j').refetchInterval;
    if (typeof option !== 'function') throw new Error('refetchInterval is not a function');
    return option({ state: { data, status } } as never);
  };

  it('polls while the job runs and stops when it is done, failed or unreachable', () => {
    expect(interval(job('running'))).toBeGreaterThan(0);
    expect(interval(job('done'))).toBe(false);
    expect(interval(job('failed'))).toBe(false);
    expect(interval(job('running'), 'error')).toBe(false);
  });

  it('retries a network failure a few times, never a job the server does not know', () => {
    const retry = importJobQuery('j').retry;
    if (typeof retry !== 'function') throw new Error('retry is not a function');
    expect(retry(0, new ApiError('offline', 0))).toBe(true);
    expect(retry(JOB_MISSES - 1, new ApiError('offline', 0))).toBe(true);
    expect(retry(JOB_MISSES, new ApiError('offline', 0))).toBe(false);
    expect(retry(0, new ApiError('saknas', 404))).toBe(false);
  });
});
