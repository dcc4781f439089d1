// One article file as the extractor's input: the bytes checked by
// validateArticleText (empty, binary, not UTF-8, too large), the meta file
// beside it merged in, then the caller's overrides (command-line flags).
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../../server/extract/types.ts';
import { validateArticleText } from '../../server/extract/validate.ts';
import { readArticleMeta, type ArticleMeta } from './article-meta.ts';

/** Largest article the CLIs accept. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ArticleFileResult = { readonly ok: true; readonly input: ArticleInput } | { readonly ok: false; readonly message: string };

/** Reads `file` into an ArticleInput; `overrides` win over NAME.meta.json. Never throws. */
export function readArticleFile(file: string, overrides: ArticleMeta = {}): ArticleFileResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const valid = validateArticleText(bytes, { maxBytes: MAX_ARTICLE_BYTES });
  if (!valid.ok) return { ok: false, message: `${valid.code}: ${valid.message}` };
  const meta = readArticleMeta(file);
  if (!meta.ok) return { ok: false, message: meta.message };
  const merged: ArticleMeta = { ...meta.meta };
  for (const [k, v] of Object.entries(overrides) as [keyof ArticleMeta, string | undefined][]) if (v !== undefined) merged[k] = v;
  return { ok: true, input: { text: valid.text, ...merged } };
}
