/**
 * Use case: import a SIE file (types 2-4; type 1's year balances alone are refused) into a
 * committee, all or nothing. Balances per (period, account, code) come from the vouchers where the file has them, else from #PSALDO;
 * #PBUDGET becomes the budget. A newer export of a fiscal year replaces that year's data; the
 * same file again changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { AmountRow } from '#core/figures.ts';
import type { SieLedger, SiePeriodAmount } from '#ledger/sie/index.ts';
import { readSie } from '#ledger/sie/index.ts';
import { listPeriodsWithData } from '#store/amounts.ts';
import { projectDimensionOf } from '#store/budget.ts';
import { saveAccounts, saveCommittee } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { claimImportNo, hasImported, latestImport, listFiscalYears, saveFiscalYears } from '#store/imports.ts';
import { beginJournal } from '#store/undo-journal.ts';
import { createVoucherStore, deleteOlderVouchers, olderVouchersMatch } from '#store/vouchers.ts';
import { InputError } from './errors.ts';
import { logImportAudited } from './import-audit.ts';
import { checkReportable } from './import-checks.ts';
import {
  addAreasForNewCodes,
  addToAmounts,
  checkCommitteeId,
  checkReadable,
  currentUser,
  DEFAULT_MATERIALITY,
  ensureCommittee,
  replaceAmounts,
  sha256Of,
} from './import-common.ts';
import { checkFiscalYears, checkNoMonthsLost } from './import-guards.ts';
import { checkOrganisation } from './import-organisation.ts';
import { describeLeftOut, monthWarnings, summarize, vouchersPerMonth, type YearOutcome } from './import-sie-summary.ts';

export interface SieImportOptions {
  committeeId: string;
  /** Object dimension that holds the responsibility codes (default 1, ansvar). */
  dimension?: number;
  /** Name of a committee the import creates (default: the file's #FNAMN, else the id). */
  committeeName?: string;
  /** Name in messages and the log (default: the file's base name). */
  fileName?: string;
  user?: string;
  /** Replace a fiscal year even where the file lacks months the database has (default: refuse). */
  allowRemovingMonths?: boolean;
  /** Import a file of another organisation than the committee's (default: refuse it). */
  replaceOrganisation?: boolean;
  /** Bytes read so far, called once per chunk. */
  onProgress?: (bytesRead: number) => void;
}

export interface SieImportSummary {
  committee: string;
  sieType: number | null;
  program: string | null;
  encoding: string;
  checksum: 'ok' | 'absent';
  fiscalYears: {
    index: number;
    start: string;
    end: string;
    /** The committee had no data of this fiscal year before. */
    newToCommittee?: boolean;
    /** Amounts (period, account, code) the year got from the file: actuals and budget. */
    actuals?: number;
    budgets?: number;
  }[];
  /** Vouchers per month of their date, ascending (a month that stops short shows here). */
  vouchersPerMonth?: { period: string; vouchers: number }[];
  counts: SieLedger['counts'] & { areasCreated: number };
  reconciliation: { accountsChecked: number; mismatches: { account: string; expected: number; computed: number }[] };
  warnings: { line: number; message: string }[];
  /** The object dimension read as responsibility codes. */
  dimension: number;
  /** The object dimension read as projects (the committee's, for investments); null: none. */
  projectDimension?: number | null;
  /** True when the file is the one imported last: nothing was changed. */
  unchanged: boolean;
  importId: string | null;
  sha256: string;
  fileName: string;
}

/** Thrown to roll the import back when the file turns out to be imported already. */
class Unchanged extends Error {
  constructor(readonly summary: SieImportSummary) {
    super('unchanged');
  }
}

/** Whether the latest import is this file, read the same way (the same dimensions for the codes and the projects). */
function sameImport(
  latest: { kind: string; sha256: string; summary: unknown } | null,
  sha256: string,
  dimension: number,
  projectDimension: number | null,
): boolean {
  if (latest?.kind !== 'sie' || latest.sha256 !== sha256) return false;
  const summary = latest.summary as { dimension?: number; projectDimension?: number | null };
  return (summary.dimension ?? 1) === dimension && (summary.projectDimension ?? null) === projectDimension;
}

const toRows = (rows: readonly SiePeriodAmount[]): AmountRow[] =>
  rows.map((r) => ({ period: r.period, account: r.account, code: r.object ?? '', amount: r.amount }));

export async function importSie(db: Db, path: string, options: SieImportOptions): Promise<SieImportSummary> {
  checkCommitteeId(options.committeeId);
  const fileName = options.fileName ?? basename(path);
  const committeeId = options.committeeId;
  const dimension = options.dimension ?? 1;
  await checkReadable(path, fileName);
  // The file imported last, again: known by its SHA-256 before it is read (0.14 s for 120 MB,
  // where reading it, storing it and rolling back took 4 s). A committee's first import skips this.
  const previous = await latestImport(db.kysely, committeeId);
  const projectDimension = await projectDimensionOf(db.kysely, committeeId);
  const known = previous?.kind === 'sie' ? await sha256Of(path) : null;
  if (previous && known !== null && sameImport(previous, known, dimension, projectDimension)) {
    const last = previous.summary as SieImportSummary;
    // Summaries stored before the dimension was recorded read it as 1, as sameImport does.
    return {
      ...last,
      dimension: last.dimension ?? 1,
      counts: { ...last.counts, areasCreated: 0 },
      unchanged: true,
      importId: null,
      fileName,
    };
  }
  // Otherwise the file is hashed as it is read (once).
  const hash = known === null ? createHash('sha256') : null;
  const importId = randomUUID();
  try {
    const done = await db.write(async (q, raw) => {
      const importNo = await claimImportNo(q, db.dialect);
      await beginJournal(q, committeeId, importNo);
      const { committee, created } = await ensureCommittee(q, committeeId, committeeId);
      const writer = createVoucherStore(raw, committeeId, importNo);
      /** Vouchers per month of the file's own vouchers. */
      const monthCounts = new Map<string, number>();
      let bytes = 0;
      async function* chunks() {
        for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
          hash?.update(chunk);
          bytes += chunk.length;
          options.onProgress?.(bytes);
          await writer.flush();
          yield chunk;
        }
      }
      const read = await readSie(
        chunks(),
        { dimension, fileName, ...(projectDimension !== null ? { projectDimension } : {}) },
        {
          voucher(v) {
            const month = v.date.slice(0, 7);
            monthCounts.set(month, (monthCounts.get(month) ?? 0) + 1);
            writer.add({
              series: v.series,
              number: v.number,
              date: v.date,
              text: v.text,
              transactions: v.transactions.map((t) => ({
                account: t.account,
                code: t.object ?? '',
                amount: t.amount,
                text: t.text,
                ...(t.project !== undefined ? { project: t.project } : {}),
              })),
            });
          },
        },
      );
      await writer.finish();
      const sha256 = hash?.digest('hex') ?? known ?? '';
      const perMonth = vouchersPerMonth(monthCounts);
      const summary = (areasCreated: number, unchanged: boolean) =>
        summarize(read, {
          perMonth,
          committee: committeeId,
          dimension,
          projectDimension,
          areasCreated,
          unchanged,
          importId: unchanged ? null : importId,
          sha256,
          fileName,
        });
      // An import file (type 4I, *.SI) may leave out #RAR (the reader allows it only there): its
      // vouchers add to the ledger instead of replacing a fiscal year, so the same file twice
      // must be caught among all earlier imports, not only the last.
      const additive = read.fiscalYears.length === 0;
      const seen = additive
        ? await hasImported(q, committeeId, 'sie', sha256)
        : sameImport(await latestImport(q, committeeId), sha256, dimension, projectDimension);
      if (seen) throw new Unchanged(summary(0, true));
      if (read.periodBalances.length === 0 && read.periodBudgets.length === 0 && read.counts.vouchers === 0) {
        throw new InputError(
          'filen har inga verifikationer (#VER), periodsaldon (#PSALDO) eller budgetar (#PBUDGET): det finns inget att läsa in. Är filen tom eller avkortad? Inget ändrades.',
          fileName,
        );
      }
      await checkFiscalYears(q, committee, created, read.fiscalYears, fileName);
      // What the committee had before: months that must not be lost, fiscal years that are not new.
      const knownStarts = new Set(created ? [] : (await listFiscalYears(q, committeeId)).map((y) => y.start));
      const knownPeriods = created ? [] : await listPeriodsWithData(q, committeeId);
      const current = read.fiscalYears.find((y) => y.index === 0) ?? read.fiscalYears[0];
      // A committee the import creates takes its fiscal year from the file's #RAR.
      const startMonth = created ? (current ? Number(current.start.slice(5, 7)) : 1) : committee.fiscalYearStartMonth;
      if (created) {
        await saveCommittee(q, {
          id: committeeId,
          name: options.committeeName?.trim() || read.companyName?.trim() || committeeId,
          materialityThreshold: DEFAULT_MATERIALITY,
          fiscalYearStartMonth: startMonth,
        });
      }
      await saveFiscalYears(q, committeeId, read.fiscalYears);
      await saveAccounts(q, committeeId, read.accounts);
      const objects = read.objects.filter((o) => o.dimension === dimension);
      if (objects.length === 0 && read.periodBalances.length > 0 && read.periodBalances.every((r) => r.object === null)) {
        read.warnings.push({
          line: 0,
          message: `filen har inga objekt i dimension ${dimension}, så allt utfall hamnar på "Ej fördelat". Är det rätt dimension för ansvar?`,
        });
      }
      const names = new Map(objects.map((o) => [o.id, o.name]));
      const used = new Set(read.periodBalances.map((r) => r.object ?? ''));
      for (const r of read.periodBudgets) used.add(r.object ?? '');
      const codes = [...objects.map((o) => o.id), ...[...used].filter((c) => c !== '' && !names.has(c))];
      await checkOrganisation(q, {
        committeeId,
        committeeName: committee.name,
        created,
        file: { orgNumber: read.orgNumber, name: read.companyName?.trim() || null },
        codes: new Set([...used].filter((c) => c !== '')),
        replace: options.replaceOrganisation === true,
        fileName,
      });
      const areasCreated = await addAreasForNewCodes(
        q,
        committeeId,
        codes.map((id) => ({ id, name: names.get(id) ?? id })),
      );

      if (additive) {
        await addToAmounts(q, committeeId, 'actual', toRows(read.periodBalances), importNo);
        await addToAmounts(q, committeeId, 'budget', toRows(read.periodBudgets), importNo);
      }
      // Replace, per fiscal year of the file, what the file holds for it.
      const years: YearOutcome[] = [];
      for (const fy of read.fiscalYears) {
        const from = fy.start.slice(0, 7);
        const to = fy.end.slice(0, 7);
        const inYear = (r: SiePeriodAmount) => r.period >= from && r.period <= to;
        const balances = read.periodBalances.filter(inYear);
        const budgets = read.periodBudgets.filter(inYear);
        years.push({
          start: fy.start,
          newToCommittee: !knownStarts.has(fy.start) && !knownPeriods.some((p) => p >= from && p <= to),
          actuals: balances.length,
          budgets: budgets.length,
        });
        if (balances.length > 0) {
          const periods = new Set(balances.map((r) => r.period));
          checkNoMonthsLost(knownPeriods, fy, periods, options.allowRemovingMonths === true, fileName);
          const rows = toRows(balances);
          await replaceAmounts(q, committeeId, 'actual', from, to, rows, importNo);
          const ownVouchers = [...monthCounts.keys()].some((m) => m >= from && m <= to);
          // A year the file gives only as #PSALDO (a later export's previous year) keeps the
          // vouchers imported for it while they still add up to its balances.
          if (ownVouchers || !(await olderVouchersMatch(q, committeeId, importNo, from, to, rows))) {
            const removed = await deleteOlderVouchers(q, committeeId, importNo, from, to);
            if (!ownVouchers && removed > 0) {
              read.warnings.push({
                line: 0,
                message: `räkenskapsåret ${fy.start} – ${fy.end} finns bara som saldon (#PSALDO) i filen, och de stämmer inte med de ${removed} verifikationer som lästes in för året tidigare: verifikationerna togs bort, så drill-down visar inga konteringar för året`,
              });
            }
          }
        }
        if (budgets.length > 0) await replaceAmounts(q, committeeId, 'budget', from, to, toRows(budgets), importNo);
      }
      if (!additive) read.warnings.push(...describeLeftOut(read, monthCounts, years));
      read.warnings.push(...monthWarnings(perMonth, startMonth));
      await checkReportable(q, committeeId, startMonth, fileName);
      const done = summary(areasCreated, false);
      done.fiscalYears = done.fiscalYears.map((fy) => {
        const { start: _start, ...outcome } = years.find((y) => y.start === fy.start) ?? { start: fy.start };
        return { ...fy, ...outcome };
      });
      await logImportAudited(
        q,
        {
          id: importId,
          importNo,
          committeeId,
          kind: 'sie',
          fileName,
          sha256,
          importedAt: new Date().toISOString(),
          user: options.user ?? currentUser(),
          fiscalYear: current?.start ?? null,
          summary: done,
        },
        { counts: done.counts, dimension, projectDimension: done.projectDimension ?? null },
      );
      return done;
    });
    // The rows of a replaced fiscal year were deleted: their space goes back (SQLite). The import
    // has committed: a failure here must not say otherwise (the next import reclaims it).
    await db.reclaimSpace().catch(() => {});
    return done;
  } catch (e) {
    if (e instanceof Unchanged) return e.summary;
    throw e;
  }
}
