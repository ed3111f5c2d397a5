/**
 * The wrong-organisation guard: a file from another organisation than the committee's ledger
 * (another #ORGNR, or where either lacks one, another #FNAMN), or whose responsibility codes share
 * nothing with the committee's, would replace or mix in someone else's figures. It is refused with
 * both sides named, unless the controller says the file replaces the organisation.
 */
import { listCodes, type Q } from '#store/committees.ts';
import { findOrganisation, type Organisation, saveOrganisation } from '#store/organisations.ts';
import { InputError } from './errors.ts';

export type { Organisation } from '#store/organisations.ts';

/** The override's name in the CLI and the web form, for messages. */
const OVERRIDE = 'importera med "Ersätt organisationen" (--replace-organisation)';

/** Refused: the file's organisation is not the committee's. `file` and `committee` say both. */
export class OrganisationMismatchError extends InputError {
  override name = 'OrganisationMismatchError';
  constructor(
    message: string,
    fileName: string,
    readonly file: Organisation & { codes?: string[] },
    readonly committee: Organisation & { id: string; codes?: string[] },
  ) {
    super(message, fileName);
  }
}

const normalNumber = (n: string | null) => (n ? n.replace(/[\s-]/g, '') : null);
const normalName = (n: string | null) => (n ? n.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE') : null);

/** "Övningsbolaget AB (556677-8899)", "organisationsnummer 556677-8899", or "okänd organisation". */
export function describeOrganisation(o: Organisation): string {
  if (o.name && o.orgNumber) return `${o.name} (${o.orgNumber})`;
  if (o.name) return o.name;
  if (o.orgNumber) return `organisationsnummer ${o.orgNumber}`;
  return 'okänd organisation';
}

/** Whether two organisations are known to differ: by number where both have one, else by name. */
export function differs(a: Organisation, b: Organisation): boolean {
  const an = normalNumber(a.orgNumber);
  const bn = normalNumber(b.orgNumber);
  if (an && bn) return an !== bn;
  const am = normalName(a.name);
  const bm = normalName(b.name);
  return am !== null && bm !== null && am !== bm;
}

export interface OrganisationCheck {
  committeeId: string;
  committeeName: string;
  /** The committee was created by this import (nothing to compare with). */
  created: boolean;
  /** The file's organisation (SIE); null for a sheet, which names none. */
  file: Organisation | null;
  /** The responsibility codes the file has amounts on ('' left out). */
  codes: ReadonlySet<string>;
  replace: boolean;
  fileName: string;
}

/**
 * Refuses another organisation's file (see the module comment), then records the file's
 * organisation when the committee has none yet or the file replaces it. Call in the import's
 * transaction, before anything is replaced.
 */
export async function checkOrganisation(q: Q, c: OrganisationCheck): Promise<void> {
  const known = c.created ? null : await findOrganisation(q, c.committeeId);
  if (!c.replace && !c.created) {
    if (c.file && known && differs(c.file, known)) {
      throw new OrganisationMismatchError(
        `filen kommer från ${describeOrganisation(c.file)}, men ${c.committeeName} skapades från ${describeOrganisation(known)}. ` +
          `Är det rätt nämnd? Inget ändrades. Ska filen ersätta nämndens organisation: ${OVERRIDE}.`,
        c.fileName,
        c.file,
        { id: c.committeeId, ...known },
      );
    }
    await checkCodesOverlap(q, c, known);
  }
  if (c.file && (c.file.orgNumber || c.file.name) && (c.created || c.replace || !known)) {
    await saveOrganisation(q, c.committeeId, c.file);
  }
}

async function checkCodesOverlap(q: Q, c: OrganisationCheck, known: Organisation | null): Promise<void> {
  if (c.codes.size === 0) return;
  const codes = (await listCodes(q, c.committeeId)).map((r) => r.code);
  if (codes.length === 0 || codes.some((code) => c.codes.has(code))) return;
  const sample = (list: Iterable<string>) => {
    const all = [...list].sort();
    return all.length > 5 ? `${all.slice(0, 5).join(', ')} … (${all.length} st)` : all.join(', ');
  };
  const from = c.file && (c.file.name || c.file.orgNumber) ? ` från ${describeOrganisation(c.file)}` : '';
  throw new OrganisationMismatchError(
    `ansvarskoderna i filen${from} (${sample(c.codes)}) har ingen gemensam med ansvarskoderna i ${c.committeeName} (${sample(codes)}). ` +
      `Är det rätt nämnd eller rätt dimension? Inget ändrades. Ska filen ersätta nämndens organisation: ${OVERRIDE}.`,
    c.fileName,
    { ...(c.file ?? { orgNumber: null, name: null }), codes: [...c.codes].sort().slice(0, 20) },
    { id: c.committeeId, ...(known ?? { orgNumber: null, name: null }), codes: codes.sort().slice(0, 20) },
  );
}
