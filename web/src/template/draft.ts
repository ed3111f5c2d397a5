/** The template being edited on the page, and how it becomes the body that is saved. */
import type { TemplateBody, TemplateJson } from '#contract/index.ts';
import type { SectionRow } from './SectionList.tsx';

export interface Draft {
  rows: SectionRow[];
  municipality: string;
  charts: string[];
  /** null: every key figure. */
  kpis: string[] | null;
}

/** The saved template as rows: the included sections in their order, then the others in the standard order. */
export function draftOf(t: TemplateJson): Draft {
  const standard = new Map(t.choices.sections.map((s) => [s.key, s.title]));
  const included = t.template.sections.map((s) => ({
    key: s.key,
    title: s.title,
    included: true,
    standard: standard.get(s.key) ?? s.title,
  }));
  const rest = t.choices.sections
    .filter((s) => !t.template.sections.some((x) => x.key === s.key))
    .map((s) => ({ key: s.key, title: s.title, included: false, standard: s.title }));
  return {
    rows: [...included, ...rest],
    municipality: t.template.cover.municipality,
    charts: [...t.template.charts],
    kpis: t.template.kpis === 'all' ? null : [...t.template.kpis],
  };
}

export function bodyOf(d: Draft, t: TemplateJson): TemplateBody {
  const order = (keys: string[], all: string[]) => all.filter((k) => keys.includes(k));
  return {
    sections: d.rows.filter((r) => r.included).map((r) => ({ key: r.key as TemplateBody['sections'][number]['key'], title: r.title })),
    cover: { municipality: d.municipality },
    charts: order(
      d.charts,
      t.choices.charts.map((c) => c.key),
    ) as TemplateBody['charts'],
    kpis:
      d.kpis === null
        ? 'all'
        : order(
            d.kpis,
            t.choices.kpis.map((k) => k.id),
          ),
  };
}

/** The section key a field of the saved body names ("sections.2.title" → the third included section's key). */
export function sectionOfField(field: string | null | undefined, d: Draft): string | null {
  const m = /^sections\.(\d+)\./.exec(field ?? '');
  if (!m) return null;
  return d.rows.filter((r) => r.included)[Number(m[1])]?.key ?? null;
}
