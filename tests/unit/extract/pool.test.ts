// The worker-thread extraction pool: same output as extractArticle inline, in
// input order, a throwing article as an error result, no worker left behind.
// Each pool start loads the extractor in every worker (seconds), so one run
// over all inputs is shared by the assertions that only read its results.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../../server/extract/extract.ts';
import { extractMany } from '../../../server/extract/pool.ts';
import type { ExtractResult } from '../../../server/extract/pool.ts';
import type { ArticleInput } from '../../../server/extract/types.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dev = path.resolve(repoRoot, '../shared/corpus/dev');
// The dev corpus beside the repo, else the bundled sample article: never nothing.
const corpus: ArticleInput[] = (existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dev, f)) : [path.join(repoRoot, 'data/sample/albania-iran-2022.txt')]).map((f) => ({
  text: readFileSync(f, 'utf8'),
}));
// Short and long articles mixed, so later ones finish before earlier ones.
const small: ArticleInput[] = Array.from({ length: 12 }, (_, i) => ({
  text: `Report ${i}\n\n${'Iran attacked Albania. Albania expelled diplomats of Iran. '.repeat(i % 3 === 0 ? 20 : 1)}`,
}));
// NOTE: the cast lets a malformed input through the types: a non-string text
// makes extractArticle throw (an empty string does not).
const throwing = { text: null } as unknown as ArticleInput;
const inputs: ArticleInput[] = [...corpus, ...small.slice(0, 6), throwing, ...small.slice(6)];
const WORKERS = 2;
const TIMEOUT = 120_000;

async function collect(results: AsyncIterable<ExtractResult>): Promise<ExtractResult[]> {
  const out: ExtractResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** Live MessagePorts: each worker holds one, so a leaked worker shows here. */
const ports = (): number => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;

describe('extractMany', () => {
  let pooled: ExtractResult[] = [];
  let portsBefore = 0;
  beforeAll(async () => {
    portsBefore = ports();
    pooled = await collect(extractMany(inputs, { workers: WORKERS, perWorker: 2 }));
  }, TIMEOUT);

  it('gives the same extractions as extractArticle inline for the dev corpus', () => {
    expect(pooled.slice(0, corpus.length)).toEqual(corpus.map((input) => ({ ok: true, extraction: extractArticle(input) })));
  });

  it('yields one result per input, in input order, for more inputs than workers', () => {
    expect(inputs.length).toBeGreaterThan(WORKERS * 2);
    expect(pooled).toHaveLength(inputs.length);
    const ids = pooled.map((r) => (r.ok ? r.extraction.article.id : null));
    expect(ids).toEqual(inputs.map((i) => (i === throwing ? null : extractArticle(i).article.id)));
  });

  it('turns a throwing article into an error result and extracts the others', () => {
    const at = inputs.indexOf(throwing);
    expect(pooled[at]).toEqual({ ok: false, error: expect.stringContaining('must be of type string') });
    expect(pooled.filter((r) => !r.ok)).toHaveLength(1);
  });

  it('matches the inline reference (workers: 0), error result included', async () => {
    expect(await collect(extractMany(inputs, { workers: 0 }))).toEqual(pooled);
  });

  it('terminates its workers when the iteration ends', () => {
    expect(ports()).toBe(portsBefore);
  });

  it('terminates its workers when the consumer stops early, and reads async iterables', async () => {
    async function* source(): AsyncGenerator<ArticleInput> {
      for (const input of small) yield await Promise.resolve(input);
    }
    const before = ports();
    const results = extractMany(source(), { workers: 1 });
    const first = await results.next();
    expect(first.value).toEqual({ ok: true, extraction: extractArticle(small[0]!) });
    expect(ports()).toBeGreaterThan(before);
    await results.return();
    expect(ports()).toBe(before);
  }, TIMEOUT);
});
