/**
 * Warnings about #PSALDO and #PBUDGET: rows that disagree with the vouchers, and a meaning of the
 * empty object list `{}` that nothing in the file could confirm.
 */
import type { ReadContext } from './context.ts';
import { nameObjects } from './notices.ts';
import { deriveGroup, type Group, groupTotal, type PsaldoMode } from './psaldo.ts';
import { NO_OBJECTS } from './tables.ts';
import { periodText } from './tokenizer.ts';
import { formatOre } from './vouchers.ts';

/**
 * Compares a #PSALDO group (month and account) with the vouchers' sums per object (`ver`): first
 * the total, naming the objects of the rows if they have any; when it agrees, each object of the
 * chosen dimension.
 */
export function crossCheck(ctx: ReadContext, g: Group, mode: PsaldoMode, ver: Map<number, number> = new Map()): void {
  const id = ctx.accounts.strings[g.account]!;
  const period = periodText(g.month);
  const fromRows = groupTotal(g, mode);
  let fromVer = 0;
  for (const s of ver.values()) fromVer += s;
  if (fromRows !== fromVer) {
    const objects = new Set<number>();
    for (const row of g.tagged) for (let i = 1; i < row.list.length; i += 2) objects.add(row.list[i]!);
    const which = objects.size > 0 ? ` (objekt på raderna: ${nameObjects(ctx, objects)})` : '';
    ctx.warn(
      `#PSALDO ${period} konto ${id}${which}: ${formatOre(fromRows)}, men verifikationerna ger ${formatOre(fromVer)}`,
      g.line,
      '#PSALDO som inte stämmer med verifikationerna',
    );
    return;
  }
  if (!g.tagged.some((r) => r.list.some((v, i) => i % 2 === 0 && v === ctx.dimension))) return;
  const derived = new Map<number, number>();
  deriveGroup(g, mode, ctx.dimension, (o, amount) => derived.set(o, (derived.get(o) ?? 0) + amount));
  for (const o of new Set([...derived.keys(), ...ver.keys()])) {
    const a = derived.get(o) ?? 0;
    const b = ver.get(o) ?? 0;
    if (a === b) continue;
    const obj = o === NO_OBJECTS ? 'utan objekt' : `objekt ${ctx.objects.strings[o]}`;
    ctx.warn(
      `#PSALDO ${period} konto ${id} ${obj}: ${formatOre(a)}, men verifikationerna ger ${formatOre(b)}`,
      g.line,
      '#PSALDO per objekt som inte stämmer med verifikationerna',
    );
  }
}

/**
 * When nothing in the file could tell whether `{}` is the account total or the remainder (no
 * vouchers, #RES or #UB to reconcile with) and the reading changes a figure (a `{}` row beside
 * object rows that do not sum to zero), warns that `{}` was read as the total.
 */
export function uncheckedEmptyList(ctx: ReadContext, groups: [Group[], string][]): void {
  for (const [list, what] of groups) {
    const g = list.find((x) => x.empty !== null && groupTotal(x, 'total') !== groupTotal(x, 'remainder'));
    if (!g) continue;
    ctx.warn(
      `innebörden av tom objektlista {} i ${what} kunde inte kontrolleras: inga verifikationer, #RES eller #UB i filen bekräftar den; raderna med {} läses som kontots totalbelopp, inte som resten utan objekt`,
      g.line,
    );
    return;
  }
}
