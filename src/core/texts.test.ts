import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_TEXT_KINDS, normalizeText, TEXT_KINDS, TEXT_LIMITS, textBlocks, textKindOf, textProblem, textState } from './texts.ts';

describe('text blocks', () => {
  it('splits paragraphs at blank lines and joins single line breaks', () => {
    expect(textBlocks('Första raden\nfortsätter här.\n\n  \nAndra stycket.')).toEqual([
      { type: 'paragraph', text: 'Första raden fortsätter här.' },
      { type: 'paragraph', text: 'Andra stycket.' },
    ]);
  });

  it('reads bulleted and numbered lists, with continuation lines', () => {
    expect(textBlocks('Åtgärder:\n- färre placeringar\n* egna jourhem\n  som fortsätter\n• uppföljning\n\n1. först\n2) sedan')).toEqual([
      { type: 'paragraph', text: 'Åtgärder:' },
      { type: 'list', ordered: false, items: ['färre placeringar', 'egna jourhem som fortsätter', 'uppföljning'] },
      { type: 'list', ordered: true, items: ['först', 'sedan'] },
    ]);
  });

  it('starts a new list when bullets turn to numbers', () => {
    expect(textBlocks('- a\n1. b')).toEqual([
      { type: 'list', ordered: false, items: ['a'] },
      { type: 'list', ordered: true, items: ['b'] },
    ]);
  });

  it('keeps markup as text (renderers escape it)', () => {
    expect(textBlocks('<script>alert(1)</script>')).toEqual([{ type: 'paragraph', text: '<script>alert(1)</script>' }]);
    // A hyphen without a space, or a year with a point, is not a list.
    expect(textBlocks('-0,3 mnkr\n2025. Året')).toEqual([{ type: 'paragraph', text: '-0,3 mnkr 2025. Året' }]);
  });

  it('has no blocks for an empty or blank text', () => {
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks(' \n\n\t\n')).toEqual([]);
  });

  it('loses no word of any text (property)', () => {
    const word = fc.stringMatching(/^[a-zåäö0-9,]{1,8}$/);
    const line = fc.tuple(fc.constantFrom('', '- ', '* ', '• ', '1. ', '  '), fc.array(word, { minLength: 1, maxLength: 5 }));
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n \n')), { maxLength: 12 });
    fc.assert(
      fc.property(text, (lines) => {
        const body = lines.map(([[marker, words], end]) => `${marker}${words.join(' ')}${end}`).join('');
        const expected = lines.flatMap(([[, words]]) => words);
        const got = textBlocks(body).flatMap((b) => (b.type === 'paragraph' ? b.text : b.items.join(' ')).split(' '));
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe('text limits and checks', () => {
  it('names the field and the counts when a text is too long', () => {
    expect(textProblem('comment', 'a'.repeat(TEXT_LIMITS.comment))).toBeNull();
    expect(textProblem('comment', 'a'.repeat(4321))).toBe(
      'Kommentar till avvikelsen är för lång: 4\u00a0321 tecken, högst 4\u00a0000 tecken är tillåtet (321 för många).',
    );
    // Counted in characters, not UTF-16 units: 4 000 emoji fit.
    expect(textProblem('action', '😀'.repeat(4000))).toBeNull();
  });

  it('refuses control characters, naming where', () => {
    expect(textProblem('summary', 'ab\u0000c')).toBe(
      'Sammanfattning av resultatet innehåller ett otillåtet styrtecken (U+0000) vid tecken 3.',
    );
    expect(textProblem('summary', 'rad\n\tindrag')).toBeNull();
  });

  it('normalizes line endings and trailing blanks', () => {
    expect(normalizeText('\n\nEtt  \r\nTvå\t\r\n\r\n')).toBe('Ett\nTvå');
  });

  it('has one external name per kind', () => {
    expect(new Set(EXTERNAL_TEXT_KINDS).size).toBe(TEXT_KINDS.length);
    for (const k of TEXT_KINDS) expect(textKindOf(EXTERNAL_TEXT_KINDS[TEXT_KINDS.indexOf(k)] ?? '')).toBe(k);
    expect(textKindOf('ks-summary')).toBe('ks_result');
    expect(textKindOf('forecast_comment')).toBeNull();
  });
});

describe('text states', () => {
  it('is written when the period has its own text, missing when it was saved empty', () => {
    expect(textState('2025-05', { period: '2025-05', body: 'Text' }, { period: '2025-04', body: 'Gammal' })).toBe('written');
    expect(textState('2025-05', { period: '2025-05', body: '  ' }, { period: '2025-04', body: 'Gammal' })).toBe('missing');
  });

  it('is copied from an earlier period within 12 months, else missing', () => {
    expect(textState('2025-05', null, { period: '2025-04', body: 'Text' })).toBe('copied');
    expect(textState('2025-05', null, { period: '2024-05', body: 'Text' })).toBe('copied');
    expect(textState('2025-05', null, { period: '2024-04', body: 'Text' })).toBe('missing');
    expect(textState('2025-05', null, { period: '2025-06', body: 'Text' })).toBe('missing');
    expect(textState('2025-05', null, { period: '2025-04', body: '' })).toBe('missing');
    expect(textState('2025-05', null, null)).toBe('missing');
  });
});
