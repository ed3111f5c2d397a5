/** Why a ledger file could not be opened, in Swedish (Node's own text as a last resort). */
export function openFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'filen finns inte';
  if (code === 'EACCES' || code === 'EPERM') return 'filen kan inte läsas (behörighet saknas)';
  if (code === 'EISDIR') return 'det är en mapp, ingen fil';
  return `filen kan inte läsas (${e instanceof Error ? e.message : String(e)})`;
}
