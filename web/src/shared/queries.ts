/**
 * The app's data through TanStack Query: one key per resource, the fetchers of api.ts as query
 * functions, and what an import or a mapping change makes stale. Keys start with the resource
 * and then the committee, so one committee's entries of a resource are invalidated together.
 */
import { keepPreviousData, QueryClient, queryOptions } from '@tanstack/react-query';
import {
  ApiError,
  fetchAreaDrill,
  fetchCommittees,
  fetchImportJob,
  fetchImportLog,
  fetchMapping,
  fetchPostings,
  fetchReport,
  fetchReportFragment,
} from './api.ts';

export const queryKeys = {
  committees: () => ['committees'] as const,
  report: (committee: string, period: string) => ['report', committee, period] as const,
  reportHtml: (committee: string, period: string) => ['report-html', committee, period] as const,
  mapping: (committee: string) => ['mapping', committee] as const,
  importLog: (committee: string) => ['import-log', committee] as const,
  importJob: (id: string) => ['import-job', id] as const,
  drill: (committee: string, period: string, area: string) => ['drill', committee, period, area] as const,
  postings: (committee: string, period: string, area: string, account: string, limit: number) =>
    ['postings', committee, period, area, account, limit] as const,
};

export const committeesQuery = () => queryOptions({ queryKey: queryKeys.committees(), queryFn: ({ signal }) => fetchCommittees(signal) });

/** While another period loads, the previous period's figures stay on screen. */
export const reportQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: queryKeys.report(committee, period),
    queryFn: ({ signal }) => fetchReport(committee, period, signal),
    placeholderData: keepPreviousData,
  });

export const reportHtmlQuery = (committee: string, period: string) =>
  queryOptions({
    queryKey: queryKeys.reportHtml(committee, period),
    queryFn: ({ signal }) => fetchReportFragment(committee, period, signal),
  });

export const mappingQuery = (committee: string) =>
  queryOptions({ queryKey: queryKeys.mapping(committee), queryFn: ({ signal }) => fetchMapping(committee, signal) });

/** The import log, or null for a committee that does not exist yet (and so has none). */
export const importLogQuery = (committee: string) =>
  queryOptions({
    queryKey: queryKeys.importLog(committee),
    queryFn: async ({ signal }) => {
      try {
        return await fetchImportLog(committee, signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const drillQuery = (committee: string, period: string, area: string) =>
  queryOptions({
    queryKey: queryKeys.drill(committee, period, area),
    queryFn: ({ signal }) => fetchAreaDrill(committee, period, area, signal),
  });

/** A longer list keeps the shorter one on screen while it loads. */
export const postingsQuery = (committee: string, period: string, area: string, account: string, limit: number) =>
  queryOptions({
    queryKey: queryKeys.postings(committee, period, area, account, limit),
    queryFn: ({ signal }) => fetchPostings(committee, period, area, account, limit, signal),
    placeholderData: keepPreviousData,
  });

const POLL_MS = 400;
/** How many times a failed poll of an import job is retried before the job counts as unreachable. */
export const JOB_MISSES = 5;

/**
 * An import job, polled while it runs. A passing network hiccup is retried a few times; a job
 * the server does not know (404) is not.
 */
export const importJobQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.importJob(id),
    queryFn: ({ signal }) => fetchImportJob(id, signal),
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data?.state === 'running' ? POLL_MS : false),
    refetchIntervalInBackground: true,
    retry: (failures, error) => failures < JOB_MISSES && !(error instanceof ApiError && error.status === 404),
    retryDelay: POLL_MS * 2,
    // A finished job does not change any more.
    staleTime: (query) => (query.state.data && query.state.data.state !== 'running' ? Number.POSITIVE_INFINITY : 0),
  });

/** The resources that hold a committee's figures: an import and a mapping change both change them. */
const FIGURES = ['report', 'report-html', 'drill', 'postings'] as const;

/** An import replaced the committee's figures and periods (and may have created the committee). */
export async function invalidateAfterImport(client: QueryClient, committee: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.committees() }),
    invalidate(client, committee, [...FIGURES, 'import-log']),
  ]);
}

/** An undo put the committee's ledger back: figures, periods, the log, and the codes and areas the import had added. */
export async function invalidateAfterUndo(client: QueryClient, committee: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.committees() }),
    invalidate(client, committee, [...FIGURES, 'import-log', 'mapping']),
  ]);
}

/**
 * A mapping change moved codes between areas: every area figure and the areas' postings change.
 * The committee list (names, periods, fiscal years) does not.
 */
export function invalidateAfterMappingChange(client: QueryClient, committee: string): Promise<void> {
  return invalidate(client, committee, ['mapping', ...FIGURES]);
}

/** A follow-up input changed (a committee item, a key figure): its own resource and the committee's reports. */
export function invalidateAfterInput(client: QueryClient, committee: string, resource: string): Promise<void> {
  return invalidate(client, committee, [resource, 'report', 'report-html']);
}

/** Every entry of the committee under each resource (keys start with the resource, then the committee). */
async function invalidate(client: QueryClient, committee: string, resources: readonly string[]): Promise<void> {
  await Promise.all(resources.map((resource) => client.invalidateQueries({ queryKey: [resource, committee] })));
}

/** A client error (4xx) does not go away by asking again; anything else is tried once more. */
function retryOnce(failures: number, error: Error): boolean {
  return failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Figures change only by an import or an edit, which invalidate what they change.
      queries: { staleTime: 30_000, retry: retryOnce },
    },
  });
}
