/** Entries written in one millisecond read back newest first in the order they were made. */
import { describe, expect, it } from 'vitest';
import { readAudit } from '#app/audit.ts';
import { recordAudit } from '#store/audit.ts';
import { saveCommittee } from '#store/committees.ts';
import { TEST_DATABASES } from './helpers/databases.ts';

describe.each(TEST_DATABASES)('audit order on $name', (database) => {
  it('keeps the order of entries made in the same millisecond', async () => {
    const db = await database.open();
    try {
      await saveCommittee(db.kysely, { id: 'ordning', name: 'Ordning', materialityThreshold: 0, fiscalYearStartMonth: 1 });
      const at = '2025-05-02T10:00:00.000Z';
      await db.write(async (q) => {
        for (let i = 1; i <= 12; i++) {
          await recordAudit(
            q,
            { user: 'u', committeeId: 'ordning', entity: 'text', key: `k${i}`, action: 'update', before: null, after: i },
            at,
          );
        }
      });
      const page = await readAudit(db, 'ordning');
      expect(page.entries.map((e) => e.key)).toEqual(Array.from({ length: 12 }, (_, i) => `k${12 - i}`));
    } finally {
      await db.close();
    }
  });
});
