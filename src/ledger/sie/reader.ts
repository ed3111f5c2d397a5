/**
 * readSie: reads an SIE file from a stream of byte chunks, with memory that stays flat whatever
 * the file's size (vouchers are summed as they pass and handed to the sink one at a time).
 */
import { buildLedger } from './ledger.ts';
import { feedLines } from './lines.ts';
import { SieParser } from './parser.ts';
import { SieError, type SieLedger, type SieReadOptions, type SieSink } from './types.ts';

export async function readSie(
  input: AsyncIterable<Buffer | Uint8Array>,
  options: SieReadOptions = {},
  sink: SieSink = {},
): Promise<SieLedger> {
  const dimension = options.dimension ?? 1;
  if (!Number.isInteger(dimension) || dimension < 0) throw new RangeError(`not a dimension: ${dimension}`);
  const parser = new SieParser(options, sink);
  const { lines } = await feedLines(input, parser, options.fileName);
  if (lines === 0) throw new SieError('filen är tom', 0, undefined, options.fileName);
  parser.end();
  return buildLedger(parser);
}
