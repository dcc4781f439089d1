// The local Neo4j launcher for real: starts on a free port, answers Cypher as
// Neo4j 5.26, keeps its data across a restart on the same directory, leaves no
// java process behind after stop(), and reports a taken port as NEO4J_EXITED.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.ts';
import { processAlive } from '../../server/db/runtime-file.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-launcher-'));
const dataDir = path.join(dir, 'neo4j');
const logFile = path.join(dir, 'neo4j.log');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const alive = processAlive;

async function withSession<T>(local: LocalNeo4j, work: (run: (q: string, p?: Record<string, unknown>) => Promise<neo4j.Record[]>) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(local.boltUri, neo4j.auth.basic(local.user, local.password));
  const session = driver.session();
  try {
    return await work(async (q, p) => (await session.run(q, p)).records);
  } finally {
    await session.close();
    await driver.close();
  }
}

function listen(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, port: typeof addr === 'object' && addr ? addr.port : 0 });
    });
  });
}

describe('local Neo4j launcher', () => {
  it('serves Neo4j 5.26 over Bolt and keeps data across a restart', async () => {
    const first = await startLocalNeo4j({ dataDir, port: 0, logFile });
    expect(first.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(first.version).toMatch(/^5\.26\./);
    try {
      await withSession(first, async (run) => {
        const [component] = await run('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
        expect(String(component?.get('version'))).toMatch(/^5\.26\./);
        expect(component?.get('edition')).toBe('community');
        await run('CREATE (:LauncherProbe {id: $id})', { id: 'kept' });
      });
    } finally {
      await first.stop();
    }
    expect(alive(first.pid)).toBe(false);

    const second = await startLocalNeo4j({ dataDir, port: 0, logFile });
    try {
      const ids = await withSession(second, async (run) =>
        (await run('MATCH (p:LauncherProbe) RETURN p.id AS id')).map((r) => r.get('id') as string),
      );
      expect(ids).toEqual(['kept']);
    } finally {
      await second.stop();
    }
    expect(alive(second.pid)).toBe(false);
  }, 240_000);

  it('fails with NEO4J_EXITED and the reason when the port is taken', async () => {
    const { server, port } = await listen();
    try {
      const error = await startLocalNeo4j({ dataDir: path.join(dir, 'taken'), port, logFile }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LocalNeo4jError);
      expect((error as LocalNeo4jError).code).toBe('NEO4J_EXITED');
      expect((error as LocalNeo4jError).message).toMatch(/address already in use|port.*(in use|bind)/i);
    } finally {
      server.close();
    }
  }, 120_000);
});
