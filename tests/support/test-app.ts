// An Express app on an emptied test database holding the given extractions,
// parsing articles with the test run's NLP sidecar (or the annotator given):
// the common set-up of the API's integration tests.
import type { Express } from 'express';
import { loadConfig } from '../../server/config.ts';
import { ArticleRepo } from '../../server/db/article-repo.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import type { Extraction } from '../../server/extract/types.ts';
import { createApp } from '../../server/http/app.ts';
import { createLogger } from '../../server/logger.ts';
import type { Annotator } from '../../server/nlp/annotation.ts';
import { testAnnotator } from './nlp-client.ts';
import { emptyDb, openTestDb } from './test-db.ts';

export async function appWith(
  extractions: readonly Extraction[],
  env: Record<string, string> = {},
  annotator: Annotator = testAnnotator(),
): Promise<{ db: GraphDb; app: Express }> {
  const db = await openTestDb();
  await emptyDb(db);
  const repo = new ArticleRepo(db);
  for (const x of extractions) await repo.write(x);
  const app = createApp({ db, log: createLogger('silent', false), config: loadConfig(env), serveClient: false, annotator });
  return { db, app };
}
