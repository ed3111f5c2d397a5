/**
 * The item form's fields and their reading: what is typed is read with the core's amount and
 * percentage parsers (the same the CLI uses), each field with its own Swedish message.
 */
import type { ItemBody, ItemView } from '#contract/index.ts';
import { AmountInputError, formatRate, parseAmountInput, parsePercentInput } from '#core/amount-input.ts';
import { type ItemInputs, type ItemKind, itemFormula } from '#core/committee-items.ts';
import { formatMoney } from '#core/format.ts';

export type FieldName =
  | 'key'
  | 'label'
  | 'area'
  | 'salaryBase'
  | 'preliminaryRate'
  | 'fixedRate'
  | 'actualRise'
  | 'compensatedRise'
  | 'amount';

export interface ItemFormValues {
  kind: ItemKind;
  key: string;
  label: string;
  /** '' = the committee. */
  area: string;
  salaryBase: string;
  preliminaryRate: string;
  fixedRate: string;
  actualRise: string;
  compensatedRise: string;
  amount: string;
}

export const EMPTY_FORM: ItemFormValues = {
  kind: 'po',
  key: '',
  label: '',
  area: '',
  salaryBase: '',
  preliminaryRate: '',
  fixedRate: '',
  actualRise: '',
  compensatedRise: '',
  amount: '',
};

export const FIELD_LABELS: Record<FieldName, string> = {
  key: 'Nyckel',
  label: 'Benämning',
  area: 'Område',
  salaryBase: 'Lönesumma',
  preliminaryRate: 'Preliminärt PO-påslag, %',
  fixedRate: 'Fastställt PO-påslag, %',
  actualRise: 'Faktisk löneökning, %',
  compensatedRise: 'Kompenserad löneökning, %',
  amount: 'Belopp',
};

/** The inputs each kind asks for. */
export const KIND_FIELDS: Record<ItemKind, FieldName[]> = {
  po: ['salaryBase', 'preliminaryRate', 'fixedRate'],
  'salary-revision': ['salaryBase', 'actualRise', 'compensatedRise'],
  grant: ['amount'],
  pot: ['amount'],
};

const kronor = (ore: number) => formatMoney(ore, 'kr', { decimals: ore % 100 === 0 ? 0 : 2, space: ' ' });

/** The form filled with an item, to change it. */
export function formOf(item: ItemView): ItemFormValues {
  const i = item.inputs;
  const text = (n: number | undefined, rate: boolean) => (n === undefined ? '' : rate ? formatRate(n) : kronor(n));
  return {
    kind: item.kind ?? 'grant',
    key: item.key,
    label: item.label,
    area: item.area ?? '',
    salaryBase: text(i.salaryBase, false),
    preliminaryRate: text(i.preliminaryRate, true),
    fixedRate: text(i.fixedRate, true),
    actualRise: text(i.actualRise, true),
    compensatedRise: text(i.compensatedRise, true),
    amount: item.kind === null ? kronor(item.result) : text(i.amount, false),
  };
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** The body to send, or the errors by field. */
export function readForm(v: ItemFormValues): { body: ItemBody; inputs: ItemInputs } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const read = <T>(field: FieldName, parse: (s: string) => T, missing: string): T | undefined => {
    const text = v[field].trim();
    if (text === '') {
      errors[field] = missing;
      return undefined;
    }
    try {
      return parse(text);
    } catch (e) {
      if (e instanceof AmountInputError) errors[field] = e.message;
      else throw e;
      return undefined;
    }
  };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.key.trim()))
    errors.key =
      v.key.trim() === '' ? 'Skriv en nyckel, t.ex. "po-paslag".' : 'Nyckeln får bara ha a–z, siffror och bindestreck, t.ex. "po-paslag".';
  if (v.label.length > 200) errors.label = 'Benämningen får vara högst 200 tecken.';
  const amount = (f: FieldName) => read(f, parseAmountInput, `Skriv ${f === 'salaryBase' ? 'lönesumman' : 'beloppet'}, t.ex. "100 mnkr".`);
  const rate = (f: FieldName) => read(f, parsePercentInput, 'Skriv procentsatsen, t.ex. "44,5".');
  let inputs: ItemInputs | undefined;
  if (v.kind === 'po') {
    const [salaryBase, preliminaryRate, fixedRate] = [amount('salaryBase'), rate('preliminaryRate'), rate('fixedRate')];
    if (salaryBase !== undefined && preliminaryRate !== undefined && fixedRate !== undefined)
      inputs = { kind: 'po', salaryBase, preliminaryRate, fixedRate };
  } else if (v.kind === 'salary-revision') {
    const [salaryBase, actualRise, compensatedRise] = [amount('salaryBase'), rate('actualRise'), rate('compensatedRise')];
    if (salaryBase !== undefined && actualRise !== undefined && compensatedRise !== undefined)
      inputs = { kind: 'salary-revision', salaryBase, actualRise, compensatedRise };
  } else {
    const a = amount('amount');
    if (a !== undefined) inputs = { kind: v.kind, amount: a };
  }
  if (inputs && inputs.kind !== 'grant' && inputs.kind !== 'pot' && inputs.salaryBase <= 0)
    errors.salaryBase = 'Lönesumman ska vara större än noll.';
  if (!inputs || Object.keys(errors).length > 0) return { errors };
  const common = { area: v.area === '' ? null : v.area, label: v.label.trim() || null };
  return { body: { ...common, ...inputs } as ItemBody, inputs };
}

/** The computation as it would be saved, while typing ("100,0 mnkr × (44,5 % − 42,3 %) = 2,2 mnkr"); null until it reads. */
export function previewOf(v: ItemFormValues): string | null {
  const r = readForm({ ...v, key: v.key || 'x' });
  return 'inputs' in r ? itemFormula(r.inputs) : null;
}
