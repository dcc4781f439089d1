// /api/health against the real local Neo4j, and 503 when Neo4j is unreachable.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { GraphDb } from '../../../server/db/graph-db.ts';
import { createApp } from '../../../server/http/app.ts';
import { createLogger } from '../../../server/logger.ts';
import { testAnnotator } from '../../support/nlp-client.ts';
import { freePort } from '../../support/run-server.ts';
import { openTestDb } from '../../support/test-db.ts';

const log = createLogger('silent', false);
const config = loadConfig({});
const annotator = testAnnotator();

describe('GET /api/health', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('reports Neo4j 5.26, its edition, database and counts', async () => {
    const res = await request(createApp({ db, log, config, serveClient: false, annotator })).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.neo4j.version).toMatch(/^5\.26\./);
    expect(res.body.neo4j.edition).toBe('community');
    expect(res.body.neo4j.database).toBe('neo4j');
    expect(typeof res.body.neo4j.nodes).toBe('number');
    expect(typeof res.body.neo4j.relationships).toBe('number');
  });

  it('answers 503 NEO4J_UNAVAILABLE with a JSON error when Neo4j is unreachable', async () => {
    const port = await freePort();
    const down = new GraphDb(createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: undefined }), 'neo4j');
    try {
      const res = await request(createApp({ db: down, log, config, serveClient: false, annotator })).get('/api/health');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('NEO4J_UNAVAILABLE');
      expect(res.body.stack).toBeUndefined();
    } finally {
      await down.close();
    }
  });

  it('answers unknown API paths with 404 JSON', async () => {
    const res = await request(createApp({ db, log, config, serveClient: false, annotator })).get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
