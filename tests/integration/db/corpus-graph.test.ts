// The dev corpus in ONE graph (CORPUS_DIR or ../shared/corpus, skipped when
// absent), through both write paths: each article's claims scored as they
// stand in the graph lose at most 0.01 of macro F1 against the per-article
// figures, no graph actor at an end of an article's claims matches two of
// its gold entities, and none stands for different gold entities in
// different articles (the Iranian foreign ministry that absorbed the Russian
// and North Korean ones). Only dev/: check/ is for figures only.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles, type CorpusArticle } from '../../../scripts/eval/corpus-dir.ts';
import { evaluateArticles, macroOf, type ArticleResult } from '../../../scripts/eval/evaluate.ts';
import { evaluateInGraph, sharedActors, type GraphArticle } from '../../../scripts/eval/graph-eval.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { CORPUS_DIR } from '../../support/corpus-dir.ts';
import { testAnnotator } from '../../support/nlp-client.ts';
import { emptyDb, openTestDb } from '../../support/test-db.ts';

const present = ['score.mjs', 'dev'].every((f) => existsSync(path.join(CORPUS_DIR, f)));
const dev: CorpusArticle[] = present ? corpusArticles(path.join(CORPUS_DIR, 'dev')) : [];

/** How much macro F1 the graph may lose against the per-article figures. */
const MAX_GRAPH_LOSS = 0.01;

describe.skipIf(!present)('the dev corpus in one graph', () => {
  let db: GraphDb;
  let perArticle: ArticleResult[] = [];
  const graphs = new Map<string, GraphArticle[]>();
  beforeAll(async () => {
    db = await openTestDb();
    perArticle = await evaluateArticles(dev, testAnnotator());
    for (const [label, bulkFrom] of [['one transaction per article', undefined], ['the bulk writer', 0]] as const) {
      await emptyDb(db);
      graphs.set(label, await evaluateInGraph(perArticle, db, bulkFrom === undefined ? {} : { bulkFrom }));
    }
  }, 240_000);
  afterAll(async () => {
    await emptyDb(db);
    await db.close();
  });

  const paths = ['one transaction per article', 'the bulk writer'];

  it.each(paths)(`loses at most ${MAX_GRAPH_LOSS} of macro F1 through %s`, (label) => {
    const graph = graphs.get(label) ?? [];
    expect(graph.filter((g) => !g.result.ok).map((g) => g.result.article.name)).toEqual([]);
    expect(macroOf(graph.map((g) => g.result)).f1).toBeGreaterThanOrEqual(macroOf(perArticle).f1 - MAX_GRAPH_LOSS);
  });

  it.each(paths)('has no graph actor matching two gold entities of an article, through %s', (label) => {
    const merged = (graphs.get(label) ?? []).flatMap((g) => g.merged.map((m) => `${g.result.article.name}: ${m.actor} matches ${m.entities.join(', ')}`));
    expect(merged).toEqual([]);
  });

  it.each(paths)('has no graph actor standing for different gold entities in different articles, through %s', (label) => {
    expect(sharedActors(graphs.get(label) ?? [])).toEqual([]);
  });
});
