/**
 * The demo's people, one of each role, with documented passwords ("demo-" + the username; the
 * README lists them): admin, controller (Socialnämnden), omradeschef (area manager of the two
 * investigation areas) and ledamot (a committee member, who sees published versions only).
 */
import type { Db } from '#store/db.ts';
import { findUserByUsername } from '#store/users.ts';
import { addUser, type NewUser } from '../users.ts';
import { COMMITTEE } from './socialnamnden.ts';

export const DEMO_USERS: readonly (NewUser & { password: string })[] = [
  { username: 'admin', displayName: 'Alva Admin', role: 'admin', password: 'demo-admin' },
  {
    username: 'controller',
    displayName: 'Cecilia Controller',
    email: 'controller@example.se',
    role: 'controller',
    committee: COMMITTEE.id,
    password: 'demo-controller',
  },
  {
    username: 'omradeschef',
    displayName: 'Omar Områdeschef',
    email: 'omradeschef@example.se',
    role: 'area-manager',
    committee: COMMITTEE.id,
    areas: ['utredning-vuxen', 'utredning-barn'],
    password: 'demo-omradeschef',
  },
  { username: 'ledamot', displayName: 'Lena Ledamot', role: 'reader', committee: COMMITTEE.id, password: 'demo-ledamot' },
];

/** Adds the demo's users that do not exist yet (a database with its own people keeps them). */
export async function loadDemoUsers(db: Db, user: string): Promise<void> {
  for (const u of DEMO_USERS) {
    if (await db.snapshot((q) => findUserByUsername(q, u.username))) continue;
    await addUser(db, u, user);
  }
}
