#!/usr/bin/env node
// Launcher for the `uppfoljning` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
// Quiet exit when the reader goes away (uppfoljning … | head).
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
