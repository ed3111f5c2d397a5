/** `uppfoljning kpi define|set|import|list`: key figures (nyckeltal) per area and month. */
import { basename } from 'node:path';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { defineKpi, importKpiValues, readKpis, setKpiValues } from '#app/kpis.ts';
import { type Command, withOptionNames } from './io.ts';

export async function kpiCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action, file] = args;
  const user = values.user ?? currentUser();
  const json = (x: unknown) => io.out(`${JSON.stringify(x, null, 2)}\n`);
  if (action === 'define') {
    if (!values.kpi) throw new InputError('måste anges (nyckeltalets id, t.ex. "placeringar-hvb")', '--kpi');
    if (!values.name) throw new InputError('måste anges (nyckeltalets namn)', '--name');
    const decimals = values.decimals === undefined ? 0 : Number(values.decimals);
    if (!/^\d$/.test(values.decimals ?? '0')) throw new InputError(`"${values.decimals}" är inget antal decimaler (0–3)`, '--decimals');
    const flags = { id: '--kpi', name: '--name', unit: '--unit', target: '--target', decimals: '--decimals' };
    const definition = { id: values.kpi, name: values.name, unit: values.unit ?? '', target: values.target ?? null, decimals };
    const d = await withOptionNames(flags, () => defineKpi(db, committee, definition, user));
    if (values.json) json(d);
    else io.out(`Nyckeltalet ${d.name} (${d.id}) är sparat${d.targetText ? `, mål ${d.targetText} ${d.unit}`.trimEnd() : ''}.\n`);
    return 0;
  }
  if (action === 'set') {
    if (!values.kpi) throw new InputError('måste anges (nyckeltalets id eller namn)', '--kpi');
    if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
    if (values.value === undefined) throw new InputError('måste anges (värdet, t.ex. "12,5"; tomt tar bort värdet)', '--value');
    // One value: name the option, not the entry of a list.
    const flags = { 'values.0.kpi': '--kpi', 'values.0.area': '--area', 'values.0.period': '--period', 'values.0.value': '--value' };
    const entry = { kpi: values.kpi, area: values.area ?? null, period: values.period, value: values.value };
    await withOptionNames(flags, () => setKpiValues(db, committee, [entry], user));
    if (values.json) json({ saved: 1 });
    else io.out(`Sparat: ${values.kpi}, ${values.area || 'nämnden'}, ${values.period}: ${values.value || '(borttaget)'}.\n`);
    return 0;
  }
  if (action === 'import') {
    if (!file) throw new InputError('ange filen som ska läsas in (kolumnerna nyckeltal;område;period;värde)', 'FILE');
    const saved = await importKpiValues(db, committee, file, basename(file), user);
    if (values.json) json({ saved, fileName: basename(file) });
    else io.out(`${saved} värden inlästa från ${basename(file)}.\n`);
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv define, set, import eller list', 'kpi');
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM: räkenskapsårets månader till och med den)', '--period');
  const table = await readKpis(db, committee, values.period, values.area);
  if (values.json) {
    json(table);
    return 0;
  }
  const areaName = new Map(table.areas.map((a) => [a.id, a.name]));
  for (const d of table.definitions) {
    io.out(`${d.name} (${d.id})${d.unit ? `, ${d.unit}` : ''}${d.targetText ? `, mål ${d.targetText}` : ''}\n`);
    for (const v of table.values.filter((x) => x.kpi === d.id))
      io.out(`  ${v.period}\t${v.area ? (areaName.get(v.area) ?? v.area) : 'Nämnden'}\t${v.text}\n`);
  }
  return 0;
}
