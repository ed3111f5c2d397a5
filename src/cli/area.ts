/** `uppfoljning area list|set|remove --committee ID [--area ID] [--name N] [--short-name S] [--order N]` */
import { listCommitteeAreas, removeArea, setArea } from '#app/areas.ts';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import type { Command } from './io.ts';

function order(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(text.trim())) throw new InputError(`"${text}" är inget heltal`, '--order');
  return Number(text);
}

export async function areaCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action = 'list'] = args;
  if (action === 'set' || action === 'remove') {
    if (!values.area) throw new InputError('måste anges (områdets id)', '--area');
    if (action === 'remove') {
      await removeArea(db, committee, values.area, values.user ?? currentUser());
      io.out(`Området ${values.area} är borttaget.\n`);
      return 0;
    }
    const a = await setArea(
      db,
      committee,
      {
        id: values.area,
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values['short-name'] !== undefined ? { shortName: values['short-name'] } : {}),
        ...(values.order !== undefined ? { sortOrder: order(values.order) } : {}),
      },
      values.user ?? currentUser(),
    );
    if (values.json) io.out(`${JSON.stringify(a, null, 2)}\n`);
    else io.out(`${a.id}: ${a.name}${a.shortName ? ` (kortnamn ${a.shortName})` : ''}, ordning ${a.sortOrder}.\n`);
    return 0;
  }
  if (action !== 'list') throw new InputError('skriv list, set eller remove', 'area');
  const areas = await listCommitteeAreas(db, committee);
  if (values.json) io.out(`${JSON.stringify(areas, null, 2)}\n`);
  else for (const a of areas) io.out(`${a.id}\t${a.name}\t${a.shortName ?? '-'}\t${a.sortOrder}\t${a.codes.join(',')}\n`);
  return 0;
}
