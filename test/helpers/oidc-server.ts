/** The real server with OIDC settings pointing at a test provider (both listening on local ports). */
import { type OidcSettings, readOidcSettings } from '#server/auth/oidc-config.ts';
import { freePort } from './free-port.ts';
import { startTestProvider, type TestPerson, type TestProvider } from './oidc-provider.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface OidcTestSetup {
  provider: TestProvider;
  server: TestServer;
  settings: OidcSettings;
  close(): Promise<void>;
}

export const TEST_OIDC_LABEL = 'Testkommunens inloggning';

export async function startOidcServer(people: TestPerson[]): Promise<OidcTestSetup> {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/api/session/oidc/callback`;
  const provider = await startTestProvider({ redirectUri, people });
  try {
    const settings = readOidcSettings({
      UPPFOLJNING_OIDC_ISSUER: provider.issuer,
      UPPFOLJNING_OIDC_CLIENT_ID: provider.clientId,
      UPPFOLJNING_OIDC_CLIENT_SECRET: provider.clientSecret,
      UPPFOLJNING_OIDC_REDIRECT_URI: redirectUri,
      UPPFOLJNING_OIDC_LABEL: TEST_OIDC_LABEL,
    });
    if (!settings) throw new Error('OIDC settings expected');
    const server = await startTestServer({ listen: true, port, server: { oidc: settings } });
    return {
      provider,
      server,
      settings,
      async close() {
        await server.close();
        await provider.close();
      },
    };
  } catch (error) {
    await provider.close();
    throw error;
  }
}
