// Neo4j going away while the API runs: 503 NEO4J_UNAVAILABLE, and once it
// is back the same API process answers 200 again, without a restart.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { GraphDb } from '../../../server/db/graph-db.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../../server/db/local-neo4j.ts';
import { createApp } from '../../../server/http/app.ts';
import { createLogger } from '../../../server/logger.ts';
import { testAnnotator } from '../../support/nlp-client.ts';
import { freePort } from '../../support/run-server.ts';

describe('the API when Neo4j stops and comes back', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-restart-'));
  let neo4j: LocalNeo4j | undefined;
  let db: GraphDb | undefined;

  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 while Neo4j is down and 200 again after it restarts', async () => {
    const port = await freePort();
    const start = (): Promise<LocalNeo4j> => startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), port, logFile: path.join(dir, 'neo4j.log') });
    neo4j = await start();
    db = new GraphDb(createDriver({ uri: neo4j.boltUri, user: neo4j.user, password: neo4j.password }), 'neo4j');
    const annotator = testAnnotator();
    const app = createApp({ db, log: createLogger('silent', false), config: loadConfig({}), serveClient: false, annotator });

    expect((await request(app).get('/api/health')).status).toBe(200);
    await neo4j.stop();
    const down = await request(app).get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('NEO4J_UNAVAILABLE');
    const graphDown = await request(app).get('/api/graph');
    expect(graphDown.status).toBe(503);

    neo4j = await start();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await request(app).get('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await request(app).get('/api/graph')).status).toBe(200);
  }, 240_000);
});
