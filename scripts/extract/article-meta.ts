// NAME.meta.json beside an article file NAME.txt: what the page said about
// itself (title, publication date, outlet, address). Optional; checked with
// zod; flags given on the command line win over it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A calendar day written YYYY-MM-DD (2023-02-30 is none). */
export const isIsoDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value;

/** A field that may be left out or written `null` (not known, as in the sample's meta file): both are absent. */
const known = <T extends z.ZodType<string>>(field: T) => z.preprocess((v) => (v === null ? undefined : v), field.optional());

const ArticleMetaSchema = z.object({
  title: known(z.string().min(1)),
  /** YYYY-MM-DD. */
  published: known(z.string().refine(isIsoDay, 'must be a day, YYYY-MM-DD')),
  source: known(z.string().min(1)),
  url: known(z.string().min(1)),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** NAME.meta.json for NAME.txt (or NAME.anything, or NAME). */
export const metaFileOf = (file: string): string => {
  const ext = path.extname(file);
  return `${ext ? file.slice(0, -ext.length) : file}.meta.json`;
};

export type MetaResult = { readonly ok: true; readonly meta: ArticleMeta } | { readonly ok: false; readonly message: string };

/** The meta file beside `file`: empty when there is none, an error when it is there but not valid. */
export function readArticleMeta(file: string): MetaResult {
  const metaFile = metaFileOf(file);
  let text: string;
  try {
    text = readFileSync(metaFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, meta: {} };
    return { ok: false, message: `${metaFile}: ${e instanceof Error ? e.message : String(e)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${metaFile}: not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = ArticleMetaSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `${metaFile}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}` };
  return { ok: true, meta: parsed.data };
}
