/**
 * Sign-in through the municipality's identity provider (OpenID Connect), configured by
 * environment variables. OIDC is on when UPPFOLJNING_OIDC_ISSUER is set; then the client id and
 * the redirect URI are required as well, and every value is checked when the server starts (a
 * wrong value stops the start with a Swedish message naming the variable).
 *
 *   UPPFOLJNING_OIDC_ISSUER         the provider's issuer URL (its /.well-known/openid-configuration is read)
 *   UPPFOLJNING_OIDC_CLIENT_ID      the client registered at the provider
 *   UPPFOLJNING_OIDC_CLIENT_SECRET  its secret (client_secret_basic); without one the client is public (PKCE only)
 *   UPPFOLJNING_OIDC_REDIRECT_URI   https://<this server>/api/session/oidc/callback, as registered
 *   UPPFOLJNING_OIDC_SCOPES         default "openid email profile" ("openid" is added when missing)
 *   UPPFOLJNING_OIDC_MATCH          email (default) | subject: how a person is found among the users
 *   UPPFOLJNING_OIDC_LABEL          the sign-in button says "Logga in med <label>" (default "kommunens inloggning")
 *
 * No account is ever created from a sign-in: an administrator adds the user (with the e-mail address
 * the provider sends) and grants the roles; an unknown person is refused with a Swedish page.
 */
import { z } from 'zod';

export type OidcMatch = 'email' | 'subject';

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  /** Absent: a public client (no client authentication, PKCE only). */
  clientSecret?: string;
  redirectUri: URL;
  scopes: string[];
  match: OidcMatch;
  label: string;
}

export const OIDC_ENV = {
  issuer: 'UPPFOLJNING_OIDC_ISSUER',
  clientId: 'UPPFOLJNING_OIDC_CLIENT_ID',
  clientSecret: 'UPPFOLJNING_OIDC_CLIENT_SECRET',
  redirectUri: 'UPPFOLJNING_OIDC_REDIRECT_URI',
  scopes: 'UPPFOLJNING_OIDC_SCOPES',
  match: 'UPPFOLJNING_OIDC_MATCH',
  label: 'UPPFOLJNING_OIDC_LABEL',
} as const;

export const DEFAULT_OIDC_SCOPES = ['openid', 'email', 'profile'];
export const DEFAULT_OIDC_LABEL = 'kommunens inloggning';

/** The configuration is wrong: names the variable. */
export class OidcConfigError extends Error {
  override name = 'OidcConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

/** Plain HTTP is allowed only to a provider on this machine (a test or a local provider). */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

const Url = z.url({ protocol: /^https?$/, message: 'ska vara en adress som börjar med https://' });

function readUrl(env: NodeJS.ProcessEnv, variable: string): URL {
  const raw = env[variable]?.trim() ?? '';
  if (raw === '') throw new OidcConfigError(variable, 'saknas (den krävs när UPPFOLJNING_OIDC_ISSUER är satt).');
  const parsed = Url.safeParse(raw);
  if (!parsed.success) throw new OidcConfigError(variable, `"${raw}" ${parsed.error.issues[0]?.message ?? 'är ingen adress'}.`);
  const url = new URL(parsed.data);
  if (url.protocol === 'http:' && !isLoopback(url)) {
    throw new OidcConfigError(variable, `"${raw}" använder http; bara https är tillåtet (http endast till localhost).`);
  }
  return url;
}

function readText(env: NodeJS.ProcessEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The settings from the environment, or null when OIDC is not configured (no issuer). */
export function readOidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  if (readText(env, OIDC_ENV.issuer) === undefined) return null;
  const issuer = readUrl(env, OIDC_ENV.issuer);
  const clientId = readText(env, OIDC_ENV.clientId);
  if (clientId === undefined) throw new OidcConfigError(OIDC_ENV.clientId, 'saknas (den krävs när UPPFOLJNING_OIDC_ISSUER är satt).');
  const redirectUri = readUrl(env, OIDC_ENV.redirectUri);
  if (redirectUri.search !== '' || redirectUri.hash !== '') {
    throw new OidcConfigError(OIDC_ENV.redirectUri, 'får inte ha någon frågedel (?…) eller #.');
  }
  const scopeText = readText(env, OIDC_ENV.scopes);
  const scopes = scopeText === undefined ? [...DEFAULT_OIDC_SCOPES] : scopeText.split(/[\s,]+/).filter((s) => s !== '');
  if (!scopes.includes('openid')) scopes.unshift('openid');
  const match = readText(env, OIDC_ENV.match)?.toLowerCase() ?? 'email';
  if (match !== 'email' && match !== 'subject') {
    throw new OidcConfigError(OIDC_ENV.match, `"${match}" är inget sätt att känna igen användare; ange email eller subject.`);
  }
  if (match === 'email' && !scopes.includes('email')) {
    throw new OidcConfigError(OIDC_ENV.scopes, 'saknar "email", som behövs när användare känns igen på e-postadressen.');
  }
  const label = readText(env, OIDC_ENV.label) ?? DEFAULT_OIDC_LABEL;
  if (label.length > 60) throw new OidcConfigError(OIDC_ENV.label, 'får vara högst 60 tecken.');
  const clientSecret = readText(env, OIDC_ENV.clientSecret);
  return { issuer, clientId, ...(clientSecret ? { clientSecret } : {}), redirectUri, scopes, match, label };
}
