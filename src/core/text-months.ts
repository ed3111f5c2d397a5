/**
 * Months named in a Swedish text, and whether the sentence around one speaks of it as past.
 *
 * A month is its full name in any case ("augusti", "Augusti", the genitive "augustis") or a
 * lower-case abbreviation ("aug", "aug.", "sept"; lower case only, so the name "Jan" is no month;
 * "jul" is left out: "i jul" is Christmas). A four-digit year may follow ("augusti 2024").
 *
 * Tense is read from the clause that holds the month (a sentence, cut at commas and semicolons):
 * it is past when it has a past marker (the auxiliaries "har"/"hade", a preterite such as
 * "inleddes", "genomfördes", "startade", "påbörjades", or "sedan") and no future marker ("ska",
 * "kommer", "planeras", "väntas", "beräknas", …). Prepositions decide nothing: "från och med
 * september" is future only when no past verb stands beside it ("har arbetat heltid från mitten
 * av maj" is past). A heuristic: it errs towards silence, and a warning never blocks anything.
 */

export interface MonthMention {
  /** 1..12 */
  month: number;
  year: number | null;
  /** The matched words ("augusti", "aug. 2024"). */
  phrase: string;
  /** Offsets in the text (UTF-16 code units, as String.prototype.slice counts). */
  start: number;
  end: number;
  /** The clause speaks of the month as past. */
  past: boolean;
}

const FULL = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  febr: 2,
  apr: 4,
  jun: 6,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

const L = '\\p{L}';
const MONTH_PATTERN = new RegExp(
  `(?<![${L}\\d])(?:(${FULL.join('|')})s?|(${Object.keys(ABBREVIATIONS).join('|')})\\.?)(?![${L}])(?:\\s+(\\d{4})(?!\\d))?`,
  'giu',
);

const PAST_WORDS = new Set([
  'har',
  'hade',
  'sedan',
  'fick',
  'kom',
  'var',
  'blev',
  'gick',
  'tog',
  'gjorde',
  'skedde',
  'inledde',
  'köpte',
  'betalde',
  'startade',
  'började',
  'minskade',
  'ökade',
  'fortsatte',
  'anställde',
  'tillträdde',
  'infördes',
  'inleddes',
  'genomfördes',
  'påbörjades',
  'avslutades',
  'beslutades',
]);
const FUTURE_WORDS = new Set([
  'ska',
  'skall',
  'kommer',
  'planeras',
  'planerar',
  'planerat',
  'planerad',
  'planerade',
  'väntas',
  'förväntas',
  'beräknas',
  'bedöms',
  'avses',
  'avser',
  'inför',
  'nästa',
  'kommande',
  'preliminärt',
  'planer',
  'plan',
]);
/** Words that end like a preterite ("-ades", "-des", "-tes", "-dde") but are none. */
const NOT_PRETERITE = new Set(['alldeles', 'annorledes', 'likaledes', 'des', 'tes']);

function isPastWord(word: string): boolean {
  if (PAST_WORDS.has(word)) return true;
  if (NOT_PRETERITE.has(word) || word.length < 5) return false;
  // Passive preterites (inleddes, betalades, köptes, anställdes). Active "-ade" preterites are
  // listed: the ending is as often a participle ("budgeterade statsbidrag").
  return /(ades|ddes|[^n]des|[^ns]tes)$/u.test(word);
}

/**
 * A clause ends at a comma, semicolon, colon, line break, "!" or "?", and at a full stop that ends
 * a sentence (followed by a space and a capital or digit, or by the end): the stops inside
 * "fr.o.m.", "t.ex." and "bl.a." end nothing.
 */
function isStop(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (/[!?;,:\n]/u.test(c)) return true;
  if (c !== '.') return false;
  const after = text.slice(i + 1, i + 3);
  return after === '' || /^\s($|[\p{Lu}\d\n])/u.test(after);
}

/** The words of the clause around [start, end), without the match itself. */
function clauseAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !isStop(text, a - 1)) a--;
  let b = end;
  while (b < text.length && !isStop(text, b)) b++;
  return `${text.slice(a, start)} ${text.slice(end, b)}`;
}

function spokenOfAsPast(clause: string): boolean {
  const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((w) => FUTURE_WORDS.has(w))) return false;
  return words.some(isPastWord);
}

/** Every month the text names, in order, with whether its clause speaks of it as past. */
export function monthMentions(text: string): MonthMention[] {
  const out: MonthMention[] = [];
  for (const m of text.matchAll(MONTH_PATTERN)) {
    const start = m.index;
    const end = start + m[0].length;
    // Abbreviations count in lower case only ("Jan" is a name); the flag made the pattern ignore case.
    const abbreviation = m[2];
    if (abbreviation !== undefined && abbreviation !== abbreviation.toLowerCase()) continue;
    const month = m[1] ? FULL.indexOf(m[1].toLowerCase()) + 1 : (ABBREVIATIONS[abbreviation ?? ''] ?? 0);
    if (month === 0) continue;
    out.push({
      month,
      year: m[3] ? Number(m[3]) : null,
      phrase: m[0],
      start,
      end,
      past: spokenOfAsPast(clauseAround(text, start, end)),
    });
  }
  return out;
}
