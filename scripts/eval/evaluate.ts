// Extracts and scores corpus articles: each article's text (with NAME.meta.json
// and the gold file's publication date) through extractMany on the given
// Annotator, a few at a time, then scoreExtraction against its gold file.
// Shared by `npm run eval` and the corpus test.
import { extractMany } from '../../server/extract/extract-many.ts';
import type { ArticleInput, Extraction } from '../../server/extract/types.ts';
import type { Annotator } from '../../server/nlp/annotation.ts';
import { readArticleFile } from '../extract/article-file.ts';
import type { CorpusArticle } from './corpus-dir.ts';
import { readGoldFile, type GoldFile } from './gold-file.ts';
import { scoreExtraction, type ArticleScore } from './score.ts';

/** Articles in flight: the sidecar's two threads, and one more being sent, received or extracted. */
const EVAL_IN_FLIGHT = 3;

export type ArticleResult =
  | { readonly ok: true; readonly article: CorpusArticle; readonly score: ArticleScore; readonly extraction: Extraction }
  | { readonly ok: false; readonly article: CorpusArticle; readonly message: string };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Every article's result, in input order. */
export async function evaluateArticles(articles: readonly CorpusArticle[], annotator: Annotator, inFlight = EVAL_IN_FLIGHT): Promise<ArticleResult[]> {
  const results: ArticleResult[] = new Array<ArticleResult>(articles.length);
  // Gold and text are read and checked first: a bad file never waits for the sidecar.
  const ready: { readonly i: number; readonly gold: GoldFile; readonly input: ArticleInput }[] = [];
  articles.forEach((article, i) => {
    try {
      const gold = readGoldFile(article.goldFile);
      const file = readArticleFile(article.textFile, { published: gold.published });
      if (file.ok) ready.push({ i, gold, input: file.input });
      else results[i] = { ok: false, article, message: file.message };
    } catch (e) {
      results[i] = { ok: false, article, message: messageOf(e) };
    }
  });
  // NOTE: the longest articles are sent first, so that no long parse is left running alone on one sidecar thread at the end.
  ready.sort((x, y) => y.input.text.length - x.input.text.length || x.i - y.i);
  let k = 0;
  for await (const r of extractMany(ready.map((a) => a.input), annotator, { concurrency: inFlight })) {
    const { i, gold } = ready[k++] as (typeof ready)[number];
    const article = articles[i] as CorpusArticle;
    results[i] = r.ok ? { ok: true, article, score: scoreExtraction(gold, r.extraction), extraction: r.extraction } : { ok: false, article, message: r.error.message };
  }
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
