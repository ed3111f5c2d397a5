/**
 * Uploads wait in the server's own upload folder and leave nothing behind: not when the client
 * aborts midway, and not when the server is killed (kill -9) with an upload in it: the next server
 * to start removes what a dead process left, and nothing of a live one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '#test/helpers/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BOUNDARY = 'uppfoljningtestgrans';

/** Starts a multipart upload of an SIE file to POST /api/imports and sends only its first part; returns the request. */
function startUpload(port: number, committee: string, session: { cookie: string; csrfToken: string }) {
  const head = [
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsie\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="committee"\r\n\r\n${committee}\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="hemlig.se"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ].join('');
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/api/imports',
    headers: {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(10 * 1024 * 1024),
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
  });
  req.on('error', () => {});
  req.write(head);
  req.write(`#FLAGGA 0\n#SIETYP 4\n${'#KONTO 1930 "Bank"\n'.repeat(20_000)}`);
  return req;
}

/** Waits for `condition`, failing with `what` after 20 s. */
async function until(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(condition(), what).toBe(true);
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

describe('the upload folder', () => {
  it('is the server’s own (mode 0700) and empty again after an upload the client aborts midway', async () => {
    const uploadDir = join(tempDir('uppf-abort-'), 'uploads');
    const server = await startTestServer({ listen: true, server: { uploadDir } });
    try {
      expect(statSync(uploadDir).mode & 0o777).toBe(0o700);
      // To the demo committee, whose import log says whether an import to it is running.
      const req = startUpload(Number(new URL(server.url).port), 'socialnamnden', await server.signIn('admin'));
      await until('the upload has a folder', () => readdirSync(uploadDir).length === 1);
      expect(readdirSync(uploadDir)[0]).toMatch(new RegExp(`^${process.pid}-`));
      const running = async () =>
        ((await (await server.fetch(`/api/committees/socialnamnden/imports`)).json()) as { running: boolean }).running;
      expect(await running()).toBe(true);
      req.destroy();
      await until('the aborted upload is removed', () => readdirSync(uploadDir).length === 0);
      // The committee is free again.
      await expect.poll(running).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('keeps no upload of a killed server: the next server removes it on start, and nothing of a live process', async () => {
    const dir = tempDir('uppf-kill-');
    const uploadDir = join(dir, 'uploads');
    // Node itself with tsx's loader (the tsx command would run the server in a child of its own).
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, UPPFOLJNING_DB: join(dir, 'db.sqlite'), UPPFOLJNING_UPLOAD_DIR: uploadDir, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const port = await new Promise<number>((resolvePort, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Uppföljning: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (found) resolvePort(Number(found[1]));
      });
      child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
    });
    const pid = child.pid as number;
    // The demo's administrator signs in over HTTP.
    const signIn = await fetch(`http://127.0.0.1:${port}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo-admin' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    startUpload(port, 'dodad', { cookie, csrfToken: ((await signIn.json()) as { csrfToken: string }).csrfToken });
    await until('the upload has a folder', () => existsSync(uploadDir) && readdirSync(uploadDir).length === 1);
    const left = readdirSync(uploadDir);
    expect(left[0]).toMatch(new RegExp(`^${pid}-`));
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGKILL');
    await exited;
    // What the killed server held is still there, beside folders of live processes.
    expect(readdirSync(uploadDir)).toEqual(left);
    const own = join(uploadDir, `${process.pid}-egen`);
    const init = join(uploadDir, '1-annan');
    mkdirSync(own);
    mkdirSync(init);

    const next = await startTestServer({ server: { uploadDir } });
    try {
      expect(readdirSync(uploadDir).sort()).toEqual(['1-annan', `${process.pid}-egen`]);
    } finally {
      await next.close();
    }
  });
});
