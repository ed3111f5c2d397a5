/**
 * The authorization code flow with PKCE, state and nonce against the configured provider, through
 * openid-client. The provider's metadata is discovered at the first sign-in (and again after a
 * failed discovery), so the server starts even while the provider is unreachable.
 *
 * What the browser carries between the redirect and the callback (state, nonce, PKCE verifier) is a
 * short-lived httpOnly cookie (SameSite=Lax: the callback is a top-level navigation from the
 * provider's site), path /api/session/oidc; the callback accepts only a state equal to the
 * cookie's, so a callback URL handed to someone else signs nobody in.
 */
import * as client from 'openid-client';
import { isLoopback, type OidcSettings } from './oidc-config.ts';

/** The flow's values kept in the browser between the redirect and the callback. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  /** Where the app goes after sign-in (a path of this app). */
  returnTo: string;
  /** Milliseconds since the epoch after which the callback is refused. */
  expires: number;
}

export const PENDING_TTL_MS = 10 * 60 * 1000;

/** What the provider says about the person. */
export interface ProviderIdentity {
  subject: string;
  email?: string | undefined;
  emailVerified?: boolean | undefined;
}

/** The provider refused, could not be reached, or its answer did not check out; the message is Swedish. */
export class OidcFlowError extends Error {
  override name = 'OidcFlowError';
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private config(): Promise<client.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret } = this.settings;
      const auth = clientSecret ? client.ClientSecretBasic(clientSecret) : client.None();
      const execute = isLoopback(issuer) && issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
      this.configuration = client
        .discovery(issuer, clientId, clientSecret ? { client_secret: clientSecret } : undefined, auth, { execute, timeout: 10 })
        .catch((error: unknown) => {
          this.configuration = null;
          throw new OidcFlowError(
            `Inloggningstjänsten (${issuer.href}) svarar inte eller saknar OpenID Connect-inställningar. Försök igen om en stund.`,
            502,
            { cause: error },
          );
        });
    }
    return this.configuration;
  }

  /** The provider's authorization URL and the values to keep until the callback. */
  async begin(returnTo: string, now = Date.now()): Promise<{ url: URL; pending: PendingSignIn }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnTo,
      expires: now + PENDING_TTL_MS,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri.href,
      scope: this.settings.scopes.join(' '),
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /**
   * Exchanges the callback's code for tokens (checking state, nonce, PKCE, the ID token's signature,
   * issuer, audience and times) and answers who signed in. `query` is the callback's query string.
   */
  async finish(query: string, pending: PendingSignIn, now = Date.now()): Promise<ProviderIdentity> {
    if (now > pending.expires) throw new OidcFlowError('Inloggningen tog för lång tid. Börja om.', 400);
    const config = await this.config();
    const currentUrl = new URL(this.settings.redirectUri.href);
    currentUrl.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw flowError(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcFlowError('Inloggningstjänsten skickade ingen ID-token.', 502);
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let verified = typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined;
    // Many providers put the e-mail address in the userinfo answer only (the code flow's default).
    if (email === undefined && this.settings.match === 'email' && config.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : undefined;
        verified = typeof info.email_verified === 'boolean' ? info.email_verified : verified;
      } catch (error) {
        throw flowError(error);
      }
    }
    return { subject: claims.sub, email, emailVerified: verified };
  }
}

function flowError(error: unknown): OidcFlowError {
  if (error instanceof client.AuthorizationResponseError) {
    const described = error.error_description ? `: ${error.error_description}` : '';
    const message =
      error.error === 'access_denied'
        ? `Inloggningen avbröts eller nekades hos inloggningstjänsten${described}.`
        : `Inloggningstjänsten svarade med felet ${error.error}${described}.`;
    return new OidcFlowError(message, 403, { cause: error });
  }
  if (error instanceof client.ResponseBodyError) {
    return new OidcFlowError(`Inloggningstjänsten godtog inte inloggningen (${error.error}). Börja om.`, 502, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new OidcFlowError(`Inloggningstjänstens svar kunde inte godtas (${detail}). Börja om.`, 400, { cause: error });
}
