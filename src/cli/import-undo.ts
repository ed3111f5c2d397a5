/** `uppfoljning import undo ID [--committee ID]` and `uppfoljning import log --committee ID`. */
import { readImportLog } from '#app/committees.ts';
import { InputError } from '#app/errors.ts';
import { committeeOf, undoImport } from '#app/undo-import.ts';
import type { Command } from './io.ts';

export async function undoCommand({ db, values, args, io }: Command): Promise<number> {
  const id = args[1];
  if (!id) throw new InputError('ange importens id (se "uppfoljning import log --committee ID")', 'ID');
  const committee = values.committee ?? (await committeeOf(db, id));
  const u = await undoImport(db, committee, id, values.user ? { user: values.user } : {});
  if (values.json) io.out(`${JSON.stringify(u, null, 2)}\n`);
  else io.out(`Import ${u.importNo} (${u.fileName}) till ${u.committee} är ångrad: bokföringen är som före importen.\n`);
  return 0;
}

export async function logCommand({ db, values, io }: Command): Promise<number> {
  if (!values.committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const entries = await readImportLog(db, values.committee);
  if (values.json) {
    io.out(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  for (const e of entries) {
    const state = e.undoneAt ? `ångrad ${e.undoneAt} av ${e.undoneBy}` : e.undoable ? 'kan ångras' : '';
    io.out(`${e.importNo}\t${e.id}\t${e.importedAt}\t${e.kind}\t${e.fileName}\t${e.user}${state ? `\t${state}` : ''}\n`);
  }
  return 0;
}
