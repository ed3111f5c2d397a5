/**
 * Saving a mapping, from the table (PUT) or from a sheet (POST). Either is pending until what it
 * changed has been fetched again: the mapping and every report and drill-down
 * of the committee (marked stale; fetched again when shown).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveMapping, uploadMapping } from '../shared/api.ts';
import type { MappingEntry } from '../shared/contract.ts';
import { invalidateAfterMappingChange } from '../shared/queries.ts';

export function useSaveMapping(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entries: MappingEntry[]) => saveMapping(committee, entries),
    onSuccess: () => invalidateAfterMappingChange(client, committee),
  });
}

export function useUploadMapping(committee: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadMapping(committee, file),
    onSuccess: () => invalidateAfterMappingChange(client, committee),
  });
}
