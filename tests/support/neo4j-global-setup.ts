// Vitest global setup of the integration and e2e projects: starts ONE real
// local Neo4j per test run on a temporary data directory (port 0), and hands
// its Bolt URI to the tests through `inject('neo4jUri')`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { passwordFile } from '../../server/db/neo4j-password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password of the run's Neo4j (user neo4j); tests/support/test-db.ts connects with it. */
    neo4jPassword: string;
    /** Its password file, for servers started as children (NEO4J_PASSWORD_FILE). */
    neo4jPasswordFile: string;
    neo4jDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-test-'));
  const neo4j = await startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), port: 0, logFile: path.join(dir, 'neo4j.log') });
  project.provide('neo4jUri', neo4j.boltUri);
  project.provide('neo4jPassword', neo4j.password);
  project.provide('neo4jPasswordFile', passwordFile(path.join(dir, 'neo4j')));
  project.provide('neo4jDataDir', dir);
  return async () => {
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
