// Entry point of `npm start`: config → Neo4j (local or NEO4J_URI) → schema →
// sample article when the graph is empty → HTTP. Shuts down in reverse on
// SIGINT/SIGTERM: stop accepting, close the driver, stop the local Neo4j.
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/open-database.ts';
import { createApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { seedSampleIfEmpty } from './load/seed-sample.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let database: OpenDatabase | undefined;
  let server: Server | undefined;
  let stopping = false;

  const shutdown = async (signal: string, code = 0): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    if (server) {
      const s = server;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeAllConnections();
      });
    }
    await database?.close().catch((e: unknown) => log.error({ err: e }, 'closing the database failed'));
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, log);
    if (config.loadSample) await seedSampleIfEmpty(database.db, config, log);
    const app = createApp({ db: database.db, log, serveClient: true, config });
    server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server?.once('listening', resolve);
      server?.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log.info({ url: `http://${config.host}:${port}` }, 'Actorgraph is ready');
  } catch (e) {
    const err = e as { code?: string; message?: string };
    log.fatal({ code: err.code }, err.message ?? String(e));
    await shutdown('startup-failure', 1);
  }
}

void main();
