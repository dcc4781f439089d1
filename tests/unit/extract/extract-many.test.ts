// extractMany over a fake Annotator that returns constructed parses (the
// shape the sidecar gives for "Iran attacked Albania.") after a delay, or
// throws: input order kept whatever finishes first, parses in flight bounded,
// a failed article an error result, the same extractions as extractArticle
// one by one, nothing started once the consumer stops.
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractArticle } from '../../../server/extract/extract.ts';
import { EXTRACT_MANY_DEFAULTS, extractMany, type ExtractResult } from '../../../server/extract/extract-many.ts';
import type { ArticleInput } from '../../../server/extract/types.ts';
import type { Annotation, Annotator, NlpSentence } from '../../../server/nlp/annotation.ts';
import { isNlpError, NlpError } from '../../../server/nlp/nlp-error.ts';

const COUNTRIES = ['Iran', 'Albania', 'Norway', 'Russia', 'France', 'Mali', 'Estonia', 'Latvia'];

/** The parse CoreNLP gives for "A attacked B." (recorded once from the sidecar), at offset `at`. */
function attackSentence(a: string, b: string, at: number): NlpSentence {
  const verb = at + a.length + 1;
  const obj = verb + 'attacked'.length + 1;
  const dot = obj + b.length;
  const deps: NlpSentence['basic'] = [['root', 0, 2], ['nsubj', 2, 1], ['obj', 2, 3], ['punct', 2, 4]];
  return {
    tokens: [
      { word: a, begin: at, end: at + a.length, pos: 'NNP', lemma: a, ner: 'LOCATION' },
      { word: 'attacked', begin: verb, end: verb + 8, pos: 'VBD', lemma: 'attack', ner: 'O' },
      { word: b, begin: obj, end: dot, pos: 'NNP', lemma: b, ner: 'LOCATION' },
      { word: '.', begin: dot, end: dot + 1, pos: '.', lemma: '.', ner: 'O' },
    ],
    basic: deps,
    enhanced: deps,
  };
}

/** Parses every "A attacked B." of the text; `(slow N)` in the text delays the answer by N ms, `(fail)` throws NLP_TIMEOUT. */
class FakeAnnotator implements Annotator {
  active = 0;
  maxActive = 0;
  calls = 0;

  async annotate(text: string): Promise<Annotation> {
    this.calls++;
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      await sleep(Number(/\(slow (\d+)\)/.exec(text)?.[1] ?? 1));
      if (text.includes('(fail)')) throw new NlpError('NLP_TIMEOUT', 'the fake sidecar did not answer in time');
      const sentences = [...text.matchAll(/([A-Z][a-z]+) attacked ([A-Z][a-z]+)\./g)].map((m) => attackSentence(m[1] ?? '', m[2] ?? '', m.index));
      return { sentences };
    } finally {
      this.active--;
    }
  }
}

/** Article i: two attacks between countries, slower the earlier it comes, so later ones finish first. */
const article = (i: number, n: number, extra = ''): ArticleInput => {
  const c = (k: number): string => COUNTRIES[k % COUNTRIES.length] ?? 'Iran';
  return { text: `Report ${i} (slow ${(n - i) * 5})${extra}\n\n${c(i)} attacked ${c(i + 1)}. ${c(i + 2)} attacked ${c(i + 3)}.\n` };
};
const articles = (n: number): ArticleInput[] => Array.from({ length: n }, (_, i) => article(i, n));

async function collect(results: AsyncIterable<ExtractResult>): Promise<ExtractResult[]> {
  const out: ExtractResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('extractMany', () => {
  it('gives the same extractions as extractArticle one by one, in input order, though later articles finish first', async () => {
    const inputs = articles(12);
    const one = new FakeAnnotator();
    const expected: ExtractResult[] = [];
    for (const input of inputs) expected.push({ ok: true, extraction: await extractArticle(input, one) });
    // The fake parses are real enough to extract from.
    expect(expected.every((r) => r.ok && r.extraction.relationships.some((e) => e.type === 'ATTACKED'))).toBe(true);
    expect(await collect(extractMany(inputs, new FakeAnnotator(), { concurrency: 3 }))).toEqual(expected);
  });

  it.each([1, 2, 3])('keeps at most %d parse(s) in flight, and uses them all', async (concurrency) => {
    const fake = new FakeAnnotator();
    const results = await collect(extractMany(articles(10), fake, { concurrency }));
    expect(results).toHaveLength(10);
    expect(fake.maxActive).toBe(concurrency);
  });

  it(`keeps ${EXTRACT_MANY_DEFAULTS.concurrency} parses in flight by default (the sidecar's threads)`, async () => {
    const fake = new FakeAnnotator();
    await collect(extractMany(articles(8), fake));
    expect(fake.maxActive).toBe(2);
  });

  it('turns a failed parse into an error result that keeps its code, and extracts the others', async () => {
    const inputs = articles(6);
    inputs[2] = article(2, 6, ' (fail)');
    const results = await collect(extractMany(inputs, new FakeAnnotator()));
    expect(results.map((r) => r.ok)).toEqual([true, true, false, true, true, true]);
    const failed = results[2];
    expect(failed && !failed.ok && isNlpError(failed.error, 'NLP_TIMEOUT')).toBe(true);
  });

  it('turns an input the extractor throws on into an error result', async () => {
    // NOTE: the cast lets a malformed input through the types: a non-string text makes the cleaner throw.
    const bad = { text: null } as unknown as ArticleInput;
    const results = await collect(extractMany([article(0, 2), bad, article(1, 2)], new FakeAnnotator()));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({ ok: false, error: expect.any(Error) });
  });

  it('reads async iterables, at most readAhead inputs ahead of the consumer', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<ArticleInput> {
      for (const input of articles(20)) {
        pulled++;
        yield await Promise.resolve(input);
      }
    }
    const results = extractMany(source(), new FakeAnnotator(), { concurrency: 2, readAhead: 4 });
    const first = await results.next();
    expect(first.done).toBe(false);
    expect(pulled).toBeLessThanOrEqual(5);
    const rest = await collect({ [Symbol.asyncIterator]: () => results });
    expect(rest).toHaveLength(19);
  });

  it('starts no article once the consumer stops, and waits for those in flight', async () => {
    const fake = new FakeAnnotator();
    const results = extractMany(articles(20), fake, { concurrency: 2 });
    expect((await results.next()).done).toBe(false);
    await results.return();
    expect(fake.active).toBe(0);
    const calls = fake.calls;
    await sleep(150);
    expect(fake.calls).toBe(calls);
    expect(calls).toBeLessThan(20);
  });

  it.each([0, -1, 1.5])('refuses a concurrency of %d', async (concurrency) => {
    await expect(collect(extractMany(articles(1), new FakeAnnotator(), { concurrency }))).rejects.toThrow(RangeError);
  });
});
