/**
 * The monthly cycle of a committee and period: pure rules over states, no storage.
 *
 * Each area:   open -> ready (the area manager or the controller marks it ready)
 *              ready -> accepted (controller) | returned (controller, with a note)
 *              returned -> ready (fixed and marked ready again)
 *              accepted -> returned (the controller changes their mind, with a note)
 * The whole:   open -> approved (controller, when every area is accepted)
 *              approved -> published (publishing a version; src/app/cycle.ts recordPublished)
 *              approved | published -> open (reopened by the controller, for corrections or
 *              the next version; the areas keep their states)
 * Area states change only while the whole is open. A material area cannot be marked ready while
 * its comment or action is not written for the period (a copied text does not count).
 * Deadlines are calendar days (YYYY-MM-DD): an area is late ("sen") after its deadline's day while
 * it is neither ready nor accepted; the whole is late after its deadline while not approved.
 */

export const AREA_STATES = ['open', 'ready', 'returned', 'accepted'] as const;
export type AreaState = (typeof AREA_STATES)[number];
export const PERIOD_STATES = ['open', 'approved', 'published'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

export const AREA_STATE_LABELS: Record<AreaState, string> = {
  open: 'Pågår',
  ready: 'Klar för granskning',
  returned: 'Återsänd',
  accepted: 'Godkänd',
};
export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  open: 'Pågår',
  approved: 'Godkänd',
  published: 'Publicerad',
};

export type AreaAction = 'ready' | 'return' | 'accept';
export type PeriodAction = 'approve' | 'publish' | 'reopen';

/** Longest note a returned area carries, in characters. */
export const RETURN_NOTE_MAX = 2000;

/** A refused step: the Swedish reason. */
export class CycleRuleError extends Error {
  override name = 'CycleRuleError';
}

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not). */
export function isDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === text;
}

export interface AreaCheck {
  /** The area's name, for messages. */
  name: string;
  /** The labels of the texts the area needs and has not written (a material area's comment and action). */
  missingTexts: readonly string[];
}

/** The area's next state after `action` from `from` while the whole is `period`, or a CycleRuleError saying why not. */
export function nextAreaState(period: PeriodState, from: AreaState, action: AreaAction, area: AreaCheck, note?: string): AreaState {
  if (period !== 'open')
    throw new CycleRuleError(
      `Perioden är ${PERIOD_STATE_LABELS[period].toLowerCase()}: områdena kan inte ändras förrän controllern öppnar perioden igen.`,
    );
  if (action === 'ready') {
    if (from === 'ready') throw new CycleRuleError(`${area.name} är redan markerat klart och väntar på granskning.`);
    if (from === 'accepted') throw new CycleRuleError(`${area.name} är redan godkänt.`);
    if (area.missingTexts.length > 0)
      throw new CycleRuleError(
        `${area.name} kan inte markeras klart: området är väsentligt och saknar ${area.missingTexts.join(' och ').toLowerCase()}.`,
      );
    return 'ready';
  }
  if (action === 'return') {
    if (from !== 'ready' && from !== 'accepted')
      throw new CycleRuleError(
        `${area.name} kan bara återsändas när det är klart eller godkänt (det är ${AREA_STATE_LABELS[from].toLowerCase()}).`,
      );
    const text = (note ?? '').trim();
    if (text === '') throw new CycleRuleError('Skriv en kommentar om vad som ska rättas.');
    if ([...text].length > RETURN_NOTE_MAX) throw new CycleRuleError(`Kommentaren är för lång: högst ${RETURN_NOTE_MAX} tecken.`);
    return 'returned';
  }
  if (from !== 'ready')
    throw new CycleRuleError(
      from === 'accepted'
        ? `${area.name} är redan godkänt.`
        : `${area.name} kan bara godkännas när det är markerat klart (det är ${AREA_STATE_LABELS[from].toLowerCase()}).`,
    );
  return 'accepted';
}

/** The whole's next state after `action`, or a CycleRuleError saying why not. `areas` are the areas' names and states. */
export function nextPeriodState(
  from: PeriodState,
  action: PeriodAction,
  areas: readonly { name: string; state: AreaState }[],
): PeriodState {
  if (action === 'approve') {
    if (from !== 'open') throw new CycleRuleError(`Perioden är redan ${PERIOD_STATE_LABELS[from].toLowerCase()}.`);
    const left = areas.filter((a) => a.state !== 'accepted');
    if (left.length > 0)
      throw new CycleRuleError(
        `Rapporten kan inte godkännas förrän alla områden är godkända; inte godkända: ${left.map((a) => a.name).join(', ')}.`,
      );
    return 'approved';
  }
  if (action === 'publish') {
    if (from === 'published')
      throw new CycleRuleError('Perioden är redan publicerad: öppna den igen och godkänn rapporten innan en ny version publiceras.');
    if (from !== 'approved') throw new CycleRuleError('Rapporten kan inte publiceras förrän controllern har godkänt hela rapporten.');
    return 'published';
  }
  if (from === 'open') throw new CycleRuleError('Perioden är redan öppen.');
  return 'open';
}

/** Late: the deadline's day has passed (today is after it) and the area is neither ready nor accepted. */
export function isAreaLate(state: AreaState, deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline && (state === 'open' || state === 'returned');
}

/** Late: the whole's deadline has passed and the report is not approved. */
export function isPeriodLate(state: PeriodState, deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline && state === 'open';
}

/** The calendar day (YYYY-MM-DD) of an instant in Swedish time, which deadlines are counted in. */
export function swedishDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export const OVERVIEW_FILTERS = ['saknas', 'sen', 'atersand'] as const;
export type OverviewFilter = (typeof OVERVIEW_FILTERS)[number];

export interface AreaFacts {
  state: AreaState;
  late: boolean;
  missingTexts: readonly string[];
}

/** Whether an area is shown under a filter: saknas (required texts not written), sen (late), återsänd (returned). */
export function matchesFilter(area: AreaFacts, filter: OverviewFilter): boolean {
  if (filter === 'saknas') return area.missingTexts.length > 0;
  if (filter === 'sen') return area.late;
  return area.state === 'returned';
}
