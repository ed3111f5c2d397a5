/**
 * Which users are linked to a person at the identity provider (their subject, `sub`): listed for
 * the admin page, linked by hand (for UPPFOLJNING_OIDC_MATCH=subject) or unlinked (a wrong link, or
 * a person whose account at the provider was replaced). Each change is in the audit log.
 */
import type { Db } from '#app/database.ts';
import { InputError, NotFoundError } from '#app/errors.ts';
import { normaliseUsername } from '#app/users.ts';
import { recordAudit } from '#store/audit.ts';
import { findOidcSubject, findUserBySubject, listOidcSubjects, setOidcSubject } from '#store/users-oidc.ts';

export interface OidcLink {
  username: string;
  subject: string;
}

export function listOidcLinks(db: Db): Promise<OidcLink[]> {
  return db.snapshot((q) => listOidcSubjects(q));
}

/** Links the user to `subject`, or with null removes the link; answers the user's link afterwards. */
export async function setOidcLink(db: Db, username: string, subject: string | null, user: string): Promise<OidcLink | null> {
  const name = normaliseUsername(username);
  return db.write(async (q) => {
    const found = await findOidcSubject(q, name);
    if (!found) throw new NotFoundError(`Användaren ${username} finns inte.`);
    if (found.oidcSubject === subject) return subject === null ? null : { username: name, subject };
    if (subject !== null) {
      const holder = await findUserBySubject(q, subject);
      if (holder) throw new InputError(`Subjektet ${subject} är redan kopplat till användaren ${holder.username}.`);
    }
    await setOidcSubject(q, found.id, subject);
    await recordAudit(q, {
      user,
      committeeId: null,
      entity: 'user',
      key: name,
      action: subject === null ? 'unlink-oidc' : 'link-oidc',
      before: { oidcSubject: found.oidcSubject },
      after: { oidcSubject: subject },
    });
    return subject === null ? null : { username: name, subject };
  });
}
