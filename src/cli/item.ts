/** `uppfoljning item set|list|remove`: committee-level items of the forecast with their inputs. */

import { InputError } from '#app/errors.ts';
import { currentUser } from '#app/import-common.ts';
import { readItems, removeItem, setItem } from '#app/items.ts';
import { committeeItemJson } from '#contract/items.ts';
import { AmountInputError, parseAmountInput, parsePercentInput } from '#core/amount-input.ts';
import { formulaOf, type ItemInputs, isItemKind, sumFormula } from '#core/committee-items.ts';
import { type Command, type Values, withOptionNames } from './io.ts';

type Flag = 'salary-base' | 'preliminary-rate' | 'fixed-rate' | 'actual-rise' | 'compensated-rise' | 'amount';

function read<T>(values: Values, flag: Flag, parse: (s: string) => T, what: string): T {
  const text = values[flag];
  if (text === undefined) throw new InputError(`måste anges (${what})`, `--${flag}`);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof AmountInputError) throw new InputError(e.message, `--${flag}`);
    throw e;
  }
}

/** The one amount of an item: Swedish text, or whole öre through --ore. */
function amountOf(values: Values, flag: 'salary-base' | 'amount', what: string): number {
  if (values.ore !== undefined) {
    if (values[flag] !== undefined) throw new InputError(`ange antingen --${flag} eller --ore, inte båda`, '--ore');
    if (!/^[+-]?\d+$/.test(values.ore.trim())) throw new InputError(`"${values.ore}" är inget helt antal öre`, '--ore');
    const ore = Number(values.ore.trim());
    if (!Number.isSafeInteger(ore)) throw new InputError(`"${values.ore}" är för stort`, '--ore');
    return ore;
  }
  return read(values, flag, parseAmountInput, what);
}

function inputsOf(values: Values): ItemInputs {
  const kind = values.kind;
  if (!kind || !isItemKind(kind)) throw new InputError('måste vara po, salary-revision, grant eller pot', '--kind');
  const pct = (flag: Flag, what: string) => read(values, flag, parsePercentInput, what);
  if (kind === 'po')
    return {
      kind,
      salaryBase: amountOf(values, 'salary-base', 'lönesumman, t.ex. "100 mnkr"'),
      preliminaryRate: pct('preliminary-rate', 'preliminärt PO-påslag i procent, t.ex. "44,5"'),
      fixedRate: pct('fixed-rate', 'fastställt PO-påslag i procent, t.ex. "42,3"'),
    };
  if (kind === 'salary-revision')
    return {
      kind,
      salaryBase: amountOf(values, 'salary-base', 'lönesumman, t.ex. "100 mnkr"'),
      actualRise: pct('actual-rise', 'faktisk löneökning i procent, t.ex. "3,4"'),
      compensatedRise: pct('compensated-rise', 'kompenserad löneökning i procent, t.ex. "2,8"'),
    };
  return { kind, amount: amountOf(values, 'amount', 'beloppet, t.ex. "4,5 mnkr"') };
}

export async function itemCommand({ db, values, args, io }: Command): Promise<number> {
  const committee = values.committee;
  if (!committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (!values.period) throw new InputError('måste anges (ÅÅÅÅ-MM)', '--period');
  const [action] = args;
  const user = values.user ?? currentUser();
  if (action === 'set') {
    if (!values.key) throw new InputError('måste anges (postens nyckel, t.ex. "po-paslag")', '--key');
    const flags = {
      key: '--key',
      area: '--area',
      label: '--label',
      kind: '--kind',
      period: '--period',
      salaryBase: '--salary-base',
      preliminaryRate: '--preliminary-rate',
      fixedRate: '--fixed-rate',
      actualRise: '--actual-rise',
      compensatedRise: '--compensated-rise',
    };
    const change = {
      committeeId: committee,
      period: values.period,
      key: values.key,
      area: values.area ?? null,
      label: values.label ?? null,
      inputs: inputsOf(values),
    };
    const item = await withOptionNames(flags, () => setItem(db, change, user));
    if (values.json) io.out(`${JSON.stringify({ ...committeeItemJson(item), areaName: item.areaName }, null, 2)}\n`);
    else
      io.out(
        `${item.label} (${item.key}): ${formulaOf(item)}${item.areaName ? `, ingår i ${item.areaName}` : ', läggs till nämndens total'}.\n`,
      );
    return 0;
  }
  if (action === 'remove') {
    if (!values.key) throw new InputError('måste anges (postens nyckel)', '--key');
    await removeItem(db, committee, values.period, values.key, user);
    if (values.json) io.out(`${JSON.stringify({ removed: values.key })}\n`);
    else io.out(`Posten ${values.key} är borttagen från ${values.period}.\n`);
    return 0;
  }
  if (action !== undefined && action !== 'list') throw new InputError('skriv set, list eller remove', 'item');
  const r = await readItems(db, committee, values.period);
  if (values.json) {
    io.out(
      `${JSON.stringify({ period: r.period, readFrom: r.readFrom, poTotal: r.poTotal, items: r.items.map((i) => ({ ...committeeItemJson(i), areaName: i.areaName })) }, null, 2)}\n`,
    );
    return 0;
  }
  if (r.readFrom) io.out(`(${r.period} har inga egna poster än: posterna från ${r.readFrom} gäller.)\n`);
  for (const i of r.items) io.out(`${i.key}\t${i.kind ?? '-'}\t${i.areaName ?? 'nämnden'}\t${formulaOf(i)}\t${i.label}\n`);
  const po = r.items.filter((i) => i.group === 'po');
  if (po.length > 0) io.out(`PO och löneöversyn: ${sumFormula(po.map((i) => i.amount))}\n`);
  return 0;
}
