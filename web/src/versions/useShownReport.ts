/**
 * Which report the dashboard shows: a published version when the path names one; otherwise the
 * working draft for those who may read it (area managers and up), and for a reader (published
 * versions only) the period's latest published version, or none.
 */
import { useQuery } from '@tanstack/react-query';
import type { VersionSummary } from '#contract/index.ts';
import { reportQuery } from '../shared/queries.ts';
import { versionListQuery, versionReportQuery, versionsOf } from './api.ts';

export type ShownReport =
  | { kind: 'draft' }
  | { kind: 'version'; version: VersionSummary | null; number: number }
  /** A reader, and the period has no published version. */
  | { kind: 'none' }
  /** A reader, while the list of versions loads. */
  | { kind: 'unknown' };

export function useShownReport(committee: string, period: string, version: number | undefined, canReadWorking: boolean) {
  const list = useQuery(versionListQuery(committee));
  const versions = versionsOf(list.data, period);
  const number = version ?? (canReadWorking ? undefined : versions[0]?.number);
  const working = useQuery({ ...reportQuery(committee, period), enabled: number === undefined && canReadWorking });
  const frozen = useQuery({ ...versionReportQuery(committee, period, number ?? 0), enabled: number !== undefined });
  let shown: ShownReport;
  if (number !== undefined) shown = { kind: 'version', number, version: versions.find((v) => v.number === number) ?? null };
  else if (canReadWorking) shown = { kind: 'draft' };
  else shown = list.isSuccess ? { kind: 'none' } : { kind: 'unknown' };
  return { report: number !== undefined ? frozen : working, shown, versions, list };
}
