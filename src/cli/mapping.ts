/** `uppfoljning mapping list|set|import --committee ID …` and `uppfoljning drill …` */
import { drillAccount, drillArea } from '#app/drilldown.ts';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { importMapping, listMapping, setMapping } from '#app/mapping.ts';
import { formatMoney } from '#core/format.ts';
import type { Command } from './io.ts';

export async function mappingCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action, file] = args;
  if (action === 'set') {
    if (!values.code) throw new InputError('måste anges (ansvarskoden)', '--code');
    const r = await setMapping(db, committee, [{ code: values.code, area: values.area ?? null }], values.user ?? currentUser());
    // Name the area as mapped (the area given may have been an id or a name).
    const mapped = r.mapped[0];
    const where = mapped?.areaId ? `${mapped.areaName ?? mapped.areaId} (${mapped.areaId})` : 'inget område (Ej fördelat)';
    io.out(`Ansvar ${mapped?.code ?? values.code} → ${where}${r.areasCreated ? ', ett nytt område' : ''}.\n`);
    return 0;
  }
  if (action === 'import') {
    if (!file) throw new InputError('ange mappningsfilen som ska läsas in', 'FILE');
    const r = await importMapping(db, committee, file, values.user ?? currentUser());
    io.out(`${r.codes} ansvar mappade, ${r.areasCreated} nya områden.\n`);
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv list, set eller import', 'mapping');
  const rows = await listMapping(db, committee);
  if (values.json) io.out(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const r of rows) io.out(`${r.code}\t${r.name}\t${r.areaId ?? '-'}\t${r.areaName ?? 'Ej fördelat'}\n`);
  return 0;
}

export async function drillCommand({ db, values, io }: Command): Promise<number> {
  if (!values.committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  if (!values.area) throw new InputError('måste anges (områdets id)', '--area');
  const m = (x: number) => formatMoney(x, 'tkr', { signed: true, space: ' ' });
  if (values.account) {
    const r = await drillAccount(db, values.committee, values.period, values.area, values.account);
    if (values.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
    else {
      for (const v of r.vouchers)
        io.out(`${v.date}\t${v.series} ${v.number}\t${v.code}\t${formatMoney(v.amount, 'kr', { decimals: 2, space: ' ' })}\t${v.text}\n`);
      io.out(
        `${r.vouchers.length} transaktioner${r.complete ? '' : ' (fler finns)'}, summa ${formatMoney(r.total, 'kr', { decimals: 2, space: ' ' })}\n`,
      );
    }
    return 0;
  }
  const r = await drillArea(db, values.committee, values.period, values.area);
  if (values.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
  else {
    io.out(`${r.area.name}: resultat ${m(r.actualResult)}, budget ${m(r.budgetResult)}, avvikelse ${m(r.deviation)}\n`);
    for (const g of r.groups) {
      io.out(`  ${g.name}: avvikelse ${m(g.deviation)}\n`);
      for (const a of g.accounts)
        io.out(`    ${a.account} ${a.name}: resultat ${m(a.actualResult)}, budget ${m(a.budgetResult)}, avvikelse ${m(a.deviation)}\n`);
    }
  }
  return 0;
}
