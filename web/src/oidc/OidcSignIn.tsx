/**
 * The sign-in page's "Logga in med <label>" when the server has OIDC configured
 * (GET /api/session/providers): a link that starts the sign-in at the municipality's identity
 * provider and comes back to the page the user was on.
 */
import { useQuery } from '@tanstack/react-query';
import type { SignInProviders } from '#contract/oidc.ts';
import { getJson } from '../shared/api.ts';

export const providersQuery = () =>
  ({
    queryKey: ['session-providers'],
    queryFn: ({ signal }: { signal: AbortSignal }) => getJson<SignInProviders>('/api/session/providers', signal),
    staleTime: Number.POSITIVE_INFINITY,
  }) as const;

/** Where to come back to: the current path, unless it is the sign-in page itself. */
function returnPath(): string {
  const here = `${window.location.pathname}${window.location.search}`;
  return here.startsWith('/logga-in') ? '/' : here;
}

export function OidcSignIn() {
  const providers = useQuery(providersQuery());
  const oidc = providers.data?.oidc;
  if (!oidc) return null;
  return (
    <div className="oidc-sign-in">
      <p className="oidc-or">eller</p>
      <a className="button button-primary" href={`${oidc.url}?to=${encodeURIComponent(returnPath())}`}>
        Logga in med {oidc.label}
      </a>
    </div>
  );
}
