/** requireArea for inputs that name their areas by id or by name (the forecast grid, key figure values). */
import type { FastifyRequest } from 'fastify';
import { listCommitteeAreas } from '#app/areas.ts';
import type { Db } from '#app/database.ts';
import { mayInCommittee } from '#core/roles.ts';
import { requireArea, signedInUser } from './access.ts';

/** Throws 403 unless the signed-in user may write every named area (empty or null: the committee's own). */
export async function requireNamedAreas(
  request: FastifyRequest,
  db: Db,
  committeeId: string,
  named: readonly (string | null | undefined)[],
): Promise<void> {
  // The controller may write them all: no need to read the areas.
  if (mayInCommittee(signedInUser(request), committeeId, 'write')) return;
  const areas = await listCommitteeAreas(db, committeeId);
  for (const given of named) {
    const name = given?.trim();
    const area = name ? (areas.find((a) => a.id === name || a.name === name)?.id ?? name) : null;
    requireArea(request, committeeId, area);
  }
}
