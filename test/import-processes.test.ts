/**
 * Two programs importing into one SQLite file (the server and a scheduled CLI import): the second
 * waits for the first to commit instead of failing with "database is locked".
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTable } from '#app/import-table.ts';
import { openDatabase } from '#store/db.ts';
import { listImports } from '#store/imports.ts';

const TSX = resolve(import.meta.dirname, '../node_modules/.bin/tsx');
const HOLDER = resolve(import.meta.dirname, 'helpers/hold-import.ts');

describe('imports from two programs into one SQLite file', () => {
  it('makes the second wait for the first, then import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uppf-procs-'));
    const file = join(dir, 'db.sqlite');
    const db = await openDatabase({ file });
    const csv = join(dir, 'utfall.csv');
    writeFileSync(csv, 'period;ansvar;konto;belopp\n2025-01;100;5010;12,50\n');
    const child = spawn(TSX, [HOLDER, file, '1500'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const output: string[] = [];
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise<void>((claimed, failed) => {
      child.stdout.on('data', (d: Buffer) => {
        output.push(String(d));
        if (output.join('').includes('claimed')) claimed();
      });
      child.on('exit', () => failed(new Error(`the holder ended first: ${output.join('')}`)));
    });
    try {
      const summary = await importTable(db, csv, { committeeId: 'tva-program', kind: 'actual' });
      // It read only after the other import had committed: that one took number 1, this one 2.
      expect(summary.total).toBe(1250);
      expect((await listImports(db.kysely, 'annat-program'))[0]).toMatchObject({ importNo: 1 });
      expect((await listImports(db.kysely, 'tva-program'))[0]).toMatchObject({ importNo: 2 });
      expect(await exited).toBe(0);
    } finally {
      child.kill();
      await db.close();
    }
  });
});
