/**
 * The layering rules (.dependency-cruiser.cjs) bite: a tree with forbidden imports is refused,
 * naming each rule. That the code base keeps them is `npm run lint:deps`, part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

function cruise(cwd: string, paths: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(DEPCRUISE, [...paths, '--config', join(cwd, '.dependency-cruiser.cjs'), '--output-type', 'err'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('layering', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'uppf-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses core → store, ledger → app, server → store, web → server, src → test', () => {
    const files: Record<string, string> = {
      'src/store/db.ts': 'export const db = 1;\n',
      'src/app/report.ts': 'export const report = 1;\n',
      'src/server/app.ts': "import { db } from '../store/db.ts';\nexport const app = db;\n",
      'src/core/money.ts':
        "import { db } from '../store/db.ts';\nimport { readFileSync } from 'node:fs';\nexport const m = [db, readFileSync];\n",
      'src/ledger/sie.ts': "import { report } from '../app/report.ts';\nexport const s = report;\n",
      'src/cli/main.ts': "import { helper } from '../../test/helper.ts';\nexport const c = helper;\n",
      'test/helper.ts': 'export const helper = 1;\n',
      'web/src/page.ts': "import { app } from '../../src/server/app.ts';\nexport const p = app;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    cpSync(join(ROOT, '.dependency-cruiser.cjs'), join(scratch, '.dependency-cruiser.cjs'));
    cpSync(join(ROOT, 'tsconfig.json'), join(scratch, 'tsconfig.json'));
    const { ok, output } = cruise(scratch, ['src', 'web/src', 'test']);
    expect(ok).toBe(false);
    for (const rule of [
      'core-is-pure',
      'core-has-no-io',
      'ledger-only-core',
      'server-through-app',
      'web-through-contract',
      'src-not-test',
    ]) {
      expect(output).toContain(rule);
    }
  }, 60_000);
});
