/** `uppfoljning template show|set|logo|reset`: a committee's report template. */
import { readFileSync } from 'node:fs';
import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { readTemplate, removeTemplateLogo, resetTemplate, saveTemplate, setTemplateLogo } from '#app/templates.ts';
import type { TemplateJson } from '#contract/templates.ts';
import { tkrText } from '#core/format.ts';
import type { Command } from './io.ts';

export async function templateCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  const [action, file] = args;
  const user = values.user ?? currentUser();
  const show = (t: TemplateJson) => {
    if (values.json) io.out(`${JSON.stringify(t, null, 2)}\n`);
    else io.out(describe(t));
    return 0;
  };
  if (action === undefined || action === 'show') return show(await readTemplate(db, committee));
  if (action === 'set') {
    if (!values.file) throw new InputError('måste anges (mallen som JSON, t.ex. från "template show --json")', '--file');
    const { template, version } = templateFile(values.file);
    const stored = (await readTemplate(db, committee)).version;
    const from = values.version !== undefined ? versionOption(values.version) : (version ?? stored);
    return show(await saveTemplate(db, committee, { template, version: from }, user));
  }
  if (action === 'logo') {
    if (values.remove) return show(await removeTemplateLogo(db, committee, user));
    if (!file) throw new InputError('ange bildfilen (PNG eller JPEG, högst 512 kB)', 'FILE');
    if (!values.alt) throw new InputError('måste anges (logotypens textalternativ, t.ex. "Exempelkommuns logotyp")', '--alt');
    const base64 = readFileSync(file).toString('base64');
    return show(await setTemplateLogo(db, committee, { base64, alt: values.alt }, user));
  }
  if (action === 'reset') return show(await resetTemplate(db, committee, user));
  throw new InputError('skriv show, set, logo eller reset', 'template');
}

function versionOption(text: string): number {
  if (!/^\d+$/.test(text)) throw new InputError(`"${text}" är ingen version (0, 1, 2, …)`, '--version');
  return Number(text);
}

/** The template of a file: the output of `template show --json` (with its version), or the template alone. */
function templateFile(path: string): { template: unknown; version: number | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(`kan inte läsas som JSON (${(e as Error).message})`, path);
  }
  if (parsed && typeof parsed === 'object' && 'template' in parsed) {
    const whole = parsed as { template: unknown; version?: unknown };
    return { template: whole.template, version: typeof whole.version === 'number' ? whole.version : null };
  }
  return { template: parsed, version: null };
}

function describe(t: TemplateJson): string {
  const chartName = new Map(t.choices.charts.map((c) => [c.key, c.name]));
  const kpiName = new Map(t.choices.kpis.map((k) => [k.id, k.name]));
  const lines = [
    `Rapportmall för ${t.committeeName}${t.isDefault ? ' (standardmallen)' : ''}, version ${t.version}`,
    'Avsnitt:',
    ...t.template.sections.map((s, i) => `  ${i + 1}. ${s.title} (${s.key})`),
    `Kommun på försättsbladet: ${t.template.cover.municipality || '(ingen)'}`,
    `Logotyp: ${t.logo ? `${t.logo.mediaType}, ${Math.ceil(t.logo.bytes / 1024)} kB, "${t.logo.alt}"` : '(ingen)'}`,
    `Diagram: ${t.template.charts.map((c) => chartName.get(c) ?? c).join(', ') || '(inga)'}`,
    `Nyckeltal: ${t.template.kpis === 'all' ? 'alla' : t.template.kpis.map((k) => kpiName.get(k) ?? k).join(', ') || '(inga)'}`,
    `Väsentlighetsgräns: ${tkrText(t.materialityThreshold)}`,
  ];
  return `${lines.join('\n')}\n`;
}
