import { describe, expect, it } from 'vitest';
import type { TemplateJson } from '#contract/index.ts';
import { bodyOf, draftOf, sectionOfField } from './draft.ts';

const template: TemplateJson = {
  committee: 'c',
  committeeName: 'Nämnden',
  isDefault: false,
  version: 3,
  updatedBy: 'u',
  updatedAt: null,
  template: {
    sections: [
      { key: 'ks', title: 'Till KS' },
      { key: 'result', title: 'Resultat' },
    ],
    cover: { municipality: 'Exempelkommun' },
    charts: ['kpis'],
    kpis: ['b'],
  },
  logo: null,
  materialityThreshold: 0,
  choices: {
    sections: [
      { key: 'overview', title: 'Resultatrapport' },
      { key: 'result', title: 'Resultat' },
      { key: 'forecast', title: 'Årsprognos' },
      { key: 'investments', title: 'Investeringsverksamhet' },
      { key: 'ks', title: 'Sammanfattande kommentarer' },
    ],
    charts: [
      { key: 'deviation-by-area', name: 'Avvikelse per verksamhetsområde' },
      { key: 'kpis', name: 'Nyckeltal över året' },
    ],
    kpis: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
  },
};

describe('the template draft', () => {
  it('lists the included sections in their order, then the others in the standard order, unticked', () => {
    const d = draftOf(template);
    expect(d.rows.map((r) => [r.key, r.included, r.standard])).toEqual([
      ['ks', true, 'Sammanfattande kommentarer'],
      ['result', true, 'Resultat'],
      ['overview', false, 'Resultatrapport'],
      ['forecast', false, 'Årsprognos'],
      ['investments', false, 'Investeringsverksamhet'],
    ]);
  });

  it('saves the ticked sections in the rows’ order, charts and key figures in the standard order', () => {
    const d = draftOf(template);
    const rows = [d.rows[2], d.rows[0], d.rows[1]].map((r, i) => ({ ...(r as NonNullable<typeof r>), included: i !== 2 }));
    const body = bodyOf({ ...d, rows, charts: ['kpis', 'deviation-by-area'], kpis: ['b', 'a'] }, template);
    expect(body.sections).toEqual([
      { key: 'overview', title: 'Resultatrapport' },
      { key: 'ks', title: 'Till KS' },
    ]);
    expect(body.charts).toEqual(['deviation-by-area', 'kpis']);
    expect(body.kpis).toEqual(['a', 'b']);
    expect(bodyOf({ ...d, kpis: null }, template).kpis).toBe('all');
  });

  it('finds the row an error names ("sections.1.title" is the second ticked section)', () => {
    const d = draftOf(template);
    expect(sectionOfField('sections.1.title', d)).toBe('result');
    expect(sectionOfField('cover.municipality', d)).toBeNull();
    expect(sectionOfField(undefined, d)).toBeNull();
  });
});
