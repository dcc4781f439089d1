// The on-disk annotation cache: a parse is asked for once per text and
// pipeline, kept as gzip JSON under DIR/PIPELINE/SHA256.json.gz, and an entry
// that is corrupt or of the wrong shape is ignored and written again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { Annotation, Annotator } from '../../../server/nlp/annotation.ts';
import { annotationCacheDir, withAnnotationCache } from '../../../server/nlp/annotation-cache.ts';
import type { NlpLog } from '../../../server/nlp/nlp-log.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = (): string => path.join(root, `c${n++}`);

/** A parse that says which text it was made for, and by which call. */
class CountingAnnotator implements Annotator {
  calls = 0;
  annotate(text: string): Promise<Annotation> {
    this.calls++;
    return Promise.resolve({ sentences: [{ tokens: [{ word: text, begin: 0, end: text.length, pos: 'NNP', lemma: text, ner: 'O' }], basic: [['root', 0, 1]], enhanced: [['root', 0, 1]] }] });
  }
}

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('withAnnotationCache', () => {
  it('asks the inner annotator once per text and gives the same parse back', async () => {
    const inner = new CountingAnnotator();
    const cache = withAnnotationCache(inner, { dir: freshDir(), pipeline: () => 'p1' });
    const first = await cache.annotate('Norway');
    const again = await cache.annotate('Norway');
    await cache.annotate('Peru');
    expect(again).toEqual(first);
    expect(inner.calls).toBe(2);
    expect(cache.stats()).toEqual({ hits: 1, misses: 2 });
  });

  it('keeps each parse as gzip JSON under PIPELINE/SHA256.json.gz, and no temporary file', async () => {
    const dir = freshDir();
    const cache = withAnnotationCache(new CountingAnnotator(), { dir, pipeline: () => 'abc123' });
    const parse = await cache.annotate('Chile');
    const file = path.join(dir, 'abc123', `${sha('Chile')}.json.gz`);
    expect(cache.entryFile('Chile')).toBe(file);
    expect(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))).toEqual(parse);
    expect(readdirSync(path.join(dir, 'abc123'))).toEqual([`${sha('Chile')}.json.gz`]);
  });

  it('shares entries between instances over the same directory (another run)', async () => {
    const dir = freshDir();
    await withAnnotationCache(new CountingAnnotator(), { dir, pipeline: () => 'p' }).annotate('Kenya');
    const inner = new CountingAnnotator();
    await withAnnotationCache(inner, { dir, pipeline: () => 'p' }).annotate('Kenya');
    expect(inner.calls).toBe(0);
  });

  it('parses again under another pipeline, read at each call', async () => {
    const inner = new CountingAnnotator();
    let pipeline = 'old';
    const cache = withAnnotationCache(inner, { dir: freshDir(), pipeline: () => pipeline });
    await cache.annotate('Ghana');
    pipeline = 'new';
    await cache.annotate('Ghana');
    await cache.annotate('Ghana');
    expect(inner.calls).toBe(2);
  });

  it('keys a fingerprint that is no plain token by its hash', () => {
    const cache = withAnnotationCache(new CountingAnnotator(), { dir: '/c', pipeline: () => '../../etc tokenize,ssplit' });
    expect(path.dirname(cache.entryFile('x'))).toMatch(/^\/c\/[0-9a-f]{32}$/);
  });

  it.each([
    ['not gzip', Buffer.from('garbage')],
    ['gzip of something that is not JSON', gzipSync('{"sentences": [')],
    ['JSON that is not an annotation', gzipSync(JSON.stringify({ sentences: [{ tokens: 'no' }] }))],
    ['an empty file', Buffer.alloc(0)],
  ])('ignores an entry that is %s, warns, and writes it again', async (_what, bytes) => {
    const dir = freshDir();
    const inner = new CountingAnnotator();
    const warnings: string[] = [];
    const log: NlpLog = (level, message) => warnings.push(`${level}: ${message}`);
    const cache = withAnnotationCache(inner, { dir, pipeline: () => 'p', log });
    const file = cache.entryFile('Peru');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    const parse = await cache.annotate('Peru');
    expect(inner.calls).toBe(1);
    expect(warnings).toEqual(['warn: ignoring a corrupt entry of the annotation cache']);
    expect(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'))).toEqual(parse);
    await cache.annotate('Peru');
    expect(inner.calls).toBe(1);
  });

  it('still gives the parse when the cache cannot be written', async () => {
    // NOTE: a file where the cache directory should be fails even for root, unlike a read-only directory.
    const dir = freshDir();
    writeFileSync(dir, 'not a directory');
    const warnings: string[] = [];
    const cache = withAnnotationCache(new CountingAnnotator(), { dir, pipeline: () => 'p', log: (_l, m) => warnings.push(m) });
    await expect(cache.annotate('Mongolia')).resolves.toMatchObject({ sentences: [{ tokens: [{ word: 'Mongolia' }] }] });
    expect(warnings).toEqual(['could not write to the annotation cache']);
  });

  it('passes the inner annotator\'s failure on and caches nothing', async () => {
    const dir = freshDir();
    const failing: Annotator = { annotate: () => Promise.reject(new Error('sidecar down')) };
    const cache = withAnnotationCache(failing, { dir, pipeline: () => 'p' });
    await expect(cache.annotate('Peru')).rejects.toThrow('sidecar down');
    expect(existsSync(dir)).toBe(false);
  });

  it('lives in DATA_DIR/nlp-cache', () => {
    expect(annotationCacheDir('/srv/data')).toBe('/srv/data/nlp-cache');
  });
});
