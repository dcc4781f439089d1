import { describe, expect, it } from 'vitest';
import { isSentence, sentenceSpans } from '../../../server/graph/sentences.ts';

const TEXT = 'Norway expels diplomats\n\nNorway expelled three diplomats on Monday. Russia denied it, calling it "baseless."  Talks go on.\nA new line here.';

describe('sentenceSpans', () => {
  it('splits paragraphs and sentences, trimmed, with offsets into the text', () => {
    const got = sentenceSpans(TEXT).map((s) => TEXT.slice(s.start, s.end));
    expect(got[0]).toBe('Norway expels diplomats');
    expect(got).toContain('Norway expelled three diplomats on Monday.');
    expect(got).toContain('Russia denied it, calling it "baseless."');
    expect(got.every((s) => s === s.trim() && s.length > 0)).toBe(true);
  });

  it('says whether a span is exactly one sentence', () => {
    const start = TEXT.indexOf('Russia denied');
    const end = TEXT.indexOf('"baseless."') + '"baseless."'.length;
    expect(isSentence(TEXT, start, end)).toBe(true);
    expect(isSentence(TEXT, start, end - 1)).toBe(false);
    expect(isSentence(TEXT, start - 1, end)).toBe(false);
    expect(isSentence(TEXT, TEXT.indexOf('Norway expelled'), end)).toBe(false);
  });
});
