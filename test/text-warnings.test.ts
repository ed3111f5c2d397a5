/**
 * Text warnings end to end on SQLite and PostgreSQL, on the demo with its real figures, through
 * the app (loadTextWarnings) and the HTTP API (the texts' answers and the report JSON): the demo's
 * April action "har inletts i augusti"; the seed's sentences with amounts match the figures they
 * speak of (no warning); an amount no figure matches names the nearest; a text unchanged while the
 * deviation moved more than the threshold (the demo's March); a save with warnings is never refused.
 */
import { describe, expect, it } from 'vitest';
import { loadTextWarnings } from '#app/text-warnings.ts';
import type { ReportJson, TextList, TextWarning, TextWithHistory } from '#contract/index.ts';
import { TEST_DATABASES } from './helpers/databases.ts';
import { testServerSuite } from './helpers/server.ts';

const base = '/api/committees/socialnamnden';
const brief = (ws: readonly TextWarning[]) => ws.map((w) => [w.area, w.kind, w.type, w.phrase]);

/** Sentences of the seed report (shared/seed, April 2025) that quote the figures of their area. */
const SEED_AMOUNTS: [area: string | null, kind: string, body: string][] = [
  [
    'utredning-barn',
    'comment',
    'Köpen avviker med +1 mnkr. Personalkostnader avviker negativt med -0,2 mnkr, vilket beror på utbetalning av lönetillägg i januari.',
  ],
  ['rekrytering', 'comment', 'Köp av konsultentstödda jourhem har en positiv avvikelse på 2,3 mnkr. Personalkostnader avviker med 1 mnkr.'],
  ['familjehem', 'comment', 'Kostnader för placeringar är något högre än förväntat och avviker mot budget med –2,5 mnkr.'],
  [
    'utredning-vuxen',
    'forecast-comment',
    'Enheten har 11 jourlägenheter som inte är budgeterade vilket gör att enheten lämnar en prognos på -0,3 mnkr.',
  ],
  [
    null,
    'summary',
    'Ackumulerat resultat uppgår till plus 13,7 mnkr. Utfallet avviker mot budget med 10,5 mnkr. Nämnden har fått för högt kommunbidrag motsvarande 2,2 mnkr, löneöversynen motsvarar ca 0,6 mnkr (0,6 %), alltså 2,2 - 0,6 = 1,6 mnkr för mycket. Kommunstyrelsen beslutade i februari att utöka kommunbidraget med 47 tkr.',
  ],
  [null, 'ks-forecast', 'Nämndens förväntade resultat vid årets slut uppgår till +22 mnkr, varav 1,6 mnkr avser PO och löneökning.'],
  [
    null,
    'investment',
    'Investeringsbudget för året uppgår efter justering till 1,7 mnkr, utfall för ackumulerad period uppgår till 0,2 mnkr.',
  ],
];

describe.each(TEST_DATABASES)('text warnings on $name', (database) => {
  const suite = testServerSuite({ open: database.open });
  const list = async (period = '2025-04') => (await suite.get(`${base}/texts/${period}`)).json() as TextList;
  /** Saves over the stored version, as a writer who just opened the text. */
  const put = async (area: string | null, kind: string, body: string, period = '2025-04') => {
    const url = `${base}/texts/${period}/${kind}${area ? `?area=${area}` : ''}`;
    const { version } = (await suite.get(url)).json() as TextWithHistory;
    return suite.server.app.inject({ method: 'PUT', url, payload: { body, version } });
  };

  it("warns on the demo's April action that work 'har inletts i augusti', in the app, the texts API and the report JSON alike", async () => {
    const warnings = await loadTextWarnings(suite.server.db, 'socialnamnden', '2025-04');
    expect(brief(warnings)).toEqual([['utredning-vuxen', 'action', 'future-month', 'augusti']]);
    const [w] = warnings;
    expect(w?.message).toBe('Texten nämner augusti som passerad, men rapporten gäller april.');

    const texts = await list();
    const action = texts.texts.find((t) => t.area === 'utredning-vuxen' && t.kind === 'action');
    expect(action?.warnings).toEqual(warnings.map((x) => ({ ...x, kind: 'action' })));
    expect(action?.body.slice(w?.start, w?.end)).toBe('augusti');
    expect(texts.texts.filter((t) => t.warnings.length > 0)).toHaveLength(1);

    const one = (await suite.get(`${base}/texts/2025-04/action?area=utredning-vuxen`)).json() as TextWithHistory;
    expect(one.warnings).toEqual(action?.warnings);

    // The area manager reads the working texts and their warnings; a reader sees published versions only.
    const manager = await suite.server.as('omradeschef');
    const managed = (await manager(`${base}/texts/2025-04`)).json() as TextList;
    expect(managed.texts.find((t) => t.area === 'utredning-vuxen' && t.kind === 'action')?.warnings).toEqual(action?.warnings);
    expect((await (await suite.server.as('ledamot'))(`${base}/texts/2025-04`)).statusCode).toBe(403);

    const report = (await suite.get(`${base}/reports/2025-04`)).json() as ReportJson;
    const area = report.areas.find((a) => a.code === 'utredning-vuxen');
    expect(area?.texts.find((t) => t.kind === 'action')?.warnings).toEqual(action?.warnings);
    expect(report.committeeTexts.every((t) => t.warnings.length === 0)).toBe(true);
  });

  it("finds every amount of the seed's sentences in the figures it speaks of", async () => {
    for (const [area, kind, body] of SEED_AMOUNTS) expect((await put(area, kind, body)).statusCode).toBe(200);
    const texts = await list();
    const checked = texts.texts.filter((t) => SEED_AMOUNTS.some(([a, k]) => a === t.area && k === t.kind));
    expect(checked).toHaveLength(SEED_AMOUNTS.length);
    expect(checked.flatMap((t) => t.warnings)).toEqual([]);
  });

  it('saves an amount no figure matches, and the warning names the nearest figure', async () => {
    const body = 'Ytterligare statsbidrag väntas motsvarande 4,5 mnkr, och potten för köp på 3,9 mnkr används inte. Prognosen är +13 mnkr.';
    const saved = await put('overgripande', 'forecast-comment', body);
    expect(saved.statusCode).toBe(200);
    const one = (await suite.get(`${base}/texts/2025-04/forecast-comment?area=overgripande`)).json() as TextWithHistory;
    expect(one.warnings.map((w) => [w.type, w.phrase, body.slice(w.start, w.end)])).toEqual([['unmatched-amount', '3,9 mnkr', '3,9 mnkr']]);
    const [w] = one.warnings;
    expect(w?.nearest?.label).toMatch(/\S/);
    expect(w?.message).toBe(
      `Beloppet 3,9 mnkr stämmer inte med någon siffra för området (närmast: ${w?.nearest?.label} ${w?.nearest && formatNearest(w.nearest.amount)}).`,
    );
  });

  it("warns on a text unchanged since last month while the area's deviation moved more than the threshold (the demo's March)", async () => {
    const march = await list('2025-03');
    const unchanged = march.texts.flatMap((t) => t.warnings).filter((w) => w.type === 'unchanged-text');
    expect(brief(unchanged)).toEqual([['vald-i-nara-relation', 'action', 'unchanged-text', null]]);
    expect(unchanged[0]?.message).toBe(
      'Texten är oförändrad sedan förra perioden, men avvikelsen hittills har gått från +1,1 mnkr till +1,9 mnkr: mer än väsentlighetsgränsen 150 tkr.',
    );
    // A threshold above the move: no warning.
    const patch = await suite.server.app.inject({ method: 'PATCH', url: base, payload: { materialityThreshold: 100_000_000 } });
    expect(patch.statusCode).toBe(200);
    expect((await loadTextWarnings(suite.server.db, 'socialnamnden', '2025-03')).filter((w) => w.type === 'unchanged-text')).toEqual([]);
  });
});

/** The nearest figure as the message prints it: signed mnkr, one decimal, the Swedish minus. */
function formatNearest(ore: number): string {
  const tenths = Math.round(Math.abs(ore) / 10_000_000);
  const sign = ore < 0 ? '−' : ore > 0 ? '+' : '';
  return `${sign}${Math.floor(tenths / 10)},${tenths % 10} mnkr`;
}
