// The load service: raw article bytes → validated text (a web page → its
// story's text, article-input.ts) → extraction (the NLP sidecar's parse,
// through the injected Annotator) → one write transaction. Bad input and a
// failed parse become an AppError before anything is written.
import type { ArticleRepo, WriteSummary } from '../db/article-repo.ts';
import { AppError } from '../errors.ts';
import { extractArticle, hasNoActors } from '../extract/extract.ts';
import type { Extraction } from '../extract/types.ts';
import type { Annotator } from '../nlp/annotation.ts';
import { readArticleInput, type RawArticle } from './article-input.ts';
import { nlpAppError } from './nlp-app-error.ts';

export type { RawArticle } from './article-input.ts';

export interface PrepareOptions {
  /** Parses the text for the extractor (the NLP sidecar). */
  readonly annotator: Annotator;
  /** Largest article accepted, in bytes of UTF-8. */
  readonly maxBytes: number;
}

/** Validates and extracts without writing (the preview). */
export async function prepareArticle(raw: RawArticle, opts: PrepareOptions): Promise<Extraction> {
  const checked = readArticleInput(raw, { maxBytes: opts.maxBytes });
  if (!checked.ok && checked.code === 'NO_ARTICLE_CONTENT') throw new AppError('NO_ARTICLE_CONTENT', `${raw.name}: ${checked.message}`);
  if (!checked.ok) throw new AppError('ARTICLE_INVALID', `${raw.name}: ${checked.message}`, { details: { reason: checked.code } });
  let extraction: Extraction;
  try {
    extraction = await extractArticle(checked.input, opts.annotator);
  } catch (e) {
    throw nlpAppError(e, raw.name) ?? e;
  }
  if (hasNoActors(extraction)) throw new AppError('NO_ACTORS', `${raw.name}: no actors found in the text, nothing to load`);
  return extraction;
}

export interface LoadResult extends WriteSummary {
  readonly extraction: Extraction;
}

/** Validates, extracts and writes one article in one transaction. */
export async function loadArticle(repo: ArticleRepo, raw: RawArticle, opts: PrepareOptions): Promise<LoadResult> {
  const extraction = await prepareArticle(raw, opts);
  const summary = await repo.write(extraction);
  return { ...summary, extraction };
}
