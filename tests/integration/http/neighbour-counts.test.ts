// GET /api/actors/:id/neighbour-counts on the real Neo4j: the neighbours and
// claims per relation type and direction equal a direct Cypher count, and
// each agrees with what GET /neighbours would add for that choice.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourCount } from '../../../server/api/contract.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { HUB, hubWorld } from '../../support/hub-world.ts';
import { appWith } from '../../support/test-app.ts';

describe('GET /api/actors/:id/neighbour-counts', () => {
  let db: GraphDb;
  let app: Express;

  beforeAll(async () => {
    ({ db, app } = await appWith(hubWorld()));
  });

  afterAll(async () => {
    await db.close();
  });

  /** The same figures, counted another way: one directed pattern per direction. */
  async function direct(id: string): Promise<NeighbourCount[]> {
    const res = await db.read(
      `CALL (){ MATCH (a:Actor {id: $id})-[r]->(o:Actor) RETURN type(r) AS type, 'out' AS direction, o, r
               UNION ALL MATCH (a:Actor {id: $id})<-[r]-(o:Actor) RETURN type(r) AS type, 'in' AS direction, o, r }
       RETURN type, direction, count(DISTINCT o) AS neighbours, count(DISTINCT r) AS claims ORDER BY type, direction`,
      { id },
    );
    return res.records.map((r) => ({ type: String(r.get('type')), direction: r.get('direction') as 'out' | 'in', neighbours: Number(r.get('neighbours')), claims: Number(r.get('claims')) }));
  }

  it('counts neighbours and claims per type and direction as Cypher does', async () => {
    const res = await request(app).get(`/api/actors/${encodeURIComponent(HUB.id)}/neighbour-counts`);
    expect(res.status).toBe(200);
    const expected = await direct(HUB.id);
    expect(expected.length, 'the hub world has several types and both directions').toBeGreaterThan(4);
    expect(res.body.counts).toEqual(expected);
  });

  it('gives for each choice the total that GET /neighbours pages through', async () => {
    const res = await request(app).get(`/api/actors/${encodeURIComponent(HUB.id)}/neighbour-counts`);
    for (const c of res.body.counts as NeighbourCount[]) {
      const n = await request(app).get(`/api/actors/${encodeURIComponent(HUB.id)}/neighbours?types=${c.type}&direction=${c.direction}&limit=1`);
      expect(n.body.total, `${c.type} ${c.direction}`).toBe(c.neighbours);
    }
  });

  it('answers an actor without claims with no counts, and an unknown one with 404', async () => {
    await db.writeTx((tx) => tx.run('MERGE (:Actor {id: $id, name: $id, kind: "Country"})', { id: 'country:lonely-isle' }));
    const lonely = await request(app).get('/api/actors/country%3Alonely-isle/neighbour-counts');
    expect(lonely.status).toBe(200);
    expect(lonely.body.counts).toEqual([]);
    const none = await request(app).get('/api/actors/nobody/neighbour-counts');
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('NOT_FOUND');
    const long = await request(app).get(`/api/actors/${'x'.repeat(400)}/neighbour-counts`);
    expect(long.status).toBe(400);
  });
});
