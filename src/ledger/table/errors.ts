/**
 * Errors of the spreadsheet reader. Every error names its place: the file, the spreadsheet row
 * (1-based, the header is row 1 unless blank rows precede it; 0 means the file as a whole) and,
 * where one column is at fault, that column's header text.
 */
export class TableError extends Error {
  file?: string;
  row: number;
  column?: string;
  /** The message without the place, e.g. `"12,3,4" är inget belopp`. */
  reason: string;

  constructor(reason: string, place: { file?: string; row: number; column?: string }) {
    super(formatPlace(place) + reason);
    this.name = 'TableError';
    this.reason = reason;
    this.row = place.row;
    if (place.file !== undefined) this.file = place.file;
    if (place.column !== undefined) this.column = place.column;
  }
}

/** `tx.csv, rad 17, kolumn "belopp": ` */
function formatPlace(place: { file?: string; row: number; column?: string }): string {
  const parts: string[] = [];
  if (place.file) parts.push(place.file);
  if (place.row > 0) parts.push(`rad ${place.row}`);
  if (place.column !== undefined) parts.push(`kolumn "${place.column}"`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}
