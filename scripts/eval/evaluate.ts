// Extracts and scores corpus articles: each article's text (with NAME.meta.json
// and the gold file's publication date) through extractArticle on the given
// Annotator, a few at a time, then scoreExtraction against its gold file.
// Shared by `npm run eval` and the corpus test.
import { statSync } from 'node:fs';
import { extractArticle } from '../../server/extract/extract.ts';
import type { Extraction } from '../../server/extract/types.ts';
import type { Annotator } from '../../server/nlp/annotation.ts';
import { readArticleFile } from '../extract/article-file.ts';
import { mapLimit } from '../extract/map-limit.ts';
import type { CorpusArticle } from './corpus-dir.ts';
import { readGoldFile } from './gold-file.ts';
import { scoreExtraction, type ArticleScore } from './score.ts';

/** Articles in flight: the sidecar's two threads, and one more being sent, received or extracted. */
export const EVAL_IN_FLIGHT = 3;

export type ArticleResult =
  | { readonly ok: true; readonly article: CorpusArticle; readonly score: ArticleScore; readonly extraction: Extraction }
  | { readonly ok: false; readonly article: CorpusArticle; readonly message: string };

export async function evaluateArticle(article: CorpusArticle, annotator: Annotator): Promise<ArticleResult> {
  try {
    const gold = readGoldFile(article.goldFile);
    const file = readArticleFile(article.textFile, { published: gold.published });
    if (!file.ok) return { ok: false, article, message: file.message };
    const extraction = await extractArticle(file.input, annotator);
    return { ok: true, article, score: scoreExtraction(gold, extraction), extraction };
  } catch (e) {
    return { ok: false, article, message: e instanceof Error ? e.message : String(e) };
  }
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Every article's result, in input order. */
export async function evaluateArticles(articles: readonly CorpusArticle[], annotator: Annotator, inFlight = EVAL_IN_FLIGHT): Promise<ArticleResult[]> {
  // NOTE: the longest articles are sent first, so that no long parse is left running alone on one sidecar thread at the end.
  const order = articles.map((a, i) => ({ a, i, size: sizeOf(a.textFile) })).sort((x, y) => y.size - x.size || x.i - y.i);
  const done = await mapLimit(order, inFlight, ({ a }) => evaluateArticle(a, annotator));
  const results: ArticleResult[] = new Array<ArticleResult>(articles.length);
  order.forEach(({ i }, k) => (results[i] = done[k] as ArticleResult));
  return results;
}

export interface Macro {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly traps: number;
  readonly articles: number;
  readonly failed: number;
}

/** Means of the per-article figures; an article that could not be extracted counts as 0. */
export function macroOf(results: readonly ArticleResult[]): Macro {
  const mean = (f: (s: ArticleScore) => number): number =>
    results.length === 0 ? 0 : results.reduce((n, r) => n + (r.ok ? f(r.score) : 0), 0) / results.length;
  return {
    precision: mean((s) => s.precision),
    recall: mean((s) => s.recall),
    f1: mean((s) => s.f1),
    traps: results.reduce((n, r) => n + (r.ok ? r.score.traps : 0), 0),
    articles: results.length,
    failed: results.filter((r) => !r.ok).length,
  };
}
