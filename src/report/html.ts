/**
 * Renders the report document as one self-contained, printable, accessible HTML file (lang="sv",
 * semantic headings, a real table of contents, print CSS with page breaks), or as an embeddable
 * <article> fragment for the web app. Every figure carries its id and amount in öre (data-figure,
 * value) so it can be traced back to the figures of the report.
 */
import { formatMoney, MINUS } from '#core/format.ts';
import { chartFigureHtml } from './charts/html.ts';
import { escapeHtml } from './escape.ts';
import { coverHtml } from './html-cover.ts';
import { REPORT_CSS } from './html-style.ts';
import type { Block, Figure, Inline, PrintableDocument, RenderOptions, Section, TableRow } from './model.ts';

export { escapeHtml };

export function formatFigure(f: Figure): string {
  switch (f.style) {
    case 'mnkr':
      return formatMoney(f.amount, 'mnkr');
    case 'mnkr-signed':
      return formatMoney(f.amount, 'mnkr', { signed: true });
    case 'mnkr-bare':
      return formatMoney(f.amount, 'mnkr', { bare: true });
    case 'tkr':
      return formatMoney(f.amount, 'tkr');
    case 'tkr-signed':
      return formatMoney(f.amount, 'tkr', { signed: true });
  }
}

function inline(doc: PrintableDocument, parts: readonly Inline[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return escapeHtml(p);
      const f = doc.figures[p.figure];
      if (!f) throw new Error(`report refers to an unknown figure ${p.figure}`);
      const text = formatFigure(f);
      const negative = text.startsWith(MINUS) ? ' negative' : '';
      return `<data class="figure${negative}" value="${f.amount}" data-figure="${escapeHtml(p.figure)}">${text}</data>`;
    })
    .join('');
}

function row(doc: PrintableDocument, r: TableRow, numeric: readonly boolean[]): string {
  const cells = r.cells.map((c, i) => {
    const content = inline(doc, [c]);
    if (i === 0) return `<th scope="row">${content}</th>`;
    return `<td${numeric[i] ? ' class="num"' : ''}>${content}</td>`;
  });
  return `<tr${r.strong ? ' class="total"' : ''}>${cells.join('')}</tr>`;
}

function block(doc: PrintableDocument, b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level} id="${escapeHtml(b.id)}">${inline(doc, b.content)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${inline(doc, b.content)}</p>`;
    case 'list':
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${inline(doc, i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': {
      const head = b.head.map((h, i) => `<th scope="col"${b.numeric[i] ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
      const foot = b.foot ? `<tfoot>${row(doc, b.foot, b.numeric)}</tfoot>` : '';
      return `<div class="table-wrap"><table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${b.rows
        .map((r) => row(doc, r, b.numeric))
        .join('')}</tbody>${foot}</table></div>`;
    }
    case 'chart':
      return chartFigureHtml(b.chart);
  }
}

function section(doc: PrintableDocument, s: Section): string {
  const id = escapeHtml(s.id);
  return `<section id="${id}" aria-labelledby="${id}-rubrik"><h2 id="${id}-rubrik"><span class="num">${escapeHtml(s.number)}</span> ${escapeHtml(
    s.title,
  )}</h2>${s.blocks.map((b) => block(doc, b)).join('\n')}</section>`;
}

export interface HtmlOptions extends RenderOptions {
  /** The <article> alone, for the web app. */
  fragment?: boolean;
  /**
   * For print (the PDF): the page each section starts on, by section id, written into the table of
   * contents. Given, even empty, every entry has its page number's place, so writing the numbers
   * in does not move the layout; absent (the web app, the HTML file), the contents are links only.
   */
  tocPages?: Readonly<Record<string, number>>;
}

function toc(doc: PrintableDocument, pages: Readonly<Record<string, number>> | undefined): string {
  const items = doc.sections
    .map((s) => {
      const link = `<a href="#${escapeHtml(s.id)}"><span class="num">${escapeHtml(s.number)}</span> ${escapeHtml(s.title)}</a>`;
      if (!pages) return `<li>${link}</li>`;
      const page = pages[s.id];
      return `<li class="paged">${link}<span class="toc-page">${page === undefined ? '' : page}</span></li>`;
    })
    .join('');
  return `<nav class="toc" aria-labelledby="innehall-rubrik"><h2 id="innehall-rubrik">Innehåll</h2><ol>${items}</ol></nav>`;
}

export function renderArticle(doc: PrintableDocument, options: HtmlOptions = {}): string {
  const { cover } = doc;
  const title = `${cover.organisation}: ${cover.title.toLowerCase()}`;
  return `<article class="report" lang="sv">
${coverHtml(cover, options.now ?? new Date())}
${toc(doc, options.tocPages)}
${doc.sections.map((s) => section(doc, s)).join('\n')}
<footer class="report-foot"><p>${escapeHtml(title)}. Siffrorna är beräknade ur bokföring och budget i Uppföljning.</p></footer>
</article>`;
}

export function renderHtml(doc: PrintableDocument, options: HtmlOptions = {}): string {
  const article = renderArticle(doc, options);
  if (options.fragment) return article;
  const title = doc.title;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${article}
</main>
</body>
</html>
`;
}
