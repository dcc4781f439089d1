// The recorded annotator of the extractor's unit tests: a fixture decodes to
// the parse it was encoded from, and a text never recorded fails with an
// error that names it and the command that records it.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../server/nlp/annotation.ts';
import { decodeFixture, encodeFixture, ParseNotRecordedError, parseKey, RECORD_COMMAND, recordedAnnotator } from '../../support/recorded-annotator.ts';

const text = 'Norway “expelled” them.';
const parse: Annotation = {
  sentences: [{
    tokens: [
      { word: 'Norway', begin: 0, end: 6, pos: 'NNP', lemma: 'Norway', ner: 'COUNTRY' },
      { word: '``', begin: 7, end: 8, pos: '``', lemma: '``', ner: 'O' },
      { word: 'expelled', begin: 8, end: 16, pos: 'VBD', lemma: 'expel', ner: 'O' },
      { word: "''", begin: 16, end: 17, pos: "''", lemma: "''", ner: 'O' },
      { word: 'them', begin: 18, end: 22, pos: 'PRP', lemma: 'they', ner: 'O', normalized: 'x' },
      { word: '.', begin: 22, end: 23, pos: '.', lemma: '.', ner: 'O' },
    ],
    basic: [['root', 0, 3], ['nsubj', 3, 1], ['obj', 3, 5]],
    enhanced: [['root', 0, 3], ['nsubj', 3, 1], ['obj', 3, 5]],
  }],
};

describe('recorded parses', () => {
  it('decode to the parse they were encoded from, words that differ from the text kept', () => {
    const fixture = encodeFixture(text, 'p', parse);
    expect(fixture.sentences[0]?.tokens[0]).toEqual([null, 0, 6, 'NNP', null, 'COUNTRY']);
    expect(fixture.sentences[0]?.tokens[1]?.[0]).toBe('``');
    expect(decodeFixture(JSON.parse(JSON.stringify(fixture)))).toEqual(parse);
  });

  it('are named by the first 16 hex digits of the sha256 of the text', () => {
    expect(parseKey('abc')).toBe('ba7816bf8f01cfea');
  });

  it.skipIf(process.env.RECORD_PARSES === '1')('fail for a text never recorded, naming it and the command that records it', async () => {
    const err = await recordedAnnotator().annotate('A sentence no test has recorded.').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParseNotRecordedError);
    expect((err as ParseNotRecordedError).code).toBe('PARSE_NOT_RECORDED');
    expect((err as Error).message).toContain('"A sentence no test has recorded."');
    expect((err as Error).message).toContain(RECORD_COMMAND);
  });
});
