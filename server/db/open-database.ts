// Opens the project's database: the Neo4j at NEO4J_URI when set, else the
// local embedded Neo4j started under DATA_DIR. Returns the GraphDb and a
// close() that also stops the local Neo4j.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createDriver } from './driver.ts';
import { GraphDb } from './graph-db.ts';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j.ts';
import { readRuntime, writeRuntime, clearRuntime } from './runtime-file.ts';
import { applySchema } from './schema.ts';

export interface OpenDatabase {
  readonly db: GraphDb;
  readonly boltUri: string;
  /** The local Neo4j this process started, if any. */
  readonly local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  let local: LocalNeo4j | undefined;
  mkdirSync(config.dataDir, { recursive: true });
  let uri = config.neo4j.uri;
  const shared = uri === undefined ? readRuntime(config.dataDir) : undefined;
  if (shared) {
    uri = shared.boltUri;
    log.info({ bolt: uri, pid: shared.pid }, 'using the local Neo4j that is already running');
  } else if (uri === undefined) {
    const dataDir = path.join(config.dataDir, 'neo4j');
    log.info({ dataDir }, 'starting the local Neo4j (set NEO4J_URI to use another)');
    local = await startLocalNeo4j({ dataDir, port: config.neo4j.localPort, logFile: path.join(config.dataDir, 'neo4j.log') });
    uri = local.boltUri;
    writeRuntime(config.dataDir, { boltUri: uri, pid: local.pid, owner: process.pid });
    log.info({ bolt: uri, version: local.version }, 'local Neo4j ready');
  }
  if (uri === undefined) throw new Error('unreachable: no Neo4j URI');
  const ownNeo4j = local;
  const isLocal = ownNeo4j !== undefined || shared !== undefined;
  const db = new GraphDb(createDriver({ uri, user: config.neo4j.user, password: isLocal ? undefined : config.neo4j.password }), config.neo4j.database);
  const stopLocal = async (): Promise<void> => {
    if (!ownNeo4j) return;
    clearRuntime(config.dataDir, ownNeo4j.pid);
    await ownNeo4j.stop();
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
