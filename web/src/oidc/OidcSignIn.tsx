/**
 * The sign-in page's "Logga in med <label>" when the server has OIDC configured
 * (GET /api/session/providers): a link that starts the sign-in at the municipality's identity
 * provider and comes back to the page the user was on.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SignInProviders } from '#contract/index.ts';
import { getJson } from '../shared/api.ts';
import './oidc.css';

export const providersQuery = () =>
  queryOptions({
    queryKey: ['session-providers'],
    queryFn: ({ signal }) => getJson<SignInProviders>('/api/session/providers', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Where to come back to: the page the sign-in page is shown on. */
const returnPath = () => `${window.location.pathname}${window.location.search}`;

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
