/** `npm run bench -- NAME`: runs one benchmark from bench/NAME.ts. */
import { readdirSync } from 'node:fs';

const name = process.argv[2];
const available = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME   (one of: ${available.join(', ')})`);
  process.exit(2);
}
// The benchmark sees its own arguments only: npm run bench -- sie-parse FILE → argv FILE.
process.argv.splice(2, 1);
await import(`./${name}.ts`);
