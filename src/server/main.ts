/**
 * Starts the web server: opens the database (DATABASE_URL → PostgreSQL, else UPPFOLJNING_DB or
 * ./data/uppfoljning.sqlite), loads the demo committee and its users into an empty database
 * (unless UPPFOLJNING_DEMO=0), creates an administrator with a one-time password when there is no
 * user at all (printed in the log), and listens on HOST:PORT (default localhost:3000).
 */

import { openDatabase } from '#app/database.ts';
import { ensureDemo } from '#app/demo/index.ts';
import { ensureFirstAdmin } from '#app/sessions.ts';
import { buildServer, DEFAULT_WEB_ROOT, hasWebBuild } from './app.ts';
import { OidcConfigError, readOidcSettings } from './auth/oidc-config.ts';

const port = parsePort(process.env.PORT);
const host = process.env.HOST || 'localhost';

const oidc = readOidcOrExit();
const db = await openDatabase();
const demo = process.env.UPPFOLJNING_DEMO !== '0' && (await ensureDemo(db));
const firstAdmin = await ensureFirstAdmin(db);
const app = await buildServer({ db, oidc, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
if (oidc) app.log.info(`Sign-in through OpenID Connect: ${oidc.issuer.href} (users matched by ${oidc.match})`);
if (demo)
  app.log.info('Demo loaded: sign in as admin, controller, omradeschef or ledamot with the password "demo-" + the username (README).');
if (firstAdmin) {
  app.log.warn(
    `First start: the administrator "${firstAdmin.username}" has the one-time password ${firstAdmin.oneTimePassword} (to be changed at the first sign-in).`,
  );
}

if (!hasWebBuild()) {
  app.log.warn(`The web app is not built (${DEFAULT_WEB_ROOT} is missing): run "npm run build:web". The API works.`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: shutting down`);
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  app.log.info(`Uppföljning: http://${shown}:${actualPort}/`);
} catch (error) {
  app.log.error(error);
  await db.close();
  process.exit(1);
}

function readOidcOrExit() {
  try {
    return readOidcSettings();
  } catch (error) {
    if (!(error instanceof OidcConfigError)) throw error;
    console.error(`Inloggning via OpenID Connect är fel inställd: ${error.message}`);
    process.exit(2);
  }
}

function parsePort(text: string | undefined): number {
  if (!text) return 3000;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`PORT must be a port number (0-65535), not "${text}"`);
    process.exit(2);
  }
  return n;
}
