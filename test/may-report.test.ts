/**
 * May's report made in the product, end to end over the CLI (as a controller and an area manager
 * would, or a script for them): May's ledger comes in as a sheet, the period starts from April's
 * texts (marked copied) and items, the area manager writes the comment, action and forecast with
 * its comment, the controller the summaries, a KS decision, the PO item with this month's rates and
 * a key figure; May's report carries each of them, and April's report is exactly as it was.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '#app/database.ts';
import { main } from '#cli/main.ts';
import type { ReportJson } from '#contract/index.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('May 2025 in the product', () => {
  const dir = mkdtempSync(join(tmpdir(), 'uppf-may-'));
  const db = join(dir, 'maj.sqlite');
  const c = ['--db', db, '--committee', 'socialnamnden'];
  const may = [...c, '--period', '2025-05'];
  const report = async (period: string) => JSON.parse((await run('report', ...c, '--period', period)).out) as ReportJson;
  let april: ReportJson;

  beforeAll(async () => {
    expect((await run('demo', '--db', db)).code).toBe(0);
    april = await report('2025-04');
    // May's ledger as the ledger system's sheet: April's movement again, 3 % more on purchases.
    const d = await openDatabase({ file: db });
    const rows = await d.kysely
      .selectFrom('ledger_balances')
      .selectAll()
      .where('committee_id', '=', 'socialnamnden')
      .where('period', '=', '2025-04')
      .execute();
    await d.close();
    const lines = rows
      .filter((r) => /^[3-8]/.test(r.account) && r.code !== '')
      .map(
        (r) =>
          `2025-05;${r.code};${r.account};${((r.account.startsWith('46') ? Math.round(r.amount * 1.03) : r.amount) / 100).toFixed(2).replace('.', ',')}`,
      );
    writeFileSync(join(dir, 'maj.csv'), `period;ansvar;konto;belopp\n${lines.join('\n')}\n`);
  });

  it('imports May, starts from April and ends with every input in May only', async () => {
    const imported = await run('import', 'table', join(dir, 'maj.csv'), ...c, '--kind', 'actual', '--user', 'controller');
    expect(imported.code, imported.err).toBe(0);

    const start = await report('2025-05');
    const rek = (r: ReportJson) => r.areas.find((a) => a.code === 'rekrytering');
    expect(rek(start)?.texts.find((t) => t.kind === 'comment')).toMatchObject({ state: 'copied', copiedFrom: '2025-04' });
    expect(start.total.committeeItems.map((i) => i.key).sort()).toEqual(april.total.committeeItems.map((i) => i.key).sort());
    expect(rek(start)?.forecastHistory.map((f) => f.period)).toContain('2025-04');

    // The area manager.
    const manager = [...may, '--user', 'enhetschef', '--area', 'rekrytering'];
    expect((await run('text', 'set', ...manager, '--kind', 'comment', '--text', 'Färre köpta jourhem i maj.')).code).toBe(0);
    expect((await run('text', 'set', ...manager, '--kind', 'action', '--text=- Rekryteringskampanj\n- Fler egna jourhem')).code).toBe(0);
    const forecast = await run('forecast', 'set', ...manager, '--deviation', '+5,4 mnkr', '--comment', 'Fortsatt lägre köp.');
    expect(forecast.code, forecast.err).toBe(0);
    // The controller.
    const controller = [...may, '--user', 'controller'];
    expect((await run('text', 'set', ...controller, '--kind', 'summary', '--text', 'Maj följer april.')).code).toBe(0);
    expect((await run('text', 'set', ...controller, '--kind', 'ks-summary', '--text', 'Resultatet är stabilt.')).code).toBe(0);
    const decision = await run(
      'decision',
      'add',
      ...c,
      '--body',
      'KS',
      '--date',
      '2025-05-12',
      '--ref',
      '§ 88',
      '--text',
      'utöka ramen för boende',
      '--amount',
      '120 tkr',
      '--area',
      'boende',
    );
    expect(decision.code, decision.err).toBe(0);
    const po = await run(
      'item',
      'set',
      ...controller,
      '--key',
      'po-paslag',
      '--kind',
      'po',
      '--area',
      'overgripande',
      '--label',
      'PO-påslag',
      '--salary-base',
      '100 mnkr',
      '--preliminary-rate',
      '44,5',
      '--fixed-rate',
      '42,0',
    );
    expect(po.code, po.err).toBe(0);
    const kpiId = 'placeringar-hvb';
    expect((await run('kpi', 'set', ...controller, '--kpi', kpiId, '--area', 'rekrytering', '--value', '12')).code).toBe(0);

    const done = await report('2025-05');
    expect(
      rek(done)
        ?.texts.filter((t) => t.kind !== 'forecast-comment')
        .map((t) => [t.kind, t.state, t.updatedBy]),
    ).toEqual([
      ['comment', 'written', 'enhetschef'],
      ['action', 'written', 'enhetschef'],
    ]);
    expect(rek(done)).toMatchObject({ forecastDeviation: 540_000_000, forecastComment: 'Fortsatt lägre köp.' });
    expect(done.committeeTexts.find((t) => t.kind === 'summary')).toMatchObject({ state: 'written', body: 'Maj följer april.' });
    expect(done.budgetDecisions.map((d) => d.ref)).toContain('§ 88');
    // 100 mnkr × (44,5 % − 42,0 %) = 2,5 mnkr.
    expect(done.total.committeeItems.find((i) => i.key === 'po-paslag')?.result).toBe(250_000_000);
    expect(done.kpis.find((k) => k.id === kpiId)?.values).toContainEqual(
      expect.objectContaining({ area: 'rekrytering', period: '2025-05', value: 12 }),
    );
    const html = await run('report', ...may, '--format', 'html');
    expect(html.code, html.err).toBe(0);
    for (const text of [
      'Färre köpta jourhem i maj.',
      'Rekryteringskampanj',
      'Maj följer april.',
      'Resultatet är stabilt.',
      'Fortsatt lägre köp.',
    ])
      expect(html.out).toContain(text);
    // The PO item with May's rates, written with its computation: 2,5 − 0,6 = 1,9 mnkr.
    expect(html.out.replace(/<[^>]+>/g, '')).toMatch(/fått 2,5\s−\s0,6\s=\s1,9\smnkr för mycket/);

    // Nothing typed for May changed April.
    expect(await report('2025-04')).toEqual(april);
  });
});
