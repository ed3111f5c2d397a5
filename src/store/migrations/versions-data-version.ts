/**
 * 0022: publishing a version bumps the data version, like every other write a cached answer is
 * built from: the report's PDF, Word and Excel files and the roll-up give the latest published
 * version, so a publication must empty the read cache (src/app/read-cache.ts). Rows are still
 * never updated (0017's trigger refuses it).
 */
import type { Kysely, Migration } from 'kysely';
import { addDataVersionTriggers } from '../data-version.ts';

export const VERSION_TABLES = ['published_versions'] as const;

export const versionsDataVersion: Migration = {
  async up(db: Kysely<unknown>) {
    await addDataVersionTriggers(db, VERSION_TABLES);
  },
};
