// The load service: raw article bytes → validated text → extraction → one
// write transaction. Bad input becomes an AppError before anything is written.
import type { ArticleRepo, WriteSummary } from '../db/article-repo.ts';
import { AppError } from '../errors.ts';
import { extractArticle, hasNoActors } from '../extract/extract.ts';
import type { ArticleInput, Extraction } from '../extract/types.ts';
import { validateArticleText } from '../extract/validate.ts';

export interface RawArticle extends Omit<ArticleInput, 'text'> {
  /** Where it came from, for error messages (a file name, "request body"). */
  readonly name: string;
  readonly content: string | Buffer;
}

/** Validates and extracts without writing (the preview). */
export function prepareArticle(raw: RawArticle, maxBytes: number): Extraction {
  const checked = validateArticleText(raw.content, { maxBytes });
  if (!checked.ok) throw new AppError('ARTICLE_INVALID', `${raw.name}: ${checked.message}`, { details: { reason: checked.code } });
  const { name: _name, content: _content, ...meta } = raw;
  const extraction = extractArticle({ ...meta, text: checked.text });
  if (hasNoActors(extraction)) throw new AppError('NO_ACTORS', `${raw.name}: no actors found in the text, nothing to load`);
  return extraction;
}

export interface LoadResult extends WriteSummary {
  readonly extraction: Extraction;
}

export async function loadArticle(repo: ArticleRepo, raw: RawArticle, maxBytes: number): Promise<LoadResult> {
  const extraction = prepareArticle(raw, maxBytes);
  const summary = await repo.write(extraction);
  return { ...summary, extraction };
}
