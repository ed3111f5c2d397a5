/** `uppfoljning import sie|table FILE --committee ID …` */
import { InputError } from '#app/errors.ts';
import { importSie } from '#app/import-sie.ts';
import { importTable } from '#app/import-table.ts';
import { formatMoney } from '#core/format.ts';
import { logCommand, undoCommand } from './import-undo.ts';
import type { Command } from './io.ts';

export async function importCommand({ db, values, args, io }: Command): Promise<number> {
  const [format, file] = args;
  if (format === 'undo') return undoCommand({ db, values, args, io });
  if (format === 'log') return logCommand({ db, values, args, io });
  if (format !== 'sie' && format !== 'table')
    throw new InputError('skriv "import sie FILE", "import table FILE", "import undo ID" eller "import log"', 'import');
  if (!file) throw new InputError('ange filen som ska läsas in', 'FILE');
  if (!values.committee) throw new InputError('måste anges (nämndens id)', '--committee');
  if (format === 'sie') {
    const dimension = values.dimension === undefined ? 1 : Number(values.dimension);
    if (!Number.isInteger(dimension) || dimension < 1)
      throw new InputError(`"${values.dimension}" är inget dimensionsnummer (ett heltal från 1; 1 = ansvar)`, '--dimension');
    const s = await importSie(db, file, {
      committeeId: values.committee,
      dimension,
      allowRemovingMonths: values['allow-removing-months'] === true,
      replaceOrganisation: values['replace-organisation'] === true,
      ...(values.user ? { user: values.user } : {}),
      ...(values.name ? { committeeName: values.name } : {}),
    });
    if (values.json) {
      io.out(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    if (s.unchanged) {
      io.out(`${s.fileName} är redan inläst (samma fil, SHA-256 ${s.sha256.slice(0, 12)}…): inget ändrades.\n`);
      return 0;
    }
    const c = s.counts;
    io.out(
      `Inläst ${s.fileName} i ${s.committee}: SIE ${s.sieType ?? '?'} från ${s.program ?? 'okänt program'}, teckenkodning ${s.encoding}, kontrollsumma ${s.checksum === 'ok' ? 'ok' : 'saknas'}.\n` +
        `${c.accounts} konton, ${c.objects} objekt, ${c.vouchers} verifikationer, ${c.transactions} transaktioner, ` +
        `${c.periodBalances} periodsaldon, ${c.periodBudgets} periodbudgetar, ${c.areasCreated} nya områden.\n` +
        `Avstämning: ${s.reconciliation.accountsChecked} konton kontrollerade, ${s.reconciliation.mismatches.length} avvikelser.\n`,
    );
    for (const y of s.fiscalYears) {
      io.out(
        `Räkenskapsår ${y.start} – ${y.end}${y.newToCommittee ? ' (nytt för nämnden)' : ''}: ` +
          `${count(y.actuals ?? 0, 'utfallsbelopp', 'utfallsbelopp')}, ${count(y.budgets ?? 0, 'budgetbelopp', 'budgetbelopp')}.\n`,
      );
    }
    if (s.vouchersPerMonth?.length) {
      io.out(
        `Verifikationer per månad: ${s.vouchersPerMonth.map((m) => `${m.period} ${m.vouchers.toLocaleString('sv-SE')}`).join(', ')}.\n`,
      );
    }
    for (const m of s.reconciliation.mismatches.slice(0, 20)) {
      io.out(
        `  konto ${m.account}: filen anger ${formatMoney(m.expected, 'kr', { decimals: 2 })}, beräknat ${formatMoney(m.computed, 'kr', { decimals: 2 })}\n`,
      );
    }
    for (const w of s.warnings.slice(0, 50)) io.out(`  varning${w.line ? ` rad ${w.line}` : ''}: ${w.message}\n`);
    if (s.warnings.length > 50) io.out(`  … och ${s.warnings.length - 50} varningar till (se --json)\n`);
    return 0;
  }
  const kind = values.kind;
  if (kind !== 'actual' && kind !== 'budget') throw new InputError('ska vara actual (utfall) eller budget', '--kind');
  const s = await importTable(db, file, {
    committeeId: values.committee,
    kind,
    ...(values.name ? { committeeName: values.name } : {}),
    ...(values.user ? { user: values.user } : {}),
  });
  if (values.json) io.out(`${JSON.stringify(s, null, 2)}\n`);
  else if (s.unchanged) io.out(`${s.fileName} är redan inläst: inget ändrades.\n`);
  else {
    const first = s.periods[0] ?? '';
    const last = s.periods.at(-1) ?? '';
    const periods = first === last ? `period ${first}` : `perioder ${first}–${last}`;
    const r = s.replaced;
    const kr = (ore: number) => formatMoney(ore, 'kr', { decimals: 2 });
    io.out(
      `Inläst ${s.fileName} (${kind === 'actual' ? 'utfall' : 'budget'}) i ${s.committee}: ${count(s.rows, 'rad', 'rader')}, ` +
        `${s.counts.amounts} belopp på ${s.counts.codes} ansvar, ${periods}, summa ${kr(s.total)}.\n` +
        `Ersatt: ${count(r.pairs, 'par', 'par')} (period, ansvar) i ${count(r.periods.length, 'period', 'perioder')} (${r.periods.join(', ')}) ` +
        `på ${count(r.codes.length, 'ansvar', 'ansvar')} (${r.codes.slice(0, 20).join(', ')}${r.codes.length > 20 ? ', …' : ''}); ` +
        `summa före ${kr(r.before)}, efter ${kr(r.after)}. Andra ansvar i perioderna är orörda.\n` +
        (r.postingsRemoved > 0
          ? `${count(r.postingsRemoved, 'kontering', 'konteringar')} på paren togs bort (drill-down visar dem inte längre).\n`
          : ''),
    );
  }
  return 0;
}

/** "1 rad", "2 rader" */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
