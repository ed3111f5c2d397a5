/**
 * Cuts a stream of byte chunks into lines (LF or CRLF) without ever joining the file into one
 * string: lines inside a chunk are passed as ranges of that chunk; only a line that spans chunks
 * is copied into a carry buffer, which is capped at MAX_SIE_LINE_BYTES (a longer line is an
 * error, so a file that is one 50 MB line cannot exhaust memory). Before the first chunk that
 * holds a byte outside ASCII is passed on, the consumer sees a sample to detect the encoding: the
 * file's bytes from the first such byte to exactly SAMPLE bytes beyond it (or the end of the
 * file), preceded by the part of its line that is in the same chunk. Everything before that byte
 * was ASCII, which reads the same in every encoding the reader supports, so the sample's decision
 * depends on the bytes alone, never on where the chunks end. Chunks are held back only until
 * SAMPLE bytes beyond that byte have arrived, so memory stays flat.
 */
import { isAscii } from 'node:buffer';
import { limitText, MAX_SIE_LINE_BYTES } from '../limits.ts';
import { SieError } from './types.ts';

const MAX_LINE = MAX_SIE_LINE_BYTES;
/** Bytes looked at to detect the encoding, from the first byte outside ASCII. */
const SAMPLE = 1 << 18;

export interface LineConsumer {
  /**
   * Called once, before the first line with a byte ≥ 0x80 (with an empty sample if none); `line`
   * is the number of the sample's first line.
   */
  detect(sample: Buffer, line: number): void;
  /** One line without its line end; buf[start..end) must not be kept after the call returns. */
  line(buf: Buffer, start: number, end: number, lineNo: number): void;
  /** In place of `line`: the file's last line when the file does not end with a line break. */
  lastLine(buf: Buffer, start: number, end: number, lineNo: number): void;
}

/** Offset of the first byte ≥ 0x80 in buf, or -1. */
function firstHigh(buf: Buffer): number {
  if (isAscii(buf)) return -1;
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return i;
  return -1;
}

export interface FeedResult {
  lines: number;
  bytes: number;
}

export async function feedLines(input: AsyncIterable<Buffer | Uint8Array>, consumer: LineConsumer, fileName?: string): Promise<FeedResult> {
  let carry = Buffer.alloc(1 << 16);
  let carryLen = 0;
  let lineNo = 0;
  let bytes = 0;
  let detected = false;
  let pending: Buffer[] = [];
  let pendingLen = 0;
  /** Offset in the pending bytes of the first byte ≥ 0x80. */
  let highAt = -1;
  let first = true;

  const tooLong = (): never => {
    throw new SieError(
      `raden är längre än gränsen ${limitText(MAX_LINE)} byte; är det verkligen en SIE-fil?`,
      lineNo + 1,
      undefined,
      fileName,
    );
  };

  const toCarry = (chunk: Buffer, from: number, to: number): void => {
    const n = to - from;
    if (carryLen + n > MAX_LINE) tooLong();
    if (carryLen + n > carry.length) {
      const bigger = Buffer.alloc(Math.min(MAX_LINE, Math.max(carry.length * 2, carryLen + n)));
      carry.copy(bigger, 0, 0, carryLen);
      carry = bigger;
    }
    chunk.copy(carry, carryLen, from, to);
    carryLen += n;
  };

  const emit = (buf: Buffer, start: number, end: number): void => {
    if (end > start && buf[end - 1] === 0x0d) end--;
    consumer.line(buf, start, end, ++lineNo);
  };

  const processChunk = (chunk: Buffer): void => {
    let pos = 0;
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) pos = 3; // UTF-8 byte order mark
    }
    if (carryLen > 0) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        toCarry(chunk, pos, chunk.length);
        return;
      }
      toCarry(chunk, pos, nl);
      const len = carryLen;
      carryLen = 0;
      emit(carry, 0, len);
      pos = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      if (nl - pos > MAX_LINE) tooLong();
      emit(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) toCarry(chunk, pos, chunk.length);
  };

  const flushPending = (): void => {
    const sample = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLen);
    // The sample starts at the line of the first byte ≥ 0x80 (its first line continues the carry).
    const start = sample.lastIndexOf(10, highAt) + 1;
    let line = lineNo + 1;
    for (let i = sample.indexOf(10); i >= 0 && i < start; i = sample.indexOf(10, i + 1)) line++;
    consumer.detect(sample.subarray(start, Math.min(sample.length, highAt + SAMPLE)), line);
    pending = [];
    pendingLen = 0;
    detected = true;
    processChunk(sample);
  };

  const hold = (chunk: Buffer): void => {
    pending.push(chunk);
    pendingLen += chunk.length;
    if (pendingLen - highAt >= SAMPLE) flushPending();
    else pending[pending.length - 1] = Buffer.from(chunk); // the producer may reuse its buffer
  };

  for await (const part of input) {
    const chunk = Buffer.isBuffer(part) ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    if (chunk.length === 0) continue;
    bytes += chunk.length;
    if (detected) {
      processChunk(chunk);
    } else if (pendingLen > 0) {
      hold(chunk);
    } else {
      highAt = firstHigh(chunk);
      if (highAt < 0) processChunk(chunk);
      else hold(chunk);
    }
  }
  if (!detected) {
    if (pendingLen > 0) flushPending();
    else consumer.detect(Buffer.alloc(0), lineNo + 1);
  }
  if (carryLen > 0) {
    // The file does not end with a line break.
    let len = carryLen;
    carryLen = 0;
    if (carry[len - 1] === 0x0d) len--;
    consumer.lastLine(carry, 0, len, ++lineNo);
  }
  return { lines: lineNo, bytes };
}
