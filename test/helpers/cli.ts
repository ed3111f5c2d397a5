/** Runs the `uppfoljning` command in-process on one database file, collecting its output and exit code. */
import { main } from '#cli/main.ts';

export function cliRunner(dbFile: string) {
  return async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await main([...args, '--db', dbFile], { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };
}
