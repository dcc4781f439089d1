// Builds the Express application from its dependencies; no I/O of its own,
// so tests can build one against any GraphDb.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.ts';
import { ActorRepo } from '../db/actor-repo.ts';
import { ArticleTextRepo } from '../db/article-text-repo.ts';
import { CorrectionRepo, correctedArticleRepo } from '../db/correction-repo.ts';
import { ElementRepo } from '../db/element-repo.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { GraphRepo } from '../db/graph-repo.ts';
import { HealthRepo } from '../db/health-repo.ts';
import { QueryRunner } from '../db/query-runner.ts';
import { SavedQueryRepo } from '../db/saved-query-repo.ts';
import { SceneRepo } from '../db/scene-repo.ts';
import { SchemaInfoRepo } from '../db/schema-info-repo.ts';
import type { Logger } from '../logger.ts';
import type { Annotator } from '../nlp/annotation.ts';
import { limitBodyDepth } from './body-depth.ts';
import { errorMiddleware, notFound } from './error-middleware.ts';
import { openApiDocument } from './openapi.ts';
import { articleRoutes } from './routes/articles.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { queryRoutes } from './routes/queries.ts';
import { sceneRoutes } from './routes/scenes.ts';
import { deadline, type DeadlineOf } from './deadline.ts';
import { allowedHostsOnly, limitRate, requireToken, sameOriginWrites, securityHeaders } from './security.ts';

export interface AppDeps {
  readonly db: GraphDb;
  readonly log: Logger;
  readonly config: Config;
  /** Parses article text for the extractor (the server's NLP sidecar; tests pass the run's). */
  readonly annotator: Annotator;
  /** Serve the built client from dist/ (when it has been built). */
  readonly serveClient: boolean;
}

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export const GENERATOR = 'Actorgraph 0.1.0';

/** Request-rate limits per client and minute. */
export const RATE_LIMITS = {
  /** Article loads and previews (each is a parse by the NLP sidecar). */
  articles: 60,
};

/**
 * REQUEST_DEADLINE_MS, except where the user asked for longer: the user's
 * Cypher (ad-hoc, saved, exported) may run for QUERY_TIMEOUT_MS, and a load
 * or preview first waits for the NLP sidecar (NLP_REQUEST_TIMEOUT_MS).
 */
function deadlineOf(config: Config): DeadlineOf {
  const base = config.requestDeadlineMs;
  const query = Math.max(base, config.queryTimeoutMs + 2_000);
  return (req) => {
    if (req.method !== 'POST') return base;
    if (req.path.startsWith('/articles')) return config.nlp.requestTimeoutMs + base;
    if (req.path === '/cypher' || req.path === '/export' || /^\/queries\/[^/]+\/run$/.test(req.path)) return query;
    return base;
  };
}

export function createApp(deps: AppDeps): Express {
  const { db, log, config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(allowedHostsOnly(config.allowedHosts));
  app.use('/api', deadline(deadlineOf(config)));
  app.use('/api', sameOriginWrites());
  // NOTE: the JSON limit leaves room for an article of MAX_ARTICLE_BYTES escaped as a JSON string.
  app.use('/api', express.json({ limit: Math.ceil(config.maxArticleBytes * 1.5) + 64_000, strict: true }), limitBodyDepth());

  const auth = requireToken(config.apiToken);
  const corrections = new CorrectionRepo(db);
  const articles = correctedArticleRepo(db, corrections);
  const api = express.Router();
  api.use(healthRoutes(new HealthRepo(db)));
  api.use(['/graph', '/actors', '/paths', '/search'], limitRate(config.readRatePerMinute));
  api.use(graphRoutes(new GraphRepo(db), new ActorRepo(db)));
  api.use(articleRoutes(articles, { annotator: deps.annotator, maxBytes: config.maxArticleBytes, auth, limit: limitRate(RATE_LIMITS.articles) }));
  const runner = new QueryRunner(db.driver, db.database);
  const saved = new SavedQueryRepo(db, runner);
  const cypherLimit = limitRate(config.cypherRatePerMinute);
  api.use(queryRoutes({ saved, runner, schema: new SchemaInfoRepo(db), auth, limit: cypherLimit, timeoutMs: config.queryTimeoutMs }));
  api.use(correctionRoutes({ corrections, texts: new ArticleTextRepo(db), auth, by: config.apiToken === undefined ? 'local' : config.apiTokenName }));
  api.use(exportRoutes({ elements: new ElementRepo(db), saved, runner, limit: cypherLimit, timeoutMs: config.queryTimeoutMs, generator: GENERATOR, corrections }));
  api.use(sceneRoutes({ scenes: new SceneRepo(db), auth, limit: limitRate(config.readRatePerMinute) }));
  const openapi = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  api.use(notFound);
  app.use('/api', api);

  if (deps.serveClient && existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(notFound);
  app.use(errorMiddleware(log));
  return app;
}
