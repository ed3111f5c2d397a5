import { describe, expect, it } from 'vitest';
import { describeError } from './errors.ts';

const fastifyError = (code: string, statusCode: number) => Object.assign(new Error(code), { code, statusCode });

describe('describeError', () => {
  it('tells a file too large, too many files and a body too large apart (all 413)', () => {
    expect(describeError(fastifyError('FST_REQ_FILE_TOO_LARGE', 413))).toEqual({
      status: 413,
      body: { error: 'Filen är för stor.', field: 'file' },
    });
    expect(describeError(fastifyError('FST_FILES_LIMIT', 413))).toEqual({
      status: 413,
      body: { error: 'Skicka en fil i taget.', field: 'file' },
    });
    expect(describeError(fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413))).toEqual({
      status: 413,
      body: { error: 'Begärans innehåll är för stort.', field: 'body' },
    });
  });

  it('leaves an unknown error to the caller (a 500)', () => {
    expect(describeError(new Error('oväntat'))).toBeNull();
  });
});
