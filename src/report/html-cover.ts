/**
 * The report's title block, first in the HTML (preview, standalone file and PDF): the
 * municipality and its logo, the committee, the title, what the figures are, and which version
 * this is ("Version 2, publicerad 2025-05-12 av controller" or "Utkast, 2025-12-02", with a
 * banner that says a draft may change).
 */
import { swedishDate } from '#core/cycle.ts';
import type { TemplateLogo } from '#core/template.ts';
import { escapeHtml } from './escape.ts';
import type { Cover, PublicationStatus } from './model.ts';

const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The logo as a data: URI <img>, or nothing when it is not an image type the report shows. */
export function logoHtml(logo: TemplateLogo | null): string {
  if (!logo || !LOGO_TYPES.has(logo.mediaType) || !BASE64.test(logo.base64)) return '';
  return `<img class="logo" src="data:${logo.mediaType};base64,${logo.base64}" alt="${escapeHtml(logo.alt)}">`;
}

/** The day an instant falls on in Sweden; an unreadable date is printed as given. */
function dayOf(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : swedishDate(at);
}

/** "Version 2, publicerad 2025-05-12 av controller" or "Utkast, 2025-12-02". */
export function versionLine(status: PublicationStatus, now: Date): string {
  if (status.kind === 'draft') return `Utkast, ${swedishDate(now)}`;
  return `Version ${status.version}, publicerad ${dayOf(status.publishedAt)} av ${status.publishedBy}`;
}

export function coverHtml(cover: Cover, now: Date): string {
  const draft = cover.status.kind === 'draft';
  // A span, not <strong>: Chromium tags <strong> as PDF 2.0's Strong, which PDF 1.7 readers do not know.
  const banner = draft
    ? '<p class="draft-banner"><span class="draft-label">Utkast</span>: rapporten är inte publicerad, och siffror och texter kan ändras.</p>\n'
    : '';
  const logo = logoHtml(cover.logo);
  const municipality = cover.municipality ? `<p class="municipality">${escapeHtml(cover.municipality)}</p>` : '';
  const issuer = logo || municipality ? `<div class="issuer">${logo}${municipality}</div>\n` : '';
  return `<header class="report-title${draft ? ' draft' : ''}">
${banner}${issuer}<p class="kicker">${escapeHtml(cover.organisation)}</p><h1>${escapeHtml(cover.title)}</h1>
<p class="meta">${escapeHtml(cover.subtitle)}</p>
<p class="version">${escapeHtml(versionLine(cover.status, now))}</p></header>`;
}
