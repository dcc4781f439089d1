// User Cypher is read-only, enforced on the server, on every route that runs
// it: ad-hoc Cypher, saved queries (saving one, running one stored by another
// tool, and their parameters) and exports. Every attack of the corpus
// (cypher-attacks.ts) is refused with an error body, Cypher given as a
// parameter value stays a value, legitimate reads still answer, and the
// database is unchanged after all of it.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherCatalog } from '../../../server/db/cypher-files.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { oneAttack } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';
import { ATTACKS, CYPHER_VALUES, OFF_THE_LIST, READS, type Attack } from './cypher-attacks.ts';

/** Codes of a refusal: by our checks, by Neo4j (a query it cannot plan), or by the edge (too long). */
const REFUSED = ['QUERY_REJECTED', 'QUERY_FAILED', 'VALIDATION_FAILED'];

const label = (a: Attack): string => JSON.stringify(a.query.length > 100 ? `${a.query.slice(0, 100)}…(${a.query.length} chars)` : a.query);
const cases = ATTACKS.map((a, i) => [label(a), i, a] as const);

/** Typed parameters of a saved query for an attack's parameters (maps have no type: left out). */
interface ParamSpec {
  readonly name: string;
  readonly type: 'string' | 'integer';
}
function specsOf(a: Attack): ParamSpec[] {
  return Object.entries(a.params ?? {}).flatMap(([name, v]): ParamSpec[] => (typeof v === 'number' ? [{ name, type: 'integer' }] : typeof v === 'string' ? [{ name, type: 'string' }] : []));
}
const savedParams = (a: Attack): Record<string, unknown> => Object.fromEntries(specsOf(a).map((s) => [s.name, a.params?.[s.name]]));

function expectRefused(res: request.Response): void {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.type).toBe('application/json');
  expect(REFUSED).toContain(res.body.code);
  expect(typeof res.body.message).toBe('string');
}

describe('user Cypher is read-only on every route', () => {
  let db: GraphDb;
  let app: Express;
  let before: string;

  beforeAll(async () => {
    // NOTE: the corpus goes through five routes that share one rate limit.
    ({ db, app } = await appWith([oneAttack('article:safety', 's1')], { CYPHER_RATE_PER_MINUTE: '100000' }));
    const saved = await request(app)
      .post('/api/queries')
      .send({ name: 'actor-named', cypher: 'MATCH (a:Actor) WHERE a.name = $name RETURN a', params: [{ name: 'name', type: 'string' }] });
    expect(saved.status).toBe(201);
    // Attacks stored as saved queries by another tool (not through POST /api/queries, which checks them).
    const create = new CypherCatalog(['saved-query-create'] as const).get('saved-query-create');
    for (const [i, attack] of ATTACKS.entries()) {
      const row = { name: `stored-attack-${i}`, title: `stored attack ${i}`, description: '', cypher: attack.query, params: JSON.stringify(specsOf(attack)) };
      await db.writeTx((tx) => tx.run(create, row), 'store attack');
    }
    before = await fingerprint(db);
  });

  afterAll(async () => {
    await db.close();
  });

  it('has a corpus of at least 60 attacks', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(60);
  });

  describe('POST /api/cypher', () => {
    it.each(cases)('rejects %s', async (_l, _i, a) => {
      expectRefused(await request(app).post('/api/cypher').send({ query: a.query, params: a.params ?? {} }));
    });

    it.each(OFF_THE_LIST)('refuses %s by the allow-list, installed or not', async (query) => {
      const res = await request(app).post('/api/cypher').send({ query, params: {} });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('QUERY_REJECTED');
      expect(res.body.message).toMatch(/is not on the allow-list/);
    });

    // NOTE: reads of the configured database itself, which Neo4j would run: only the pre-check refuses them.
    it.each(['USE`system` SHOW USERS', 'USE`neo4j` MATCH (n) RETURN n', '//x\rUSE neo4j MATCH (n) RETURN n', 'USE\u001cneo4j RETURN 1'])(
      'refuses the USE of %j in the pre-check, saying why',
      async (query) => {
        const res = await request(app).post('/api/cypher').send({ query, params: {} });
        expect(res.body).toEqual({ code: 'QUERY_REJECTED', message: 'USE is not allowed: queries run on the configured database' });
      },
    );

    it.each(READS)('runs the read %j', async (query) => {
      const res = await request(app).post('/api/cypher').send({ query, params: {} });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });

    it('answers dbms.components as a read', async () => {
      const res = await request(app).post('/api/cypher').send({ query: 'CALL dbms.components() YIELD name, versions, edition RETURN *', params: {} });
      expect(res.status).toBe(200);
      expect(res.body.table.columns).toEqual(['edition', 'name', 'versions']);
      expect(res.body.table.rows[0]).toEqual(['community', 'Neo4j Kernel', [expect.stringMatching(/^5\./)]]);
    });
  });

  describe('POST /api/export', () => {
    it.each(cases)('rejects cypher %s', async (_l, _i, a) => {
      expectRefused(await request(app).post('/api/export').send({ format: 'json', cypher: { query: a.query, params: a.params ?? {} } }));
    });

    it.each(cases)('rejects the stored query %s', async (_l, i, a) => {
      expectRefused(await request(app).post('/api/export').send({ format: 'cypher', query: { name: `stored-attack-${i}`, params: savedParams(a) } }));
    });

    it('exports a read', async () => {
      const res = await request(app).post('/api/export').send({ format: 'json', cypher: { query: READS[0], params: {} } });
      expect(res.status).toBe(200);
    });
  });

  describe('saved queries', () => {
    it.each(cases)('refuses to save %s', async (_l, i, a) => {
      expectRefused(await request(app).post('/api/queries').send({ name: `attack-${i}`, cypher: a.query, params: specsOf(a) }));
    });

    it.each(cases)('refuses to run the stored query %s', async (_l, i, a) => {
      const res = await request(app).post(`/api/queries/stored-attack-${i}/run`).send({ params: savedParams(a) });
      expectRefused(res);
      // The body reached the query runner: not refused for its parameters.
      expect(res.body.code).not.toBe('VALIDATION_FAILED');
    });

    it('finds the actor by a plain name, so the value tests below are not vacuous', async () => {
      const res = await request(app).post('/api/queries/actor-named/run').send({ params: { name: 'Ruritania' } });
      expect(res.status).toBe(200);
      expect(res.body.rowCount).toBe(1);
    });

    it.each(CYPHER_VALUES)('keeps the string parameter %j a value', async (value) => {
      const user = await request(app).post('/api/queries/actor-named/run').send({ params: { name: value } });
      expect(user.status).toBe(200);
      expect(user.body.rowCount).toBe(0);
      const builtin = await request(app).post('/api/queries/actor-everything/run').send({ params: { actor: value } });
      expect(builtin.status).toBe(200);
      expect(builtin.body.rowCount).toBe(0);
      const exported = await request(app).post('/api/export').send({ format: 'json', query: { name: 'actor-named', params: { name: value } } });
      expect(exported.status).toBe(200);
      const adhoc = await request(app).post('/api/cypher').send({ query: 'RETURN $v AS v', params: { v: value } });
      expect(adhoc.body.table.rows).toEqual([[value]]);
    });

    it.each([
      ['/api/cypher', { query: 'RETURN 1 AS x', params: { 'x}) MATCH (n) DETACH DELETE n //': 1 } }],
      ['/api/export', { format: 'json', cypher: { query: 'RETURN 1 AS x', params: { 'x; CREATE (n)': 1 } } }],
      ['/api/queries/actor-named/run', { params: { 'name}) DETACH DELETE a //': 'x' } }],
      ['/api/queries', { name: 'bad-param', cypher: 'RETURN $x AS x', params: [{ name: 'x) CREATE (n', type: 'string' }] }],
    ])('refuses a parameter name that is a Cypher fragment on %s', async (path, body) => {
      const res = await request(app).post(path).send(body);
      expect(res.status).toBe(400);
      expect(typeof res.body.code).toBe('string');
    });
  });

  describe('limits', () => {
    it('runs a read and caps its rows with a truncated flag', async () => {
      const res = await request(app).post('/api/cypher').send({ query: 'UNWIND range(1, 5000) AS i RETURN i', params: {}, maxRows: 100 });
      expect(res.status).toBe(200);
      expect(res.body.rowCount).toBe(100);
      expect(res.body.truncated).toBe(true);
      expect(res.body.table.columns).toEqual(['i']);
      expect(res.body.table.rows[0]).toEqual([1]);
    });

    it('times out a query that runs too long', async () => {
      const res = await request(app)
        .post('/api/cypher')
        .send({ query: 'UNWIND range(1, 100000000) AS i WITH i WHERE i % 7 = 13 RETURN count(i)', params: {}, timeoutMs: 300 });
      expect(res.status).toBe(408);
      expect(res.body.code).toBe('QUERY_TIMEOUT');
    });

    it('returns graph elements found in nested values, with parameters', async () => {
      const res = await request(app)
        .post('/api/cypher')
        .send({ query: 'MATCH p = (a:Actor {id: $id})-[r]->(b) RETURN {path: p, list: [a, b]} AS m, $n AS n', params: { id: 'country:ruritania', n: 3 } });
      expect(res.status).toBe(200);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'nodes')).toHaveLength(2);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'edges')).toHaveLength(1);
      expect(res.body.table.rows[0][1]).toBe(3);
    });

    it('draws relationships returned without their end nodes, fetching the ends', async () => {
      const res = await request(app).post('/api/cypher').send({ query: 'MATCH ()-[r:ATTACKED]->() RETURN r', params: {} });
      expect(res.status).toBe(200);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'edges')).toHaveLength(1);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'nodes').map((e: { data: { label: string } }) => e.data.label).sort()).toEqual(['Freedonia', 'Ruritania']);
    });
  });

  it('left the database exactly as it was', async () => {
    expect(await fingerprint(db)).toBe(before);
  });
});
