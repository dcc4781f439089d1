// The graph-level evaluation's pure parts: which graph actors match two gold
// entities of an article, which stand for different gold entities in
// different articles (ids that name one actor alike are one), and what
// `--graph` prints — actor names only for directories that are not held out.
import { describe, expect, it } from 'vitest';
import type { ArticleResult } from '../../../../scripts/eval/evaluate.ts';
import { mergedActors, sharedActors, type GraphArticle, type GoldEntity } from '../../../../scripts/eval/graph-eval.ts';
import { graphSummary, graphTable } from '../../../../scripts/eval/graph-report.ts';
import type { ArticleScore } from '../../../../scripts/eval/score.ts';
import type { Extraction } from '../../../../server/extract/types.ts';

const score = (f1: number): ArticleScore => ({ precision: f1, recall: f1, f1, extracted: 1, correct: 1, required: 1, misses: [], falsePositives: [], traps: 0 });
const ok = (name: string, f1: number): ArticleResult => ({ ok: true, article: { name, textFile: `${name}.txt`, goldFile: `${name}.gold.json` }, score: score(f1), extraction: {} as Extraction });

const iranMfa: GoldEntity = { id: 'iran-mfa', name: 'Iranian Foreign Ministry', aliases: ['Foreign Ministry'] };
const russiaMfa: GoldEntity = { id: 'russia-mfa', name: 'Russian Foreign Ministry', aliases: ['Foreign Ministry'] };
const graphArticle = (name: string, f1: number, matches: [string, GoldEntity][], merged: GraphArticle['merged'] = []): GraphArticle => ({ result: ok(name, f1), merged, matches: new Map(matches) });

describe('mergedActors', () => {
  it('finds an actor whose names hit two gold entities, the way the scorer normalises names', () => {
    const entities = [{ id: 'a', name: 'Ruritania' }, { id: 'b', name: 'Strelsau Guard', aliases: ['the Guard'] }];
    expect(mergedActors(entities, [{ id: 'x', name: 'Ruritania', aliases: ['Guard'] }, { id: 'y', name: 'ruritania', aliases: [] }])).toEqual([{ actor: 'x', name: 'Ruritania', entities: ['a', 'b'] }]);
  });
});

describe('sharedActors', () => {
  it('finds a graph actor standing for two states\' ministries in two articles', () => {
    expect(sharedActors([graphArticle('one', 1, [['body:x', iranMfa]]), graphArticle('two', 1, [['body:x', russiaMfa]])])).toEqual([{ actor: 'body:x', entities: { one: 'iran-mfa', two: 'russia-mfa' } }]);
  });

  it('takes two ids for one actor when one\'s canonical name is among the other\'s names', () => {
    const treasury = { id: 'treasury', name: 'U.S. Treasury Department', aliases: ['Treasury'] };
    const usTreasury = { id: 'us-treasury', name: 'US Treasury', aliases: ['U.S. Treasury Department'] };
    expect(sharedActors([graphArticle('one', 1, [['body:t', treasury]]), graphArticle('two', 1, [['body:t', usTreasury]])])).toEqual([]);
  });
});

describe('the --graph report', () => {
  const dir = { label: 'dev', perArticle: [ok('one', 1), ok('two', 0.5)], graph: [graphArticle('one', 1, [['body:x', iranMfa]]), graphArticle('two', 0.25, [['body:x', russiaMfa]], [{ actor: 'body:x', name: 'Iranian Foreign Ministry', entities: ['iran-mfa', 'russia-mfa'] }])], heldOut: false };

  it('prints each article in the graph beside its own F1, its merged actors, and the actors shared across articles', () => {
    const lines = graphTable(dir).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      'dev in one graph (2 articles) P R F1 ΔF1 merged',
      'one 1.000 1.000 1.000 +0.000 0',
      'two 0.250 0.250 0.250 -0.250 1',
      'merged body:x ("Iranian Foreign Ministry") matches iran-mfa, russia-mfa',
      'macro 0.625 0.625 0.625 -0.125 1',
      'shared body:x stands for iran-mfa (one), russia-mfa (two)',
    ]);
  });

  it('prints only figures for a held-out directory', () => {
    const text = graphTable({ ...dir, heldOut: true }).join('\n');
    expect(text).not.toMatch(/body:x|mfa/);
    expect(text).toMatch(/macro/);
  });

  it('sums up both macro F1s', () => {
    expect(graphSummary([dir])[0]?.replace(/\s+/g, ' ')).toBe('graph: dev macro F1 0.750 per article, 0.625 in one graph (-0.125); 1 graph actor(s) matching two gold entities of an article, 1 standing for different ones in different articles');
  });
});
