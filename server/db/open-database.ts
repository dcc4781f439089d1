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

interface Target {
  readonly uri: string;
  /** The local Neo4j this process started, if any. */
  readonly local: LocalNeo4j | undefined;
  /** A local Neo4j (ours or another process's): no authentication. */
  readonly isLocal: boolean;
}

/** NEO4J_URI when set; else a local Neo4j another process already runs under DATA_DIR; else one started here. */
async function neo4jTarget(config: Config, log: Logger): Promise<Target> {
  if (config.neo4j.uri !== undefined) return { uri: config.neo4j.uri, local: undefined, isLocal: false };
  const shared = readRuntime(config.dataDir);
  if (shared) {
    log.info({ bolt: shared.boltUri, pid: shared.pid }, 'using the local Neo4j that is already running');
    return { uri: shared.boltUri, local: undefined, isLocal: true };
  }
  const dataDir = path.join(config.dataDir, 'neo4j');
  log.info({ dataDir }, 'starting the local Neo4j (set NEO4J_URI to use another)');
  const local = await startLocalNeo4j({ dataDir, port: config.neo4j.localPort, logFile: path.join(config.dataDir, 'neo4j.log') });
  writeRuntime(config.dataDir, { boltUri: local.boltUri, pid: local.pid, owner: process.pid });
  log.info({ bolt: local.boltUri, version: local.version }, 'local Neo4j ready');
  return { uri: local.boltUri, local, isLocal: true };
}

export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  mkdirSync(config.dataDir, { recursive: true });
  const { uri, local, isLocal } = await neo4jTarget(config, log);
  const db = new GraphDb(createDriver({ uri, user: config.neo4j.user, password: isLocal ? undefined : config.neo4j.password }), config.neo4j.database);
  const stopLocal = async (): Promise<void> => {
    if (!local) return;
    clearRuntime(config.dataDir, local.pid);
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
