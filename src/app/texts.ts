/**
 * Use cases for the report's texts: the period's texts with their states, one text with its
 * history, a save that names the version it replaces, and the committee's materiality threshold.
 */
import type { CommitteeSettings, TextEntry, TextList, TextSaved, TextWithHistory } from '#contract/index.ts';
import type { Ore } from '#core/money.ts';
import {
  isAreaTextKind,
  normalizeText,
  TEXT_KIND_NAMES,
  TEXT_LABELS,
  TEXT_LIMITS,
  type TextKind,
  textKindOf,
  textProblem,
  textState,
} from '#core/texts.ts';
import { textWarningJson } from '#report/json.ts';
import type { ReportText } from '#report/model.ts';
import { recordAudit } from '#store/audit.ts';
import { listAreas, type Q } from '#store/committees.ts';
import type { Db } from '#store/db.ts';
import {
  addTextChange,
  findText,
  loadTextHistory,
  type SavedText,
  saveTextVersion,
  setMaterialityThreshold,
  type TextKey,
} from '#store/texts.ts';
import { committeeForPeriod, committeeIn } from './committees.ts';
import { InputError, NotFoundError, StaleVersionError } from './errors.ts';
import { buildReport } from './report.ts';

/** The kind of an external name (comment, forecast-comment, ks-summary, …), or an InputError naming the field. */
export function parseTextKind(name: string, field = 'kind'): TextKind {
  const kind = textKindOf(name);
  if (!kind) throw new InputError(`"${name}" är ingen typ av text: ange en av ${Object.values(TEXT_KIND_NAMES).join(', ')}`, field);
  return kind;
}

function entry(t: ReportText, area: { id: string; name: string } | null): TextEntry {
  return {
    area: area?.id ?? null,
    areaName: area?.name ?? null,
    kind: TEXT_KIND_NAMES[t.kind],
    label: TEXT_LABELS[t.kind],
    state: t.state,
    required: t.required,
    body: t.body,
    version: t.version,
    copiedFrom: t.copiedFrom,
    updatedBy: t.updatedBy,
    updatedAt: t.updatedAt,
    maxLength: TEXT_LIMITS[t.kind],
    warnings: t.warnings.map(textWarningJson),
  };
}

/** Every text of the period with its state: the committee's first, then each area's (read from the report, which decides materiality). */
export async function listTexts(db: Db, committeeId: string, period: string): Promise<TextList> {
  const doc = await buildReport(db, committeeId, period);
  return {
    committee: doc.committee,
    period: doc.period,
    materialityThreshold: doc.materialityThreshold,
    areas: doc.areas.map((a) => ({
      id: a.id,
      name: a.name,
      material: a.material,
      deviation: a.deviation,
      forecastDeviation: a.forecastDeviation,
    })),
    texts: [
      ...doc.committeeTexts.map((t) => entry(t, null)),
      ...doc.areas.flatMap((a) => a.texts.map((t) => entry(t, { id: a.id, name: a.name }))),
    ],
  };
}

export interface TextRef {
  committeeId: string;
  period: string;
  /** null or '' for the committee's own texts. */
  areaId: string | null;
  kind: TextKind;
}

function checkArea(kind: TextKind, areaId: string | null): string {
  const area = areaId ?? '';
  if (isAreaTextKind(kind) && area === '') throw new InputError(`${TEXT_KIND_NAMES[kind]} är en text per område: ange området`, 'area');
  if (!isAreaTextKind(kind) && area !== '')
    throw new InputError(`${TEXT_KIND_NAMES[kind]} är nämndens text och hör inte till något område: ange inget område`, 'area');
  return area;
}

/** One text with its state and every change of it. */
export async function getText(db: Db, ref: TextRef): Promise<TextWithHistory> {
  const areaId = checkArea(ref.kind, ref.areaId);
  const list = await listTexts(db, ref.committeeId, ref.period);
  const found = list.texts.find((t) => (t.area ?? '') === areaId && t.kind === TEXT_KIND_NAMES[ref.kind]);
  if (!found) throw new NotFoundError(`Området "${areaId}" finns inte i ${list.committee.name}.`);
  const history = await db.snapshot((q) => loadTextHistory(q, { ...ref, areaId }));
  return { ...found, history };
}

export interface TextSaveRequest extends TextRef {
  body: string;
  /** The version the writer started from (0: the period had no saved text); null saves over whatever is stored. */
  version: number | null;
  user: string;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function stale(stored: SavedText | null, sent: { version: number; body: string }): StaleVersionError {
  const storedVersion = stored
    ? { version: stored.version, body: stored.body, updatedBy: stored.updatedBy || null, updatedAt: stored.updatedAt }
    : { version: 0, body: '', updatedBy: null, updatedAt: null };
  const by = stored ? ` av ${stored.updatedBy || 'okänd'} ${when(stored.updatedAt)}` : '';
  return new StaleVersionError(
    `Texten har sparats${by} (version ${storedVersion.version}) sedan du hämtade den (version ${sent.version}). Din text är inte sparad: jämför de två och spara igen.`,
    storedVersion,
    sent,
  );
}

/** The request checked and normalized, before any database work. */
function checked(req: TextSaveRequest): { key: TextKey; body: string } {
  const areaId = checkArea(req.kind, req.areaId);
  const body = normalizeText(req.body);
  const problem = textProblem(req.kind, body);
  if (problem) throw new InputError(problem, 'body');
  if (req.version !== null && (!Number.isSafeInteger(req.version) || req.version < 0))
    throw new InputError(`"${req.version}" är ingen version (ett heltal 0 eller större)`, 'version');
  return { key: { committeeId: req.committeeId, period: req.period, areaId, kind: req.kind }, body };
}

/** One save inside a write transaction: conditional on the version, kept in the history. */
async function saveIn(q: Q, req: TextSaveRequest, { key, body }: { key: TextKey; body: string }, at: string): Promise<TextSaved> {
  await committeeForPeriod(q, req.committeeId, req.period);
  if (key.areaId !== '' && !(await listAreas(q, req.committeeId)).some((a) => a.id === key.areaId))
    throw new NotFoundError(`Området "${key.areaId}" finns inte i nämnden "${req.committeeId}".`);
  const current = await findText(q, key);
  const currentVersion = current?.version ?? 0;
  const expected = req.version ?? currentVersion;
  if (expected !== currentVersion) throw stale(current, { version: expected, body });
  let saved: SavedText | null = current && current.body === body ? current : null;
  if (!saved) {
    if (!(await saveTextVersion(q, key, expected, { body, user: req.user, at })))
      throw stale(await findText(q, key), { version: expected, body });
    await addTextChange(q, key, {
      version: expected + 1,
      bodyBefore: current?.body ?? null,
      bodyAfter: body,
      changedBy: req.user,
      changedAt: at,
    });
    await recordAudit(
      q,
      {
        user: req.user,
        committeeId: req.committeeId,
        areaId: key.areaId || null,
        period: req.period,
        entity: 'text',
        key: TEXT_KIND_NAMES[req.kind],
        action: current ? 'update' : 'create',
        before: current ? { version: current.version, body: current.body } : null,
        after: { version: expected + 1, body },
      },
      at,
    );
    saved = { period: req.period, areaId: key.areaId, kind: req.kind, body, version: expected + 1, updatedBy: req.user, updatedAt: at };
  }
  return {
    area: key.areaId || null,
    kind: TEXT_KIND_NAMES[req.kind],
    state: textState(req.period, saved, null),
    body: saved.body,
    version: saved.version,
    updatedBy: saved.updatedBy || null,
    updatedAt: saved.updatedAt,
  };
}

/** saveText inside a caller's write transaction (a forecast saved with its comment). */
export async function saveTextIn(q: Q, req: TextSaveRequest, now = new Date()): Promise<TextSaved> {
  return saveIn(q, req, checked(req), now.toISOString());
}

/**
 * Saves a text as the version after the one the writer saw. A stale version saves nothing and
 * raises StaleVersionError with both versions. Every change is kept in the text's history; a save
 * that changes nothing adds no version.
 */
export async function saveText(db: Db, req: TextSaveRequest, now = new Date()): Promise<TextSaved> {
  const c = checked(req);
  return db.write((q) => saveIn(q, req, c, now.toISOString()));
}

/** Saves several texts in one transaction, each as saveText does: all of them, or (on any error) none. */
export async function saveTexts(db: Db, reqs: readonly TextSaveRequest[], now = new Date()): Promise<TextSaved[]> {
  const all = reqs.map((r) => ({ req: r, c: checked(r) }));
  return db.write(async (q) => {
    const saved: TextSaved[] = [];
    for (const { req, c } of all) saved.push(await saveIn(q, req, c, now.toISOString()));
    return saved;
  });
}

/** Sets the committee's materiality threshold (öre, 0 or more). */
export async function setMateriality(db: Db, committeeId: string, threshold: Ore, user: string): Promise<CommitteeSettings> {
  if (!Number.isSafeInteger(threshold) || threshold < 0)
    throw new InputError('Väsentlighetsgränsen ska vara ett belopp på 0 kr eller mer, i hela öre', 'materiality');
  return db.write(async (q) => {
    const committee = await committeeIn(q, committeeId);
    await setMaterialityThreshold(q, committeeId, threshold);
    if (committee.materialityThreshold !== threshold)
      await recordAudit(q, {
        user,
        committeeId,
        entity: 'committee',
        key: 'materialityThreshold',
        action: 'update',
        before: committee.materialityThreshold,
        after: threshold,
      });
    return { id: committee.id, name: committee.name, materialityThreshold: threshold };
  });
}
