// Applies cypher/schema.cypher at boot; every statement is IF NOT EXISTS, so
// running it again changes nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, splitStatements } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';

export function schemaStatements(dir = CYPHER_DIR): string[] {
  return splitStatements(readFileSync(path.join(dir, 'schema.cypher'), 'utf8'));
}

export async function applySchema(db: GraphDb): Promise<number> {
  const statements = schemaStatements();
  await db.runAutoCommit(statements, 'schema');
  // NOTE: wait for indexes so that the first search after boot uses them.
  await db.runAutoCommit(['CALL db.awaitIndexes(60)'], 'schema');
  return statements.length;
}
