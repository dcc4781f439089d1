// A database to build a graph in and throw away (the graph-level evaluation):
// a local Neo4j of its own in a fresh temporary folder, deleted afterwards;
// or, when NEO4J_URI is set, that database, which must be empty and is
// emptied again when done. Never DATA_DIR's store.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { CypherCatalog } from './cypher-files.ts';
import { createDriver } from './driver.ts';
import { GraphDb } from './graph-db.ts';
import { startLocalNeo4j } from './local-neo4j.ts';
import { readPasswordFile } from './neo4j-password.ts';
import { applySchema } from './schema.ts';

export interface ThrowawayDatabase {
  readonly db: GraphDb;
  /** Where it runs, for messages: "a local Neo4j in /tmp/…" or the URI. */
  readonly where: string;
  /** Deletes everything in it (between two graphs). */
  clear(): Promise<void>;
  /** Closes the driver; stops and deletes the local Neo4j, or empties the database at NEO4J_URI. */
  close(): Promise<void>;
}

const STATEMENTS = ['graph-has-nodes', 'graph-delete-all'] as const;

export async function openThrowawayDatabase(config: Config): Promise<ThrowawayDatabase> {
  const cypher = new CypherCatalog(STATEMENTS);
  const clear = (db: GraphDb): Promise<void> => db.runAutoCommit([cypher.get('graph-delete-all')], 'clear the throwaway graph');
  if (config.neo4j.uri !== undefined) {
    const password = config.neo4j.password ?? (config.neo4j.passwordFile === undefined ? undefined : readPasswordFile(config.neo4j.passwordFile));
    const db = new GraphDb(createDriver({ uri: config.neo4j.uri, user: config.neo4j.user, password }), config.neo4j.database);
    try {
      await db.verify();
      const res = await db.read(cypher.get('graph-has-nodes'));
      if (res.records[0]?.get('nonEmpty') === true) {
        throw new AppError('CONFLICT', `the database at NEO4J_URI (${config.neo4j.uri}, ${config.neo4j.database}) is not empty: a throwaway graph needs an empty one (or unset NEO4J_URI for a local Neo4j of its own)`);
      }
      await applySchema(db);
    } catch (e) {
      await db.close();
      throw e;
    }
    return {
      db,
      where: config.neo4j.uri,
      clear: () => clear(db),
      close: async () => {
        try {
          await clear(db);
        } finally {
          await db.close();
        }
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-graph-'));
  const neo4j = await startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), logFile: path.join(dir, 'neo4j.log') }).catch((e: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  const db = new GraphDb(createDriver({ uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password }), 'neo4j');
  const close = async (): Promise<void> => {
    try {
      await db.close();
      await neo4j.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await db.verify();
    await applySchema(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, where: `a local Neo4j in ${dir}`, clear: () => clear(db), close };
}
