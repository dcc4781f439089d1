// Opens the project's database: the Neo4j at NEO4J_URI when set, else the
// local embedded Neo4j started under DATA_DIR and supervised (started again
// on the same port, with backoff, when it dies; the driver reconnects by
// itself). Returns the GraphDb and a close() that also stops the local Neo4j.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { Supervisor } from '../java/supervisor.ts';
import { callbackLog, type Logger } from '../logger.ts';
import { createDriver } from './driver.ts';
import { GraphDb } from './graph-db.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';
import { LOCAL_NEO4J_USER, localNeo4jPassword, readPasswordFile } from './neo4j-password.ts';
import { awaitRestart, clearRuntime, readRuntime, restartingOwner, writeRuntime } from './runtime-file.ts';
import { applySchema } from './schema.ts';

export interface OpenDatabase {
  readonly db: GraphDb;
  readonly boltUri: string;
  /** The local Neo4j this process started and supervises, if any. */
  readonly local: Supervisor<LocalNeo4j> | undefined;
  close(): Promise<void>;
}

/** How long a second process waits for the owner of the local Neo4j to restart it (a start takes 10–30 s). */
const RESTART_WAIT_MS = 120_000;

interface Target {
  readonly uri: string;
  readonly user: string;
  readonly password: string | undefined;
  /** The local Neo4j this process started, if any. */
  readonly local: Supervisor<LocalNeo4j> | undefined;
}

/** The password for NEO4J_URI: NEO4J_PASSWORD, else the first line of NEO4J_PASSWORD_FILE. */
function remotePassword(config: Config): string | undefined {
  if (config.neo4j.password !== undefined || config.neo4j.passwordFile === undefined) return config.neo4j.password;
  const password = readPasswordFile(config.neo4j.passwordFile);
  if (password === undefined) throw new Error(`NEO4J_PASSWORD_FILE=${config.neo4j.passwordFile} does not exist`);
  return password;
}

/** Starts the local Neo4j under DATA_DIR/neo4j and keeps it running; restarts ask for the port of the first start. */
async function superviseLocal(config: Config, log: Logger): Promise<Supervisor<LocalNeo4j>> {
  const dataDir = path.join(config.dataDir, 'neo4j');
  const logFile = path.join(config.dataDir, 'neo4j.log');
  let port = config.neo4j.localPort;
  log.info({ dataDir }, 'starting the local Neo4j (set NEO4J_URI to use another)');
  return Supervisor.start<LocalNeo4j>({
    label: 'the local Neo4j',
    start: async () => {
      const local = await startLocalNeo4j({ dataDir, port, logFile });
      port = local.port;
      return local;
    },
    log: callbackLog(log),
    onStarted: (local) => writeRuntime(config.dataDir, { boltUri: local.boltUri, pid: local.pid, owner: process.pid }),
    describe: (local) => ({ bolt: local.boltUri }),
    whenFailed: 'the API answers 503 NEO4J_UNAVAILABLE until the server is restarted',
  });
}

/** NEO4J_URI when set; else a local Neo4j another process already runs under DATA_DIR; else one started here. */
async function neo4jTarget(config: Config, log: Logger): Promise<Target> {
  if (config.neo4j.uri !== undefined) return { uri: config.neo4j.uri, user: config.neo4j.user, password: remotePassword(config), local: undefined };
  const password = localNeo4jPassword(path.join(config.dataDir, 'neo4j'));
  let shared = readRuntime(config.dataDir);
  const owner = shared ? undefined : restartingOwner(config.dataDir);
  if (owner !== undefined) {
    log.info({ owner }, 'the local Neo4j is being restarted by the process that runs it; waiting for it');
    shared = await awaitRestart(config.dataDir, RESTART_WAIT_MS);
  }
  if (shared) {
    log.info({ bolt: shared.boltUri, pid: shared.pid }, 'using the local Neo4j that is already running');
    return { uri: shared.boltUri, user: LOCAL_NEO4J_USER, password, local: undefined };
  }
  const local = await superviseLocal(config, log);
  const first = local.current;
  if (!first) throw new Error('the local Neo4j exited as soon as it was ready');
  log.info({ bolt: first.boltUri, version: first.version }, 'local Neo4j ready');
  return { uri: first.boltUri, user: first.user, password: first.password, local };
}

export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  mkdirSync(config.dataDir, { recursive: true });
  const { uri, user, password, local } = await neo4jTarget(config, log);
  const db = new GraphDb(createDriver({ uri, user, password }), config.neo4j.database);
  const stopLocal = async (): Promise<void> => {
    if (!local) return;
    const pid = local.current?.pid;
    if (pid !== undefined) clearRuntime(config.dataDir, pid);
    await local.stop();
  };
  try {
    await db.verify();
    const n = await applySchema(db);
    log.debug({ statements: n }, 'schema applied');
  } catch (e) {
    await db.close();
    await stopLocal();
    throw e;
  }
  return {
    db,
    boltUri: uri,
    local,
    async close() {
      await db.close();
      await stopLocal();
    },
  };
}
