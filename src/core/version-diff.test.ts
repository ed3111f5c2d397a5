import { describe, expect, it } from 'vitest';
import { COMMITTEE_AS_AREA, diffVersions, textDiff, type VersionContent } from './version-diff.ts';

const figures = (deviation: number, forecastDeviation: number | null = null) => ({
  actualResult: -1_000_000 + deviation,
  budgetResult: -1_000_000,
  deviation,
  previousDeviation: null,
  forecastDeviation,
});

function version(over: { rekryteringDeviation?: number; comment?: string; summary?: string; withBoende?: boolean } = {}): VersionContent {
  const rekrytering = over.rekryteringDeviation ?? -30_000_000;
  return {
    total: figures(rekrytering + 5_000_000, -20_000_000),
    areas: [
      {
        code: 'rekrytering',
        name: 'Rekryteringsenheten',
        ...figures(rekrytering, -30_000_000),
        accountGroups: [
          { group: 'personalkostnader', name: 'Personalkostnader', actualResult: -500, budgetResult: -400, deviation: -100 },
          { group: 'kop-av-verksamhet', name: 'Köp av verksamhet', actualResult: rekrytering, budgetResult: 0, deviation: rekrytering },
        ],
        texts: [
          { kind: 'comment', body: over.comment ?? 'Fler köpta jourhem än budgeterat.' },
          { kind: 'action', body: 'Egna jourhem rekryteras.' },
        ],
      },
      ...(over.withBoende === false
        ? []
        : [{ code: 'boende', name: 'Boendeenheten', ...figures(5_000_000), accountGroups: [], texts: [{ kind: 'comment', body: '' }] }]),
    ],
    committeeTexts: [{ kind: 'summary', body: over.summary ?? 'Nämnden redovisar ett underskott.' }],
    investments: { budget: 300_000_00, adjustedBudget: 300_000_00, actual: 120_000_00, carryOver: 0 },
  };
}

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(version(), version())).toEqual({ changes: [] });
  });

  it('names each changed figure of an area and its account groups, from and to, and the totals that moved with them', () => {
    const diff = diffVersions(version(), version({ rekryteringDeviation: -25_000_000 }));
    expect(diff.changes.map((c) => c.area)).toEqual([null, 'rekrytering']);
    const committee = diff.changes[0];
    expect(committee?.name).toBe(COMMITTEE_AS_AREA);
    expect(committee?.figures).toEqual([
      { figure: 'actualResult', label: 'Utfall', from: -1_000_000 - 25_000_000, to: -1_000_000 - 20_000_000 },
      { figure: 'deviation', label: 'Avvikelse', from: -25_000_000, to: -20_000_000 },
    ]);
    expect(diff.changes[1]).toEqual({
      area: 'rekrytering',
      name: 'Rekryteringsenheten',
      presence: 'both',
      figures: [
        { figure: 'actualResult', label: 'Utfall', from: -31_000_000, to: -26_000_000 },
        { figure: 'deviation', label: 'Avvikelse', from: -30_000_000, to: -25_000_000 },
        {
          figure: 'accountGroups.kop-av-verksamhet.actualResult',
          label: 'Köp av verksamhet: utfall',
          from: -30_000_000,
          to: -25_000_000,
        },
        { figure: 'accountGroups.kop-av-verksamhet.deviation', label: 'Köp av verksamhet: avvikelse', from: -30_000_000, to: -25_000_000 },
      ],
      texts: [],
    });
  });

  it('gives a changed text with its label and a word diff that rebuilds both versions', () => {
    const from = 'Fler köpta jourhem än budgeterat. Arbetet har inletts i augusti.';
    const to = 'Fler köpta jourhem än budgeterat. Arbetet har inletts i april.';
    const diff = diffVersions(version({ comment: from }), version({ comment: to }));
    expect(diff.changes).toHaveLength(1);
    const [text] = diff.changes[0]?.texts ?? [];
    expect(text).toMatchObject({ kind: 'comment', label: 'Kommentar till avvikelsen', from, to });
    expect(text?.parts).toEqual([
      { change: 'same', text: 'Fler köpta jourhem än budgeterat. Arbetet har inletts i ' },
      { change: 'removed', text: 'augusti' },
      { change: 'added', text: 'april' },
      { change: 'same', text: '.' },
    ]);
  });

  it("lists the committee's own texts under the committee", () => {
    const diff = diffVersions(version(), version({ summary: 'Nämnden redovisar ett överskott.' }));
    expect(diff.changes.map((c) => [c.area, c.texts.map((t) => t.kind)])).toEqual([[null, ['summary']]]);
  });

  it('marks an area that only one version has as added or removed, with its figures from or to null', () => {
    const removed = diffVersions(version(), version({ withBoende: false }));
    const boende = removed.changes.find((c) => c.area === 'boende');
    expect(boende?.presence).toBe('removed');
    expect(boende?.figures.find((f) => f.figure === 'deviation')).toEqual({
      figure: 'deviation',
      label: 'Avvikelse',
      from: 5_000_000,
      to: null,
    });
    const added = diffVersions(version({ withBoende: false }), version());
    expect(added.changes.find((c) => c.area === 'boende')?.presence).toBe('added');
  });
});

describe('textDiff', () => {
  const rebuild = (parts: ReturnType<typeof textDiff>, side: 'from' | 'to') =>
    parts
      .filter((p) => p.change === 'same' || p.change === (side === 'from' ? 'removed' : 'added'))
      .map((p) => p.text)
      .join('');

  it('keeps line breaks and paragraphs, so both texts can be rebuilt from the parts', () => {
    const from = 'Första stycket.\n\n- en punkt\n- två punkter';
    const to = 'Första stycket, omskrivet.\n\n- en punkt\n- tre punkter\n\nNytt stycke.';
    const parts = textDiff(from, to);
    expect(rebuild(parts, 'from')).toBe(from);
    expect(rebuild(parts, 'to')).toBe(to);
    expect(parts.filter((p) => p.change !== 'same')).toEqual([
      { change: 'added', text: ', omskrivet' },
      { change: 'removed', text: 'två' },
      { change: 'added', text: 'tre' },
      { change: 'added', text: '\n\nNytt stycke.' },
    ]);
  });

  it('gives a rewritten text (less than 40 % in common) as the old removed and the new added, whole', () => {
    const from = 'Kommunen har i betydligt mindre utsträckning behövt köpa konsulentstödda jourhem.';
    const to = '- Fler köpta jourhem.\n- Arbetet har inletts i april.';
    expect(textDiff(from, to)).toEqual([
      { change: 'removed', text: from },
      { change: 'added', text: to },
    ]);
  });

  it('gives one part added when a text is written where there was none', () => {
    expect(textDiff('', 'Ny text.')).toEqual([{ change: 'added', text: 'Ny text.' }]);
  });
});
