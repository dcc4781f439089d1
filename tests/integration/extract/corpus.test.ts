// The extractor on the shared corpus (CORPUS_DIR or ../shared/corpus, skipped when absent)
// with the real NLP sidecar: macro F1 of dev/ and check/ at or above the
// ratchet of corpus-thresholds.ts, no more traps than it allows, every dev
// edge quoting its evidence at its offsets, and the TypeScript scorer agreeing
// with score.mjs on the dev extractions. Held-out check/ articles are scored
// only: no assertion here prints what was found in them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles, type CorpusArticle } from '../../../scripts/eval/corpus-dir.ts';
import { evaluateArticles, macroOf, type ArticleResult } from '../../../scripts/eval/evaluate.ts';
import { testAnnotator } from '../../support/nlp-client.ts';
import { CORPUS_THRESHOLDS } from './corpus-thresholds.ts';
import { CORPUS_DIR } from '../../support/corpus-dir.ts';

const corpus = CORPUS_DIR;
const present = ['score.mjs', 'dev', 'check'].every((f) => existsSync(path.join(corpus, f)));
const dev: CorpusArticle[] = present ? corpusArticles(path.join(corpus, 'dev')) : [];
const check: CorpusArticle[] = present ? corpusArticles(path.join(corpus, 'check')) : [];

describe.skipIf(!present)('the extractor on the corpus', () => {
  let devResults: ArticleResult[] = [];
  let checkResults: ArticleResult[] = [];
  let tmp = '';
  afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    // NOTE: made here, not while the file is collected, so a run without the corpus leaves no directory behind.
    tmp = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-corpus-'));
    const results = await evaluateArticles([...dev, ...check], testAnnotator());
    devResults = results.slice(0, dev.length);
    checkResults = results.slice(dev.length);
  }, 150_000);

  it('extracts every article', () => {
    expect([...devResults, ...checkResults].filter((r) => !r.ok).map((r) => r.article.name)).toEqual([]);
  });

  it(`reaches macro F1 ≥ ${CORPUS_THRESHOLDS.devMacroF1} on dev and ≥ ${CORPUS_THRESHOLDS.checkMacroF1} on check`, () => {
    const figures = { dev: Number(macroOf(devResults).f1.toFixed(3)), check: Number(macroOf(checkResults).f1.toFixed(3)) };
    expect(figures.dev).toBeGreaterThanOrEqual(CORPUS_THRESHOLDS.devMacroF1);
    expect(figures.check).toBeGreaterThanOrEqual(CORPUS_THRESHOLDS.checkMacroF1);
  });

  it(`extracts at most ${CORPUS_THRESHOLDS.maxTraps} readings of the gold "not" lists`, () => {
    expect(macroOf(devResults).traps + macroOf(checkResults).traps).toBeLessThanOrEqual(CORPUS_THRESHOLDS.maxTraps);
  });

  it.each(dev.map((a, i) => [a.name, i] as const))('%s: every edge quotes its evidence at its offsets in cleanText', (_name, i) => {
    const r = devResults[i];
    if (!r?.ok) throw new Error(`not extracted: ${r?.ok === false ? r.message : 'no result'}`);
    const x = r.extraction;
    const wrong = x.relationships.filter((e) => x.article.cleanText.slice(e.start, e.end) !== e.evidence).map((e) => `${e.type} ${e.source} -> ${e.target}: "${e.evidence}"`);
    expect(wrong).toEqual([]);
  });

  it.each(dev.map((a, i) => [a.name, i] as const))('%s: the TypeScript scorer agrees with score.mjs', (name, i) => {
    const r = devResults[i];
    if (!r?.ok) throw new Error(`not extracted: ${r?.ok === false ? r.message : 'no result'}`);
    const file = path.join(tmp, `${name}.json`);
    writeFileSync(file, JSON.stringify(r.extraction));
    const out = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), r.article.goldFile, file, '--json'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    const theirs = JSON.parse(out.stdout) as { precision: number; recall: number; misses: string[]; falsePositives: string[] };
    const { precision, recall, misses, falsePositives } = r.score;
    expect({ precision, recall, misses, falsePositives }).toEqual({ precision: theirs.precision, recall: theirs.recall, misses: theirs.misses, falsePositives: theirs.falsePositives });
  });
});
