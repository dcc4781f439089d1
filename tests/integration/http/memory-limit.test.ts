// One read query must not take Neo4j down: a query that collects too much
// hits the per-transaction memory limit, one that builds a value no limit
// tracks (a string doubled in `reduce`) gets Neo4j's OutOfMemoryError; both
// are a 4xx QUERY_MEMORY_LIMIT, through ad-hoc Cypher, saved queries and
// exports, and Neo4j answers as before afterwards.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { oneAttack } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const BOMBS: readonly string[] = [
  'UNWIND range(1, 30000000) AS x WITH collect(x) AS c RETURN size(c) AS n',
  "RETURN size(reduce(s = 'x', i IN range(1, 29) | s + s)) AS n",
  'UNWIND range(1, 20000000) AS x WITH x ORDER BY x DESC RETURN x',
  "UNWIND range(1, 3000000) AS x WITH DISTINCT toString(x) + 'padding-padding-padding' AS s RETURN count(s) AS n",
];

describe('memory bombs', () => {
  let db: GraphDb;
  let app: Express;
  let before: string;

  beforeAll(async () => {
    ({ db, app } = await appWith([oneAttack('article:bombs', 'm1')], { QUERY_TIMEOUT_MS: '60000' }));
    before = await fingerprint(db);
  });

  afterAll(async () => {
    await db.close();
  });

  it.each(BOMBS)('POST /api/cypher %s → 422 QUERY_MEMORY_LIMIT, Neo4j still up', async (query) => {
    const res = await request(app).post('/api/cypher').send({ query });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('QUERY_MEMORY_LIMIT');
    expect(res.body.message).toMatch(/memory/);
    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
    expect((await request(app).post('/api/cypher').send({ query: 'MATCH (n:Actor) RETURN count(n) AS n' })).body.table.rows).toEqual([[2]]);
  }, 120_000);

  it('through an export and a saved query too', async () => {
    const exp = await request(app).post('/api/export').send({ format: 'json', cypher: { query: BOMBS[0] } });
    expect(exp.body).toMatchObject({ code: 'QUERY_MEMORY_LIMIT' });
    expect(exp.status).toBe(422);
    expect(exp.body.code).toBe('QUERY_MEMORY_LIMIT');
    const saved = await request(app).post('/api/queries').send({ name: 'memory-bomb', cypher: BOMBS[1] });
    expect(saved.status).toBe(201);
    const run = await request(app).post('/api/queries/memory-bomb/run').send({ params: {} });
    expect(run.status).toBe(422);
    expect(run.body.code).toBe('QUERY_MEMORY_LIMIT');
    await request(app).delete('/api/queries/memory-bomb');
    expect((await request(app).get('/api/health')).status).toBe(200);
  }, 120_000);

  it('wrote nothing', async () => {
    expect(await fingerprint(db)).toBe(before);
  });
});
