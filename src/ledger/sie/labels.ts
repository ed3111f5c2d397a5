/** Record labels as numbers, so that dispatch compares numbers rather than strings. */

/** Packs a label's letters (after '#') into a number: five bits a letter, at most ten letters. */
export function labelCode(buf: Uint8Array, start: number, end: number): number {
  if (end - start > 11 || buf[start] !== 0x23) return -1;
  let code = 0;
  for (let i = start + 1; i < end; i++) {
    const c = buf[i]!;
    code = code * 32 + (c >= 0x41 && c <= 0x5a ? c - 0x40 : c >= 0x30 && c <= 0x39 ? 27 : 31);
  }
  return code;
}
const L = (label: string): number => labelCode(Buffer.from(`#${label}`), 0, label.length + 1);
export const TRANS = L('TRANS');
export const VER = L('VER');
export const RTRANS = L('RTRANS');
export const BTRANS = L('BTRANS');
export const PSALDO = L('PSALDO');
export const PBUDGET = L('PBUDGET');
export const IB = L('IB');
export const UB = L('UB');
export const RES = L('RES');
export const KONTO = L('KONTO');
export const KTYP = L('KTYP');
export const OBJEKT = L('OBJEKT');
export const DIM = L('DIM');
export const UNDERDIM = L('UNDERDIM');
export const RAR = L('RAR');
export const SIETYP = L('SIETYP');
export const PROGRAM = L('PROGRAM');
export const FORMAT = L('FORMAT');
export const FNAMN = L('FNAMN');
export const ORGNR = L('ORGNR');
export const KSUMMA = L('KSUMMA');
/** Known records that may not stand inside a voucher (others are ignored wherever they are). */
export const NOT_IN_VOUCHER = new Set([
  PSALDO,
  PBUDGET,
  IB,
  UB,
  RES,
  KONTO,
  KTYP,
  OBJEKT,
  DIM,
  UNDERDIM,
  RAR,
  SIETYP,
  PROGRAM,
  FORMAT,
  FNAMN,
  KSUMMA,
  L('OIB'),
  L('OUB'),
]);
/** Every record label of the format (SIE 4B/4C), whether this reader uses it or not. */
export const ALL_LABELS = new Set(
  [
    'ADRESS',
    'BKOD',
    'BTRANS',
    'DIM',
    'ENHET',
    'FLAGGA',
    'FNAMN',
    'FNR',
    'FORMAT',
    'FTYP',
    'GEN',
    'IB',
    'KONTO',
    'KPTYP',
    'KSUMMA',
    'KTYP',
    'OBJEKT',
    'OIB',
    'OMFATTN',
    'ORGNR',
    'OUB',
    'PBUDGET',
    'PROGRAM',
    'PROSA',
    'PSALDO',
    'RAR',
    'RES',
    'RTRANS',
    'SIETYP',
    'SRU',
    'TAXAR',
    'TRANS',
    'UB',
    'UNDERDIM',
    'VALUTA',
    'VER',
  ].map(L),
);
