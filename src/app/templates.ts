/**
 * Use cases for a committee's report template: read it (the default when the committee has none),
 * save it as the version after the one the writer saw, set or remove its logo, reset it to the
 * default. Every change is in the audit log, in the same transaction; every change moves the
 * data version (a trigger), so cached reports follow. The materiality threshold shown with it
 * is the committee's own setting (setMateriality in src/app/texts.ts).
 */
import { createHash } from 'node:crypto';
import { type TemplateBody, TemplateBody as TemplateBodySchema, type TemplateJson } from '#contract/templates.ts';
import {
  CHART_KEYS,
  CHART_NAMES,
  DEFAULT_SECTION_TITLES,
  DEFAULT_TEMPLATE,
  type LogoMediaType,
  type ReportTemplate,
  SECTION_KEYS,
} from '#core/template.ts';
import { recordAudit } from '#store/audit.ts';
import type { Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import { listKpiDefinitions } from '#store/kpis.ts';
import { findTemplate, type StoredTemplate, type TemplateChange, writeTemplate } from '#store/templates.ts';
import { committeeIn } from './committees.ts';
import { InputError, NotFoundError, StaleVersionError } from './errors.ts';
import { decodeLogo, logoMediaType } from './template-logo.ts';

/** The template's own part (no logo) of a stored row, or the default's. */
function bodyOf(stored: StoredTemplate | null): TemplateBody {
  if (stored?.json) {
    const parsed = TemplateBodySchema.safeParse(JSON.parse(stored.json));
    if (parsed.success) return parsed.data;
  }
  return {
    sections: DEFAULT_TEMPLATE.sections,
    cover: { municipality: DEFAULT_TEMPLATE.cover.municipality },
    charts: DEFAULT_TEMPLATE.charts,
    kpis: DEFAULT_TEMPLATE.kpis,
  };
}

/** The template a report of the committee is built with (src/app/report.ts). */
export async function loadReportTemplate(q: Q, committeeId: string): Promise<ReportTemplate> {
  const stored = await findTemplate(q, committeeId);
  if (!stored) return DEFAULT_TEMPLATE;
  const body = bodyOf(stored);
  const logo = stored.logo ? { mediaType: stored.logo.mediaType, base64: stored.logo.base64, alt: stored.logo.alt } : null;
  return { ...body, cover: { municipality: body.cover.municipality, logo } };
}

const enc = encodeURIComponent;

async function readIn(q: Q, committeeId: string): Promise<TemplateJson> {
  const committee = await committeeIn(q, committeeId);
  const [stored, kpis] = await Promise.all([findTemplate(q, committeeId), listKpiDefinitions(q, committeeId)]);
  return {
    committee: committee.id,
    committeeName: committee.name,
    isDefault: !stored?.json && !stored?.logo,
    version: stored?.version ?? 0,
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
    template: bodyOf(stored),
    logo: stored?.logo
      ? {
          mediaType: stored.logo.mediaType as LogoMediaType,
          alt: stored.logo.alt,
          bytes: Buffer.byteLength(stored.logo.base64, 'base64'),
          url: `/api/committees/${enc(committee.id)}/template/logo`,
        }
      : null,
    materialityThreshold: committee.materialityThreshold,
    choices: {
      sections: SECTION_KEYS.map((key) => ({ key, title: DEFAULT_SECTION_TITLES[key] })),
      charts: CHART_KEYS.map((key) => ({ key, name: CHART_NAMES[key] })),
      kpis: kpis.map((k) => ({ id: k.id, name: k.name })),
    },
  };
}

/** The committee's template with its version, choices and threshold (the default when it has none). */
export async function readTemplate(db: Db, committeeId: string): Promise<TemplateJson> {
  return db.snapshot((q) => readIn(q, committeeId));
}

/** The logo's image, or NotFoundError. */
export async function readTemplateLogo(db: Db, committeeId: string): Promise<{ mediaType: LogoMediaType; bytes: Buffer }> {
  return db.snapshot(async (q) => {
    await committeeIn(q, committeeId);
    const logo = (await findTemplate(q, committeeId))?.logo;
    if (!logo) throw new NotFoundError('Nämndens rapportmall har ingen logotyp.');
    return { mediaType: logo.mediaType as LogoMediaType, bytes: Buffer.from(logo.base64, 'base64') };
  });
}

/** The template checked as the API checks it; an InputError names the first field at fault ("sections.2.title"). */
export function checkTemplate(input: unknown): TemplateBody {
  const parsed = TemplateBodySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new InputError(issue?.message ?? 'Ogiltig mall.', issue?.path.map(String).join('.') || 'template');
}

type Change = Omit<TemplateChange, 'user' | 'at'>;

/** One change inside a write transaction, as the version after `expected` (null: the stored one), audited. */
async function change(q: Q, committeeId: string, expected: number | null, what: Change & { audit: AuditWhat }, user: string) {
  await committeeIn(q, committeeId);
  const stored = await findTemplate(q, committeeId);
  const current = stored?.version ?? 0;
  const sentBody = what.json === undefined ? '' : (what.json ?? '');
  const stale = () =>
    new StaleVersionError(
      `Mallen har ändrats av ${stored?.updatedBy ?? 'någon annan'} sedan du öppnade den (version ${current}, du utgick från ${expected}): ingenting sparades. Läs in mallen igen och gör om ändringen.`,
      { version: current, body: stored?.json ?? '', updatedBy: stored?.updatedBy ?? null, updatedAt: stored?.updatedAt ?? null },
      { version: expected ?? current, body: sentBody },
    );
  if (expected !== null && expected !== current) throw stale();
  const at = new Date().toISOString();
  const { audit, ...columns } = what;
  if (!(await writeTemplate(q, committeeId, current, { ...columns, user, at }))) throw stale();
  await recordAudit(
    q,
    { user, committeeId, entity: 'template', key: audit.key, action: audit.action, before: audit.before, after: audit.after },
    at,
  );
  return readIn(q, committeeId);
}

interface AuditWhat {
  key: 'template' | 'logo';
  action: string;
  before: unknown;
  after: unknown;
}

/** Saves the template (sections, cover text, charts, kpis) as the version after `version`; a stale version saves nothing. */
export async function saveTemplate(
  db: Db,
  committeeId: string,
  input: { template: unknown; version: number },
  user: string,
): Promise<TemplateJson> {
  const body = checkTemplate(input.template);
  if (!Number.isSafeInteger(input.version) || input.version < 0)
    throw new InputError('Ange versionen mallen utgick från (0 eller mer).', 'version');
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    if (Array.isArray(body.kpis)) {
      const known = new Set((await listKpiDefinitions(q, committeeId)).map((k) => k.id));
      body.kpis.forEach((id, i) => {
        if (!known.has(id)) throw new InputError(`Nyckeltalet "${id}" finns inte i nämnden.`, `kpis.${i}`);
      });
    }
    const stored = await findTemplate(q, committeeId);
    const before = stored?.json ? bodyOf(stored) : null;
    const json = JSON.stringify(body);
    // A save that changes nothing adds no version and no audit entry (a stale one is still refused).
    if (stored?.json === json && stored.version === input.version) return readIn(q, committeeId);
    return change(
      q,
      committeeId,
      input.version,
      { json, audit: { key: 'template', action: before ? 'update' : 'create', before, after: body } },
      user,
    );
  });
}

/** Sets the logo (PNG or JPEG by its bytes, at most 512 kB) with its text alternative. */
export async function setTemplateLogo(
  db: Db,
  committeeId: string,
  input: { base64: string; alt: string },
  user: string,
): Promise<TemplateJson> {
  const alt = input.alt.trim();
  if (!alt) throw new InputError('Skriv ett textalternativ till logotypen (vad den visar, t.ex. "Exempelkommuns logotyp").', 'alt');
  const bytes = decodeLogo(input.base64);
  const mediaType = logoMediaType(bytes);
  const logo = { mediaType, base64: bytes.toString('base64'), alt };
  return db.write(async (q) => {
    const before = (await findTemplate(q, committeeId))?.logo ?? null;
    const after = { mediaType, alt, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    return change(
      q,
      committeeId,
      null,
      { logo, audit: { key: 'logo', action: before ? 'update' : 'create', before: before && logoFacts(before), after } },
      user,
    );
  });
}

/** Removes the logo (NotFoundError when there is none). */
export async function removeTemplateLogo(db: Db, committeeId: string, user: string): Promise<TemplateJson> {
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const before = (await findTemplate(q, committeeId))?.logo;
    if (!before) throw new NotFoundError('Nämndens rapportmall har ingen logotyp att ta bort.');
    return change(
      q,
      committeeId,
      null,
      { logo: null, audit: { key: 'logo', action: 'delete', before: logoFacts(before), after: null } },
      user,
    );
  });
}

/** Back to the default template: the seed's sections and headings, every chart and key figure, no municipality, no logo. */
export async function resetTemplate(db: Db, committeeId: string, user: string): Promise<TemplateJson> {
  return db.write(async (q) => {
    await committeeIn(q, committeeId);
    const stored = await findTemplate(q, committeeId);
    if (!stored?.json && !stored?.logo) return readIn(q, committeeId);
    const before = { template: stored.json ? bodyOf(stored) : null, logo: stored.logo && logoFacts(stored.logo) };
    return change(q, committeeId, null, { json: null, logo: null, audit: { key: 'template', action: 'reset', before, after: null } }, user);
  });
}

function logoFacts(logo: { mediaType: string; base64: string; alt: string }) {
  const bytes = Buffer.from(logo.base64, 'base64');
  return { mediaType: logo.mediaType, alt: logo.alt, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
