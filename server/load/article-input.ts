// Raw article bytes or text → the extractor's input, for every way in (the
// API's JSON and uploads, the preview, the CLIs): a web page (html/) becomes
// its story's plain text with the page's own title, day, outlet and address
// beneath the caller's; anything else is checked as text. A result union,
// never a throw, so each caller reports the problem its own way.
import type { ArticleInput } from '../extract/types.ts';
import { validateArticleText, type ArticleTextErrorCode } from '../extract/validate.ts';
import { charsetOf, decodeHtml, htmlToArticle, looksLikeHtml } from './html/index.ts';

export interface RawArticle extends Omit<ArticleInput, 'text'> {
  /** Where it came from, for error messages (a file name, "request body"). */
  readonly name: string;
  readonly content: string | Buffer;
  /** The upload's media type, if any ("text/html"). */
  readonly contentType?: string;
}

export type ArticleInputErrorCode = ArticleTextErrorCode | 'NO_ARTICLE_CONTENT';

export type ArticleInputResult =
  | { readonly ok: true; readonly input: ArticleInput; readonly format: 'text' | 'html' }
  | { readonly ok: false; readonly code: ArticleInputErrorCode; readonly message: string };

export interface ArticleInputOptions {
  /** Largest article accepted, in bytes (of UTF-8 text, or of the page as sent). */
  readonly maxBytes: number;
}

/** The caller's fields that are set: they win over the page's. */
function given(meta: Omit<ArticleInput, 'text'>): Omit<ArticleInput, 'text'> {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
}

/** Reads `raw` as text or as a web page (see the module comment). */
export function readArticleInput(raw: RawArticle, opts: ArticleInputOptions): ArticleInputResult {
  const { name, content, contentType, ...meta } = raw;
  if (!looksLikeHtml(content, { name, ...(contentType === undefined ? {} : { contentType }) })) {
    const checked = validateArticleText(content, { maxBytes: opts.maxBytes });
    return checked.ok ? { ok: true, input: { ...given(meta), text: checked.text }, format: 'text' } : checked;
  }
  if (typeof content !== 'string' && content.byteLength > opts.maxBytes) {
    return { ok: false, code: 'TOO_LARGE', message: `input is ${content.byteLength} bytes, over the limit of ${opts.maxBytes}` };
  }
  const markup = typeof content === 'string' ? content : decodeHtml(content, charsetOf(contentType));
  // NOTE: the markup is checked as text too (empty, NUL, control characters): a binary file named .html is not a page.
  const checked = validateArticleText(markup, { maxBytes: typeof content === 'string' ? opts.maxBytes : Number.MAX_SAFE_INTEGER });
  if (!checked.ok) return checked;
  const page = htmlToArticle(checked.text);
  if (!page.ok) return page;
  const { text, byline: _byline, ...pageMeta } = page.article;
  return { ok: true, input: { ...pageMeta, ...given(meta), text }, format: 'html' };
}
