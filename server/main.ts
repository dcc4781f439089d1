// Entry point of `npm start`: config → Neo4j (local or NEO4J_URI) and the NLP
// sidecar (Stanford CoreNLP), started in parallel → schema → sample article
// when the graph is empty → HTTP. Shuts down in reverse on SIGINT/SIGTERM:
// stop accepting, stop the NLP sidecar, close the driver, stop the local Neo4j.
import type { Server } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type OpenDatabase } from './db/open-database.ts';
import { createApp } from './http/app.ts';
import { answerClientErrors } from './http/client-error.ts';
import { createLogger, type Logger } from './logger.ts';
import { seedSampleIfEmpty } from './load/seed-sample.ts';
import type { Annotator } from './nlp/annotation.ts';
import { openNlp, type OpenNlp } from './nlp/open-nlp.ts';

interface Services {
  readonly database: OpenDatabase;
  readonly nlp: OpenNlp;
}

/** Neo4j and the NLP sidecar in parallel (each takes seconds); if one fails, the other is closed again. */
async function openServices(config: Config, log: Logger): Promise<Services> {
  const [database, nlp] = await Promise.allSettled([openDatabase(config, log), openNlp(config, log)]);
  if (database.status === 'fulfilled' && nlp.status === 'fulfilled') return { database: database.value, nlp: nlp.value };
  if (nlp.status === 'fulfilled') await nlp.value.close().catch((e: unknown) => log.error({ err: e }, 'stopping the NLP sidecar failed'));
  if (database.status === 'fulfilled') await database.value.close().catch((e: unknown) => log.error({ err: e }, 'closing the database failed'));
  // NOTE: the database's failure first when both failed: the API cannot run without it.
  for (const result of [database, nlp]) if (result.status === 'rejected') throw result.reason;
  throw new Error('openServices: neither rejected nor both fulfilled');
}

/** The configuration, or one line on stderr and exit code 2: a mistake in the environment is not a crash. */
function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`actorgraph: ${e.message}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  let services: Services | undefined;
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
    await services?.nlp.close().catch((e: unknown) => log.error({ err: e }, 'stopping the NLP sidecar failed'));
    await services?.database.close().catch((e: unknown) => log.error({ err: e }, 'closing the database failed'));
    process.exit(code);
  };
  // NOTE: `on`, not `once`: Ctrl-C reaches this process twice (from the
  // terminal and relayed by tsx), and with no listener left the second would
  // exit at once, before the sidecar, Neo4j and their runtime files are cleaned up.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    services = await openServices(config, log);
    const { database } = services;
    // The parser of the extractor: the supervised sidecar (restarted if it dies), or the shared one (NLP_SHARED).
    const annotator: Annotator = services.nlp.annotator;
    if (config.loadSample) await seedSampleIfEmpty(database.db, annotator, config, log);
    const app = createApp({ db: database.db, log, serveClient: true, config, annotator });
    server = app.listen(config.port, config.host);
    answerClientErrors(server, log);
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
