// Every read and write endpoint against the real Neo4j, and the bad-input
// table: malformed input is a 4xx with {code, message}, never a 500.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const TOKEN = 'test-token-0123456789abcdef';
const rur = actor('country:ruritania', 'Ruritania', 'Country', ['Strelsau']);
const fre = actor('country:freedonia', 'Freedonia', 'Country', ['Fredville']);
const sylv = actor('country:sylvania', 'Sylvania', 'Country');
const agency = actor('governmentbody:ruritanian-intelligence', 'Ruritanian Intelligence Agency', 'GovernmentBody', ['RIA']);
const ARTICLE = 'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.';

describe('the API', () => {
  let db: GraphDb;
  let app: Express;

  beforeAll(async () => {
    ({ db, app } = await appWith(
      [
        extraction('article:one', [rur, fre, agency], [
          { ...event('a1', 'ATTACKED', agency.id, fre.id), when: '2021-03-04' },
          { ...event('a2', 'DENIED', rur.id, fre.id), when: '2021-03-09' },
        ]),
        extraction('article:two', [fre, sylv, rur], [{ ...event('b1', 'SANCTIONED', fre.id, rur.id), when: '2022-06' }, { ...event('b2', 'EXPELLED', sylv.id, rur.id), when: '2023-01-02' }]),
      ],
      { API_TOKEN: TOKEN },
    ));
  });

  afterAll(async () => {
    await db.close();
  });

  describe('GET /api/graph', () => {
    it('returns event edges as Cytoscape elements', async () => {
      const res = await request(app).get('/api/graph');
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(4);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'edges')).toHaveLength(4);
    });

    it.each([
      ['types=ATTACKED', 1],
      ['types=SANCTIONED,EXPELLED', 2],
      ['kinds=Country', 3],
      ['article=article:two', 2],
      ['from=2022', 2],
      ['to=2021-03', 2],
      ['from=2021-03-05&to=2022-12', 2],
    ])('filters by %s', async (qs, edges) => {
      const res = await request(app).get(`/api/graph?${qs}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(edges);
    });

    it('caps the result and says so', async () => {
      const res = await request(app).get('/api/graph?limit=1');
      expect(res.body.truncated).toBe(true);
      expect(res.body.elements.filter((e: { group: string }) => e.group === 'edges')).toHaveLength(1);
    });
  });

  it('GET /api/actors/:id gives aliases, articles and every claim', async () => {
    const res = await request(app).get(`/api/actors/${encodeURIComponent(fre.id)}`);
    expect(res.status).toBe(200);
    expect(res.body.actor).toMatchObject({ id: fre.id, name: 'Freedonia', kind: 'Country', aliases: ['Fredville'] });
    expect(res.body.articles.map((a: { id: string }) => a.id).sort()).toEqual(['article:one', 'article:two']);
    expect(res.body.claims).toHaveLength(3);
    expect(res.body.claims[0]).toMatchObject({ type: 'ATTACKED', direction: 'in', articleTitle: 'Title of article:one' });
  });

  it('GET /api/actors/:id/neighbours pages through neighbours', async () => {
    const first = await request(app).get(`/api/actors/${encodeURIComponent(rur.id)}/neighbours?limit=1`);
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(2);
    expect(first.body.next).toBe(1);
    const rest = await request(app).get(`/api/actors/${encodeURIComponent(rur.id)}/neighbours?limit=1&skip=1`);
    expect(rest.body.next).toBeNull();
    const out = await request(app).get(`/api/actors/${encodeURIComponent(rur.id)}/neighbours?direction=out`);
    expect(out.body.total).toBe(1);
  });

  it('GET /api/paths finds the shortest path between two actors', async () => {
    const res = await request(app).get(`/api/paths?from=${encodeURIComponent(agency.id)}&to=${encodeURIComponent(sylv.id)}`);
    expect(res.status).toBe(200);
    expect(res.body.paths).toBeGreaterThan(0);
    expect(res.body.elements.filter((e: { group: string }) => e.group === 'nodes').length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['freed', 'country:freedonia'],
    ['strelsau', 'country:ruritania'],
    ['RIA', 'governmentbody:ruritanian-intelligence'],
    ['ruritanian intel', 'governmentbody:ruritanian-intelligence'],
  ])('GET /api/search?q=%s finds %s', async (q, id) => {
    const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(res.body.results[0]?.id).toBe(id);
  });

  describe('saved queries', () => {
    it('lists the built-in queries with their parameters', async () => {
      const res = await request(app).get('/api/queries');
      expect(res.status).toBe(200);
      const names = res.body.queries.map((q: { name: string }) => q.name);
      expect(names).toEqual(expect.arrayContaining(['who-attacked-whom', 'timeline', 'actor-everything']));
      expect(res.body.queries.length).toBeGreaterThanOrEqual(8);
    });

    it('runs every built-in query with its defaults', async () => {
      const list = await request(app).get('/api/queries');
      for (const q of list.body.queries as { name: string; origin: string }[]) {
        if (q.origin !== 'builtin') continue;
        const res = await request(app).post(`/api/queries/${q.name}/run`).send({ params: {} });
        expect(res.status, `${q.name}: ${JSON.stringify(res.body)}`).toBe(200);
      }
    });

    it('runs a query with a parameter and returns elements and a table', async () => {
      const res = await request(app).post('/api/queries/actor-everything/run').send({ params: { actor: fre.id } });
      expect(res.status).toBe(200);
      expect(res.body.table.rows).toHaveLength(3);
      expect(res.body.elements.length).toBeGreaterThan(0);
    });

    it('saves, lists, runs and deletes a user query (with the token)', async () => {
      const body = { name: 'my-query', description: 'mine', cypher: 'MATCH (a:Actor {id: $id}) RETURN a', params: [{ name: 'id', type: 'actor', default: rur.id }] };
      expect((await request(app).post('/api/queries').send(body)).status).toBe(401);
      const created = await request(app).post('/api/queries').set('Authorization', `Bearer ${TOKEN}`).send(body);
      expect(created.status).toBe(201);
      const dup = await request(app).post('/api/queries').set('Authorization', `Bearer ${TOKEN}`).send(body);
      expect(dup.status).toBe(409);
      const run = await request(app).post('/api/queries/my-query/run').send({ params: {} });
      expect(run.body.rowCount).toBe(1);
      const del = await request(app).delete('/api/queries/my-query').set('Authorization', `Bearer ${TOKEN}`);
      expect(del.status).toBe(200);
      expect((await request(app).post('/api/queries/my-query/run').send({})).status).toBe(404);
    });

    it('refuses to save a query that writes', async () => {
      const res = await request(app)
        .post('/api/queries')
        .set('Authorization', `Bearer ${TOKEN}`)
        .send({ name: 'evil', cypher: 'MATCH (n) DETACH DELETE n' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('QUERY_REJECTED');
    });
  });

  it('reports a syntax error at its place in the query as written, not in the checked text', async () => {
    const res = await request(app).post('/api/cypher').send({ query: 'MATC (n) RETURN n' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('(line 1, column 1 (offset: 0))');
    const second = await request(app).post('/api/cypher').send({ query: 'MATCH (n)\nRETRN n' });
    expect(second.body.message).toContain('(line 2, column 1 (offset: 10))');
  });

  it('GET /api/schema-info lists labels, types and property keys', async () => {
    const res = await request(app).get('/api/schema-info');
    expect(res.body.labels).toEqual(expect.arrayContaining(['Actor', 'Country', 'Article']));
    expect(res.body.relationshipTypes).toEqual(expect.arrayContaining(['ATTACKED', 'MENTIONS']));
    expect(res.body.propertyKeys).toEqual(expect.arrayContaining(['evidence', 'aliases']));
  });

  describe('articles', () => {
    it('previews without writing, loads with the token, lists and deletes', async () => {
      const before = await request(app).get('/api/health');
      const preview = await request(app).post('/api/articles/preview').send({ text: ARTICLE, published: '2024-05-06' });
      expect(preview.status).toBe(200);
      expect(preview.body.edges.map((e: { type: string }) => e.type)).toContain('EXPELLED');
      expect((await request(app).get('/api/health')).body.neo4j).toEqual(before.body.neo4j);

      expect((await request(app).post('/api/articles').send({ text: ARTICLE })).status).toBe(401);
      const loaded = await request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text: ARTICLE, title: 'Expulsions', published: '2024-05-06' });
      expect(loaded.status).toBe(201);
      const id = loaded.body.loaded.articleId as string;
      const l = loaded.body.loaded;
      expect(l.actorsNew + l.actorsKnown).toBe(l.actors);
      expect(l).toMatchObject({ claimsAdded: l.relations, claimsReplaced: 0, correctionsReapplied: 0, reused: l.actorsKnown });
      // The same text again, without its title and date: everything known, nothing added or replaced, the metadata kept.
      const again = await request(app).post('/api/articles').set('Authorization', `Bearer ${TOKEN}`).send({ text: ARTICLE });
      expect(again.body.loaded).toMatchObject({ articleId: id, actorsNew: 0, actorsKnown: l.actors, claimsAdded: 0, claimsReplaced: 0 });
      const list = await request(app).get('/api/articles');
      const listed = list.body.articles.find((a: { id: string }) => a.id === id);
      expect(listed.published).toBe('2024-05-06');
      expect(listed.title).not.toBe('');
      expect(list.body.articles.map((a: { id: string }) => a.id)).toContain(id);

      const del = await request(app).delete(`/api/articles/${encodeURIComponent(id)}`).set('Authorization', `Bearer ${TOKEN}`);
      expect(del.status).toBe(200);
      expect(del.body.claimsRemoved).toBeGreaterThan(0);
      expect((await request(app).get('/api/health')).body.neo4j).toEqual(before.body.neo4j);
    });

    it('loads an uploaded file', async () => {
      const res = await request(app)
        .post('/api/articles')
        .set('Authorization', `Bearer ${TOKEN}`)
        .attach('file', Buffer.from(ARTICLE), 'norway.txt')
        .field('published', '2024-05-06');
      expect(res.status).toBe(201);
      await request(app).delete(`/api/articles/${encodeURIComponent(String(res.body.loaded.articleId))}`).set('Authorization', `Bearer ${TOKEN}`);
    });

    it('keeps articles that other articles share actors with', async () => {
      const del = await request(app).delete('/api/articles/article:one').set('Authorization', `Bearer ${TOKEN}`);
      expect(del.body).toMatchObject({ claimsRemoved: 2, actorsRemoved: 1 });
      const fr = await request(app).get(`/api/actors/${encodeURIComponent(fre.id)}`);
      expect(fr.status).toBe(200);
      expect((await request(app).get(`/api/actors/${encodeURIComponent(agency.id)}`)).status).toBe(404);
    });
  });

  describe('bad input', () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
    it.each([
      ['GET', '/api/graph?limit=abc', undefined, 400],
      ['GET', '/api/graph?limit=0', undefined, 400],
      ['GET', '/api/graph?types=HUGGED', undefined, 400],
      ['GET', '/api/graph?from=yesterday', undefined, 400],
      ['GET', '/api/graph?kinds=Planet', undefined, 400],
      ['GET', '/api/actors/nobody', undefined, 404],
      ['GET', '/api/actors/nobody/neighbours', undefined, 404],
      ['GET', '/api/actors/x/neighbours?direction=sideways', undefined, 400],
      ['GET', '/api/paths?from=country:ruritania', undefined, 400],
      ['GET', '/api/paths?from=country:ruritania&to=nobody', undefined, 404],
      ['GET', '/api/search', undefined, 400],
      ['GET', `/api/search?q=${'x'.repeat(300)}`, undefined, 400],
      ['GET', '/api/search?q=%22%29%28*', undefined, 200],
      ['POST', '/api/queries/no-such-query/run', {}, 404],
      ['POST', '/api/queries/Bad_Name/run', {}, 400],
      ['POST', '/api/queries/timeline/run', { params: { from: 'last year' } }, 400],
      ['POST', '/api/queries/timeline/run', { params: { limit: 'many' } }, 400],
      ['POST', '/api/queries/timeline/run', { params: { nope: 1 } }, 400],
      ['POST', '/api/queries/timeline/run', { params: 'x' }, 400],
      ['POST', '/api/cypher', {}, 400],
      ['POST', '/api/cypher', { query: 42 }, 400],
      ['POST', '/api/cypher', { query: 'MATCH (n) RETURN n', params: [1, 2] }, 400],
      ['POST', '/api/cypher', { query: 'MATCH (n RETURN n' }, 400],
      ['POST', '/api/cypher', { query: 'RETURN $x' }, 400],
      ['POST', '/api/cypher', { query: 'RETURN 1', params: deep(200) }, 400],
      ['POST', '/api/articles/preview', { text: '' }, 400],
      ['POST', '/api/articles/preview', { title: 'no text' }, 400],
      ['POST', '/api/articles/preview', { text: 'x', published: '10/09/2022' }, 400],
      ['POST', '/api/articles/preview', { text: 'Nothing happened here at all today.' }, 422],
      ['POST', '/api/articles/preview', { text: 'a\u0000b\u0000c\u0000d' }, 400],
      ['DELETE', '/api/articles/article:none', undefined, 404],
      ['POST', '/api/export', { format: 'pdf', elementIds: [] }, 400],
      ['POST', '/api/export', { format: 'json' }, 400],
    ] as const)('%s %s %j → %d', async (method, url, body, status) => {
      const req = method === 'GET' ? request(app).get(url) : method === 'DELETE' ? request(app).delete(url).set(auth) : request(app).post(url).set(auth).send(body);
      const res = await req;
      expect(res.status).toBe(status);
      if (status >= 400) {
        expect(typeof res.body.code).toBe('string');
        expect(typeof res.body.message).toBe('string');
        expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
      }
    });

    it('answers a body that is not JSON with 400', async () => {
      const res = await request(app).post('/api/cypher').set('Content-Type', 'application/json').send('{"query": ');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BAD_REQUEST');
    });

    it('answers a huge body with 413', async () => {
      const res = await request(app).post('/api/articles/preview').set(auth).send({ text: 'x'.repeat(4_000_000) });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('sends security headers with a strict CSP', async () => {
      const res = await request(app).get('/api/health');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('serves the OpenAPI document built from the contract', async () => {
      const res = await request(app).get('/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toBe('3.1.0');
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/graph', '/api/cypher', '/api/export', '/api/articles/{id}']));
    });
  });
});
