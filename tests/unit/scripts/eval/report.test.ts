// What `npm run eval` prints: a row per article and a macro row per
// directory, misses and false positives only when asked for, a summary last
// (macro F1 per directory, traps in all); held-out directories recognised.
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../../../../scripts/eval/corpus-dir.ts';
import type { ArticleResult } from '../../../../scripts/eval/evaluate.ts';
import { macroOf } from '../../../../scripts/eval/evaluate.ts';
import { dirTable, jsonReport, summary } from '../../../../scripts/eval/report.ts';
import type { ArticleScore } from '../../../../scripts/eval/score.ts';
import type { Extraction } from '../../../../server/extract/types.ts';

const score = (f1: number, traps: number): ArticleScore => ({ precision: f1, recall: f1, f1, extracted: 2, correct: 1, required: 2, misses: ['ATTACKED a -> b'], falsePositives: ['SANCTIONED A -> B  (wrong: only threatened)'], traps });
const extraction = {} as Extraction; // NOTE: the report never reads the extraction
const ok = (name: string, f1: number, traps = 0): ArticleResult => ({ ok: true, article: { name, textFile: `${name}.txt`, goldFile: `${name}.gold.json` }, score: score(f1, traps), extraction });
const failed = (name: string): ArticleResult => ({ ok: false, article: { name, textFile: `${name}.txt`, goldFile: `${name}.gold.json` }, message: 'EMPTY: input is empty' });

const dev = { label: 'dev', results: [ok('one', 1, 1), ok('two', 0.5)], details: false };
const facts = { seconds: 3.25, cached: 1, parsed: 1 };

describe('the eval report', () => {
  it('prints a row per article and the macro row', () => {
    expect(dirTable(dev).map((l) => l.replace(/\s+/g, ' '))).toEqual(['dev (2 articles) P R F1 traps', 'one 1.000 1.000 1.000 1', 'two 0.500 0.500 0.500 0', 'macro 0.750 0.750 0.750 1']);
  });

  it('prints misses and false positives only when asked', () => {
    expect(dirTable(dev).join('\n')).not.toMatch(/miss|false/);
    expect(dirTable({ ...dev, details: true }).join('\n')).toMatch(/miss {2}ATTACKED a -> b[\s\S]*false SANCTIONED A -> B/);
    expect(JSON.stringify(jsonReport([dev], facts))).not.toMatch(/misses|falsePositives/);
  });

  it('counts an article that failed as F1 0 and says so', () => {
    const m = macroOf([ok('one', 1), failed('two')]);
    expect(m).toMatchObject({ f1: 0.5, failed: 1, articles: 2 });
    expect(dirTable({ label: 'x', results: [failed('two')], details: false })[1]).toMatch(/two +failed: EMPTY/);
  });

  it('ends with the macro F1 of each directory and the traps in all', () => {
    const lines = summary([dev, { label: 'check', results: [ok('three', 0.25, 2)], details: false }], facts);
    expect(lines.slice(-4).map((l) => l.trim().replace(/\s+/g, ' '))).toEqual([
      'summary: dev macro F1 0.750 (P 0.750, R 0.750; 2 articles, 1 traps)',
      'check macro F1 0.250 (P 0.250, R 0.250; 1 articles, 2 traps)',
      'traps 3 in all',
      '3 articles in 3.3 s (parses: 1 cached, 1 from the sidecar)',
    ]);
  });

  it.each([
    ['../shared/corpus/check', true],
    ['../shared/corpus/check/', true],
    ['../shared/corpus/dev', false],
    ['/data/checks', false],
  ])('takes %s for held out: %s', (dir, heldOut) => {
    expect(isHeldOut(dir)).toBe(heldOut);
  });
});
