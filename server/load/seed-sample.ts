// Loads the bundled sample article when the graph holds no article yet, so
// that a first-time user sees a graph at once (parsed by the annotator it is
// handed, the server's NLP sidecar).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { ArticleRepo } from '../db/article-repo.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { Logger } from '../logger.ts';
import type { Annotator } from '../nlp/annotation.ts';
import { loadArticle } from './load-article.ts';

export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/sample');

const SampleMeta = z.object({
  file: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  source: z.string().optional(),
  url: z.string().nullable().optional(),
});

export async function seedSampleIfEmpty(db: GraphDb, annotator: Annotator, config: Config, log: Logger): Promise<boolean> {
  const repo = new ArticleRepo(db);
  if ((await repo.countArticles()) > 0) return false;
  const meta = SampleMeta.parse(JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'albania-iran-2022.meta.json'), 'utf8')));
  const file = path.join(SAMPLE_DIR, meta.file);
  const result = await loadArticle(
    repo,
    { name: meta.file, content: readFileSync(file), published: meta.published, source: meta.source, url: meta.url ?? undefined, title: meta.title },
    { annotator, maxBytes: config.maxArticleBytes },
  );
  log.info({ article: result.articleId, actors: result.actors, relations: result.relations }, 'loaded the sample article into the empty graph');
  return true;
}
