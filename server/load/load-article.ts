// The load service: raw article bytes → validated text → extraction (the NLP
// sidecar's parse, through the injected Annotator) → one write transaction.
// Bad input and a failed parse become an AppError before anything is written.
import type { ArticleRepo, WriteSummary } from '../db/article-repo.ts';
import { AppError } from '../errors.ts';
import { extractArticle, hasNoActors } from '../extract/extract.ts';
import type { ArticleInput, Extraction } from '../extract/types.ts';
import { validateArticleText } from '../extract/validate.ts';
import type { Annotator } from '../nlp/annotation.ts';
import { nlpAppError } from './nlp-app-error.ts';

export interface RawArticle extends Omit<ArticleInput, 'text'> {
  /** Where it came from, for error messages (a file name, "request body"). */
  readonly name: string;
  readonly content: string | Buffer;
}

export interface PrepareOptions {
  /** Parses the text for the extractor (the NLP sidecar). */
  readonly annotator: Annotator;
  /** Largest article accepted, in bytes of UTF-8. */
  readonly maxBytes: number;
}

/** Validates and extracts without writing (the preview). */
export async function prepareArticle(raw: RawArticle, opts: PrepareOptions): Promise<Extraction> {
  const checked = validateArticleText(raw.content, { maxBytes: opts.maxBytes });
  if (!checked.ok) throw new AppError('ARTICLE_INVALID', `${raw.name}: ${checked.message}`, { details: { reason: checked.code } });
  const { name: _name, content: _content, ...meta } = raw;
  let extraction: Extraction;
  try {
    extraction = await extractArticle({ ...meta, text: checked.text }, opts.annotator);
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
