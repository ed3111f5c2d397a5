/**
 * A real OpenID provider (oidc-provider) on a local port for the tests, with one client
 * registered (confidential, authorization code with PKCE) and the people it knows. Its
 * development login form takes a person's subject as the login name (any password), then asks
 * for consent, as a municipality's provider asks its staff.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export interface TestPerson {
  /** The subject (`sub`); also the login name in the provider's form. */
  sub: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces a person the provider knows. */
  addPerson(person: TestPerson): void;
  close(): Promise<void>;
}

export interface TestProviderOptions {
  redirectUri: string;
  people?: TestPerson[];
  clientId?: string;
  clientSecret?: string;
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const clientId = options.clientId ?? 'uppfoljning-test';
  const clientSecret = options.clientSecret ?? 'hemligt-test-klientlosenord-0123456789';
  const people = new Map<string, TestPerson>((options.people ?? []).map((p) => [p.sub, p]));
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['uppfoljning-test-cookie-key'] },
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            ...(person.email !== undefined ? { email: person.email, email_verified: person.emailVerified ?? true } : {}),
            ...(person.name !== undefined ? { name: person.name } : {}),
          };
        },
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  handle = (req, res) => void callback(req, res);

  return {
    issuer,
    clientId,
    clientSecret,
    addPerson: (person) => people.set(person.sub, person),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
