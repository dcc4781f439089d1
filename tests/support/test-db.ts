// Helpers for integration tests: a GraphDb on the test run's Neo4j, with the
// schema applied, and a way to empty it between files.
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { ArticleRepo } from '../../server/db/article-repo.ts';
import { createDriver } from '../../server/db/driver.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/db/schema.ts';

export async function openTestDb(): Promise<GraphDb> {
  const db = new GraphDb(createDriver({ uri: inject('neo4jUri'), user: 'neo4j', password: inject('neo4jPassword') }), 'neo4j');
  await db.verify();
  await applySchema(db);
  return db;
}

/** The environment of a server started as a child on the run's Neo4j. */
export function neo4jEnv(): Record<string, string> {
  return { NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD_FILE: inject('neo4jPasswordFile') };
}

/**
 * For the calling describe: a GraphDb on the run's Neo4j and an ArticleRepo
 * over it, opened once, emptied before each test, closed after the last.
 * Read them through the getters (they exist once beforeAll has run).
 */
export function repoOnEmptyDb(): { readonly db: GraphDb; readonly repo: ArticleRepo } {
  let db: GraphDb | undefined;
  let repo: ArticleRepo | undefined;
  beforeAll(async () => {
    db = await openTestDb();
    repo = new ArticleRepo(db);
  });
  beforeEach(async () => {
    if (db) await emptyDb(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('repoOnEmptyDb: used before beforeAll ran');
    return v;
  };
  return {
    get db() {
      return ready(db);
    },
    get repo() {
      return ready(repo);
    },
  };
}

export async function emptyDb(db: GraphDb): Promise<void> {
  await db.runAutoCommit(['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS'], 'empty');
}

/** Counts of nodes and relationships, for "nothing changed" checks. */
export async function counts(db: GraphDb): Promise<{ nodes: number; relationships: number }> {
  const r = await db.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const rec = r.records[0];
  return { nodes: Number(rec?.get('nodes') ?? 0), relationships: Number(rec?.get('relationships') ?? 0) };
}
