// Builds the Express application from its dependencies; no I/O of its own,
// so tests can build one against any GraphDb.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { GraphRepo } from '../db/graph-repo.ts';
import { HealthRepo } from '../db/health-repo.ts';
import type { Logger } from '../logger.ts';
import { errorMiddleware, notFound } from './error-middleware.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';

export interface AppDeps {
  readonly db: GraphDb;
  readonly log: Logger;
  readonly config: Config;
  /** Serve the built client from dist/ (when it has been built). */
  readonly serveClient: boolean;
}

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(pinoHttp({ logger: deps.log, autoLogging: { ignore: (req) => req.url === '/api/health' } }));
  app.use(express.json({ limit: '3mb' }));

  const api = express.Router();
  api.use(healthRoutes(new HealthRepo(deps.db)));
  api.use(graphRoutes(new GraphRepo(deps.db)));
  api.use(notFound);
  app.use('/api', api);

  if (deps.serveClient && existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(notFound);
  app.use(errorMiddleware(deps.log));
  return app;
}
