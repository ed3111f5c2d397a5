/**
 * A committee's report template: which sections the report has, in which order and under which
 * headings, the cover, which charts and key figures appear. The seed's layout (five sections, the
 * cover with the committee's name) is DEFAULT_TEMPLATE. The materiality threshold stays the
 * committee's own setting (committees.materiality_threshold); the template page edits both.
 */

/**
 * The report's sections, by the key that names them whatever their heading. The seed has the
 * first five; 'kpis' holds the key figures' charts after them (a report without key figures has
 * no such section).
 */
export const SECTION_KEYS = ['overview', 'result', 'forecast', 'investments', 'ks', 'kpis'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The charts a report can show; each sits in its own section (CHART_SECTION). */
export const CHART_KEYS = ['deviation-by-area', 'ytd-actual-budget', 'forecast-development', 'kpis'] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export const CHART_SECTION: Record<ChartKey, SectionKey> = {
  'deviation-by-area': 'overview',
  'ytd-actual-budget': 'result',
  'forecast-development': 'forecast',
  kpis: 'kpis',
};

/** The charts' names, as the template page and the CLI show them. */
export const CHART_NAMES: Record<ChartKey, string> = {
  'deviation-by-area': 'Avvikelse per verksamhetsområde',
  'ytd-actual-budget': 'Ackumulerat utfall mot budget per månad',
  'forecast-development': 'Årsprognosens utveckling',
  kpis: 'Nyckeltal över året',
};

/** Limits of a template's texts and of its logo. */
export const TEMPLATE_LIMITS = { title: 120, municipality: 120, logoAlt: 250, logoBytes: 512 * 1024 } as const;

/** The logo's image types (never SVG: an SVG can carry script). */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];

export const DEFAULT_SECTION_TITLES: Record<SectionKey, string> = {
  overview: 'Resultatrapport',
  result: 'Resultat',
  forecast: 'Årsprognos',
  investments: 'Investeringsverksamhet',
  ks: 'Sammanfattande kommentarer till kommunstyrelsen (FU)',
  kpis: 'Nyckeltal',
};

export interface TemplateLogo {
  /**
   * The image's type. What the template use case stores is image/png or image/jpeg, known from
   * the file's bytes (src/app/template-logo.ts; SVG is refused as it can carry script); the type
   * stays open so that renderers may handle others.
   */
  mediaType: string;
  base64: string;
  /** The logo's text alternative ("Exempelkommuns logotyp"). */
  alt: string;
}

export interface ReportTemplate {
  /** The sections in the report's order; a section left out is not in the report. */
  sections: { key: SectionKey; title: string }[];
  cover: {
    /** "Exempelkommun"; empty: no municipality line. */
    municipality: string;
    logo: TemplateLogo | null;
  };
  /** The charts shown, each in its section. */
  charts: ChartKey[];
  /** The key figures shown (ids), or 'all'. */
  kpis: 'all' | string[];
}

export const DEFAULT_TEMPLATE: ReportTemplate = {
  sections: SECTION_KEYS.map((key) => ({ key, title: DEFAULT_SECTION_TITLES[key] })),
  cover: { municipality: '', logo: null },
  charts: [...CHART_KEYS],
  kpis: 'all',
};
