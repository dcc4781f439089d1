// One article file as the extractor's input: the meta file beside it merged
// under the caller's overrides (command-line flags), then the bytes read by
// the load service's readArticleInput — a saved web page (.html, or content
// that is one) becomes its story's text with the page's metadata beneath
// those fields; anything else is checked as text (empty, binary, not UTF-8,
// too large).
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../../server/extract/types.ts';
import { readArticleInput } from '../../server/load/article-input.ts';
import { readArticleMeta, type ArticleMeta } from './article-meta.ts';

/** Largest article the CLIs accept. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleFileResult = { readonly ok: true; readonly input: ArticleInput } | { readonly ok: false; readonly message: string };

/** Article files in a folder: text and saved web pages. */
export const isArticleFileName = (name: string): boolean => /\.(?:txt|html?)$/i.test(name);

/** Reads `file` into an ArticleInput; `overrides` win over NAME.meta.json, and both over the page's own metadata. Never throws. */
export function readArticleFile(file: string, overrides: ArticleMeta = {}, maxBytes = MAX_ARTICLE_BYTES): ArticleFileResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const meta = readArticleMeta(file);
  if (!meta.ok) return { ok: false, message: meta.message };
  const merged: ArticleMeta = { ...meta.meta };
  for (const [k, v] of Object.entries(overrides) as [keyof ArticleMeta, string | undefined][]) if (v !== undefined) merged[k] = v;
  const read = readArticleInput({ name: file, content: bytes, ...merged }, { maxBytes });
  if (!read.ok) return { ok: false, message: `${read.code}: ${read.message}` };
  return { ok: true, input: read.input };
}
