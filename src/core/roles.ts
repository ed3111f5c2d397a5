/**
 * Who may do what in a committee. Pure rules over a signed-in user's roles; the server asks them
 * for every route (src/server/auth/access.ts) and the web app for what it shows.
 *
 * - admin: everything in every committee, and users and committees.
 * - controller: everything of their committee.
 * - area-manager: reads the whole committee's working report; writes the texts, forecasts and key
 *   figures of their own areas and marks them ready.
 * - reader: a committee member; sees published versions only.
 */

export const ROLES = ['admin', 'controller', 'area-manager', 'reader'] as const;
export type Role = (typeof ROLES)[number];
export type CommitteeRoleName = Exclude<Role, 'admin'>;

/** The roles' Swedish names, as people read them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'administratör',
  controller: 'controller',
  'area-manager': 'områdeschef',
  reader: 'läsare',
};

export interface CommitteeRole {
  committeeId: string;
  role: CommitteeRoleName;
  /** The areas an area manager answers for (ids); empty for the other roles. */
  areas: string[];
}

export interface RoleHolder {
  admin: boolean;
  roles: CommitteeRole[];
}

/**
 * What a route needs in a committee:
 *   published  any role in the committee (readers: published versions only)
 *   read       the working report: area manager, controller
 *   area       writes of an area's own inputs: area manager (the handler names the area), controller
 *   write      everything else of the committee: controller
 */
export type CommitteeNeed = 'published' | 'read' | 'area' | 'write';

const RANK: Record<CommitteeRoleName, number> = { reader: 0, 'area-manager': 1, controller: 2 };
const NEED_RANK: Record<CommitteeNeed, number> = { published: 0, read: 1, area: 1, write: 2 };

export function roleIn(user: RoleHolder, committeeId: string): CommitteeRole | undefined {
  return user.roles.find((r) => r.committeeId === committeeId);
}

export function mayInCommittee(user: RoleHolder, committeeId: string, need: CommitteeNeed): boolean {
  if (user.admin) return true;
  const role = roleIn(user, committeeId);
  return role !== undefined && RANK[role.role] >= NEED_RANK[need];
}

/** May write an area's own inputs; `areaId` null is the committee's own (controller only). */
export function mayInArea(user: RoleHolder, committeeId: string, areaId: string | null): boolean {
  if (user.admin) return true;
  const role = roleIn(user, committeeId);
  if (!role) return false;
  if (role.role === 'controller') return true;
  return role.role === 'area-manager' && areaId !== null && role.areas.includes(areaId);
}
