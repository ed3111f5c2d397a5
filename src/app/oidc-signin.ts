/**
 * Who a person signed in at the identity provider is among the users.
 *
 * - match "email": a user already linked to the provider's subject (`sub`) is that user; otherwise
 *   the one user whose e-mail address is the person's (case-insensitive), and this first match links
 *   the subject to the user (so a later change of address at the provider still finds them). A
 *   user linked to another subject is not taken over; an address the provider marks as not
 *   verified (email_verified false) is not trusted.
 * - match "subject": only a user whose stored subject is the person's (an administrator links it).
 *
 * No account is created: an unknown person is refused, saying what to ask for.
 */
import type { Db } from '#app/database.ts';
import { recordAudit } from '#store/audit.ts';
import { findUserBySubject, findUsersByEmail, setOidcSubject } from '#store/users-oidc.ts';

export interface OidcIdentity {
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
}

export type OidcMatchResult =
  | { ok: true; userId: string; username: string; linked: boolean }
  | { ok: false; reason: 'unknown' | 'ambiguous' | 'taken' | 'disabled' | 'unverified'; message: string };

const ASK_ADMIN = 'Be en administratör av Uppföljning att lägga upp dig som användare.';

export async function matchOidcUser(db: Db, identity: OidcIdentity, match: 'email' | 'subject'): Promise<OidcMatchResult> {
  return db.write(async (q) => {
    const bySubject = await findUserBySubject(q, identity.subject);
    if (bySubject) return found(bySubject, false);
    if (match === 'subject') {
      return refuse(
        'unknown',
        `Ditt konto hos inloggningstjänsten (${identity.subject}) är inte kopplat till någon användare i Uppföljning. ${ASK_ADMIN}`,
      );
    }
    const email = identity.email?.trim();
    if (!email) {
      return refuse('unknown', `Inloggningstjänsten skickade ingen e-postadress, så du kunde inte kännas igen. ${ASK_ADMIN}`);
    }
    if (identity.emailVerified === false) {
      return refuse(
        'unverified',
        `Inloggningstjänsten anger att e-postadressen ${email} inte är bekräftad, så den kan inte användas för att känna igen dig.`,
      );
    }
    const candidates = await findUsersByEmail(q, email);
    const [user, second] = candidates;
    if (!user) return refuse('unknown', `Det finns ingen användare i Uppföljning med e-postadressen ${email}. ${ASK_ADMIN}`);
    if (second) {
      return refuse(
        'ambiguous',
        `Flera användare i Uppföljning har e-postadressen ${email}, så det går inte att veta vem du är. Be en administratör av Uppföljning att rätta e-postadresserna.`,
      );
    }
    if (user.oidcSubject !== null) {
      return refuse(
        'taken',
        `Användaren med e-postadressen ${email} är redan kopplad till ett annat konto hos inloggningstjänsten. Be en administratör att ta bort den kopplingen om den är fel.`,
      );
    }
    if (user.disabled) return found(user, false);
    await setOidcSubject(q, user.id, identity.subject);
    await recordAudit(q, {
      user: user.username,
      committeeId: null,
      entity: 'user',
      key: user.username,
      action: 'link-oidc',
      before: { oidcSubject: null },
      after: { oidcSubject: identity.subject },
    });
    return found(user, true);
  });
}

function found(user: { id: string; username: string; disabled: boolean }, linked: boolean): OidcMatchResult {
  if (user.disabled) return refuse('disabled', `Användaren ${user.username} är avstängd i Uppföljning. Kontakta en administratör.`);
  return { ok: true, userId: user.id, username: user.username, linked };
}

function refuse(reason: Exclude<OidcMatchResult, { ok: true }>['reason'], message: string): OidcMatchResult {
  return { ok: false, reason, message };
}
