/**
 * `uppfoljning text warnings --committee C --period P [--json]`: what in the period's texts may no
 * longer be true (src/core/text-warnings.ts). Warnings are advice: the exit code is 0 with or
 * without them.
 */
import { loadTextWarnings } from '#app/text-warnings.ts';
import { textWarningJson } from '#report/json.ts';
import type { Command } from './io.ts';

const TYPE_SV = { 'future-month': 'månad', 'unmatched-amount': 'belopp', 'unchanged-text': 'oförändrad' } as const;

export async function textWarningsCommand({ db, io, values }: Command, committeeId: string, period: string): Promise<number> {
  const warnings = (await loadTextWarnings(db, committeeId, period)).map(textWarningJson);
  if (values.json) {
    io.out(`${JSON.stringify({ committee: committeeId, period, warnings }, null, 2)}\n`);
    return 0;
  }
  for (const w of warnings)
    io.out(`${w.area ?? '(nämnden)'}\t${w.kind}\t${TYPE_SV[w.type]}\t${w.phrase === null ? '' : `"${w.phrase}"`}\t${w.message}\n`);
  io.err(
    warnings.length === 0 ? `Inga varningar om texterna för ${period}.\n` : `${warnings.length} varningar om texterna för ${period}.\n`,
  );
  return 0;
}
