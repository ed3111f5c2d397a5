/**
 * Where uploads wait for their import: one folder of the server's own (mode 0700; by default
 * "uploads" beside the SQLite file, or under the system's temporary folder for PostgreSQL and an
 * in-memory database), one subfolder per upload named "<pid>-<random>" after the server process.
 * An upload's folder is removed when its job ends; one left by a server that was killed (its pid
 * no longer alive) is removed when a server opens the folder. Several servers may share it:
 * folders of live processes are left alone.
 */
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Db } from '#app/database.ts';

export class UploadFolder {
  private constructor(readonly root: string) {}

  /** Opens (creating) the folder and removes what dead servers left in it. */
  static async open(root: string): Promise<UploadFolder> {
    await mkdir(root, { recursive: true, mode: 0o700 });
    await chmod(root, 0o700);
    await sweepUploads(root);
    return new UploadFolder(root);
  }

  /** A new, empty folder for one upload (mode 0700). */
  async create(): Promise<string> {
    return mkdtemp(join(this.root, `${process.pid}-`));
  }
}

/** UPPFOLJNING_UPLOAD_DIR, else "uploads" beside the SQLite file, else under the system's temporary folder. */
export function defaultUploadRoot(db: Db): string {
  const configured = process.env.UPPFOLJNING_UPLOAD_DIR;
  if (configured) return resolve(configured);
  if ('file' in db.target && db.target.file !== ':memory:') return join(dirname(resolve(db.target.file)), 'uploads');
  return join(tmpdir(), 'uppfoljning-uploads');
}

/** Removes the upload folders whose server process is no longer alive; returns their names. */
export async function sweepUploads(root: string): Promise<string[]> {
  const removed: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const pid = /^(\d+)-/.exec(entry.name)?.[1];
    if (!entry.isDirectory() || pid === undefined || isAlive(Number(pid))) continue;
    await rm(join(root, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it lives, as another user's process.
    return (error as { code?: string }).code === 'EPERM';
  }
}
