// Ad-hoc Cypher is read-only, enforced on the server: a corpus of queries that
// try to write, change schema, administer, call write procedures, read files
// or escape the caps. Every one is refused, and the database is unchanged.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const ATTACKS: readonly string[] = [
  "CREATE (n:Actor {id: 'x'})",
  "MERGE (n:Actor {id: 'x'}) RETURN n",
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) DELETE n',
  'MATCH ()-[r]->() DELETE r',
  "MATCH (n:Actor) SET n.name = 'pwned'",
  'MATCH (n:Actor) SET n:Hacked',
  'MATCH (n:Actor) REMOVE n.aliases',
  'MATCH (n:Actor) REMOVE n:Actor',
  "MATCH (n:Actor) SET n += {x: 1}",
  'MATCH (n) FOREACH (x IN [1] | SET n.y = x)',
  "MATCH (a:Actor), (b:Actor) CREATE (a)-[:ATTACKED]->(b)",
  "MATCH (a:Actor) WITH a LIMIT 1 CALL (a) { SET a.z = 1 } RETURN a",
  "MATCH (n) RETURN n UNION MATCH (m) CREATE (x) RETURN x AS n",
  'CREATE INDEX evil IF NOT EXISTS FOR (n:Actor) ON (n.evil)',
  'DROP INDEX actor_names',
  'DROP CONSTRAINT actor_id',
  'CREATE CONSTRAINT evil FOR (n:Evil) REQUIRE n.id IS UNIQUE',
  'CREATE FULLTEXT INDEX evil2 FOR (n:Actor) ON EACH [n.name]',
  'SHOW INDEXES',
  'SHOW USERS',
  'SHOW DATABASES',
  "CREATE USER mallory SET PASSWORD 'secret123'",
  'CREATE DATABASE evil',
  'STOP DATABASE neo4j',
  'GRANT ALL ON DATABASE * TO PUBLIC',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  "ALTER USER neo4j SET PASSWORD 'x'",
  "CALL db.createLabel('Evil')",
  "CALL db.createProperty('evil')",
  "CALL db.createRelationshipType('EVIL')",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'off')",
  'CALL db.clearQueryCaches()',
  "CALL db.index.fulltext.drop('actor_names')",
  "CALL db.awaitIndexes(1)",
  'CALL dbms.listConfig()',
  'CALL dbms.showCurrentUser()',
  'CALL db.info()',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
  "CALL { MATCH (n) DETACH DELETE n } IN TRANSACTIONS",
  "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
  'PROFILE MATCH (n) DETACH DELETE n',
  "EXPLAIN CREATE (n)",
  "CYPHER runtime=interpreted CREATE (n)",
  'USE system SHOW USERS',
  "WITH 1 AS x CALL apoc.cypher.runWrite('CREATE (n)', {}) YIELD value RETURN value",
  "MATCH (n) WITH n LIMIT 1 /* sneaky */ DETACH DELETE n",
  "RETURN 1 // harmless \n; CREATE (n)",
];

describe('POST /api/cypher refuses every non-read', () => {
  let db: GraphDb;
  let app: Express;
  let before: string;

  beforeAll(async () => {
    const a = actor('country:ruritania', 'Ruritania', 'Country');
    const b = actor('country:freedonia', 'Freedonia', 'Country');
    ({ db, app } = await appWith([extraction('article:safety', [a, b], [event('s1', 'ATTACKED', a.id, b.id)])]));
    before = await fingerprint(db);
  });

  afterAll(async () => {
    await db.close();
  });

  it('has a corpus of at least 40 attacks', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ATTACKS)('rejects %s', async (query) => {
    const res = await request(app).post('/api/cypher').send({ query, params: {} });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(['QUERY_REJECTED', 'QUERY_FAILED']).toContain(res.body.code);
    expect(typeof res.body.message).toBe('string');
  });

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

  it('left the database exactly as it was', async () => {
    expect(await fingerprint(db)).toBe(before);
  });
});
