/** Makes sure dist/web exists for tests that load the web app; builds it with Vite if not. */
import { resolve } from 'node:path';
import { DEFAULT_WEB_ROOT, hasWebBuild } from '#server/app.ts';

export async function ensureWebBuild(): Promise<void> {
  if (hasWebBuild()) return;
  console.warn(`${DEFAULT_WEB_ROOT} is missing: building the web app (npm run build:web) …`);
  const { build } = await import('vite');
  await build({ configFile: resolve(import.meta.dirname, '../../web/vite.config.ts'), logLevel: 'warn' });
  if (!hasWebBuild()) throw new Error(`The web build did not produce ${DEFAULT_WEB_ROOT}/index.html: run npm run build:web`);
}
