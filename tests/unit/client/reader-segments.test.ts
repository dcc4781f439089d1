// The reader's pieces of an article: plain text and claim spans, the text
// kept whole and in order, shared and overlapping spans one, bad offsets apart.
import { describe, expect, it } from 'vitest';
import { readerSegments } from '../../../client/src/graph/reader-segments.ts';

const TEXT = 'One. Two attacked three. Four. Five sanctioned six.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

describe('readerSegments', () => {
  it('keeps the whole text in order, with a span per claimed sentence', () => {
    const a = { id: 'a', ...span('Two attacked three.') };
    const b = { id: 'b', ...span('Five sanctioned six.') };
    const { segments, unplaced } = readerSegments(TEXT, [b, a]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.claims.length > 0).map((s) => [s.text, s.claims.map((c) => c.id)])).toEqual([
      ['Two attacked three.', ['a']],
      ['Five sanctioned six.', ['b']],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('puts claims of one sentence, and overlapping spans, into one span', () => {
    const a = { id: 'a', ...span('Two attacked three.') };
    const b = { id: 'b', ...span('Two attacked three.') };
    const c = { id: 'c', start: span('three.').start, end: span('Four.').end };
    const { segments } = readerSegments(TEXT, [a, b, c]);
    const spans = segments.filter((s) => s.claims.length > 0);
    expect(spans.map((s) => [s.text, s.claims.map((x) => x.id)])).toEqual([['Two attacked three. Four.', ['a', 'b', 'c']]]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
  });

  it.each([
    ['no offsets', null, null],
    ['past the end', 10, TEXT.length + 1],
    ['empty', 5, 5],
    ['negative', -1, 3],
  ])('sets apart a claim with %s', (_what, start, end) => {
    const { segments, unplaced } = readerSegments(TEXT, [{ id: 'x', start, end }]);
    expect(unplaced.map((c) => c.id)).toEqual(['x']);
    expect(segments).toEqual([{ start: 0, end: TEXT.length, text: TEXT, claims: [] }]);
  });
});
