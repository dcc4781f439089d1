// A web page the user visits must not change the graph: every state-changing
// route refuses a foreign Origin, a Sec-Fetch-Site other than same-origin, and
// — every route, reads too — a Host that is not one of the server's names (DNS
// rebinding), token or not. Same-origin requests and tools that send no Origin
// still work. The database is unchanged after every refused request.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { fingerprint } from '../../support/fingerprint.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const TOKEN = 'cross-site-token-0123456789';
const ARTICLE = 'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.';
const rur = actor('country:ruritania', 'Ruritania', 'Country');
const fre = actor('country:freedonia', 'Freedonia', 'Country');

type Send = (app: Express, headers: Readonly<Record<string, string>>) => request.Test;

const withHeaders = (t: request.Test, headers: Readonly<Record<string, string>>): request.Test => {
  for (const [k, v] of Object.entries(headers)) t.set(k, v);
  return t;
};

/** Every route that changes state (or runs a query), as a browser form or fetch would send it. */
const WRITES: readonly [string, Send][] = [
  ['POST /api/articles (JSON)', (app, h) => withHeaders(request(app).post('/api/articles'), h).send({ text: ARTICLE, title: 'Cross-site' })],
  ['POST /api/articles (form upload)', (app, h) => withHeaders(request(app).post('/api/articles'), h).attach('file', Buffer.from(ARTICLE), 'a.txt')],
  ['POST /api/articles/preview', (app, h) => withHeaders(request(app).post('/api/articles/preview'), h).send({ text: ARTICLE })],
  ['DELETE /api/articles/:id', (app, h) => withHeaders(request(app).delete('/api/articles/article:cross'), h)],
  ['POST /api/queries', (app, h) => withHeaders(request(app).post('/api/queries'), h).send({ name: 'evil-query', cypher: 'MATCH (n) RETURN n LIMIT 1' })],
  ['DELETE /api/queries/:name', (app, h) => withHeaders(request(app).delete('/api/queries/kept-query'), h)],
  ['POST /api/queries/:name/run', (app, h) => withHeaders(request(app).post('/api/queries/kept-query/run'), h).send({ params: {} })],
  ['POST /api/cypher', (app, h) => withHeaders(request(app).post('/api/cypher'), h).send({ query: 'MATCH (n) RETURN n LIMIT 1' })],
  ['POST /api/export', (app, h) => withHeaders(request(app).post('/api/export'), h).send({ format: 'json', cypher: 'MATCH (n) RETURN n LIMIT 1' })],
];

const READS: readonly string[] = ['/api/health', '/api/graph', '/api/search?q=Ruritania', '/api/queries', '/api/articles', '/api/schema-info', '/api/actors/country:ruritania', '/'];

const CROSS: readonly [string, Readonly<Record<string, string>>][] = [
  ['a foreign Origin', { Origin: 'http://evil.example' }],
  ['a foreign Origin on the same host name but another port', { Origin: 'http://127.0.0.1:1' }],
  ['an https Origin of another site', { Origin: 'https://evil.example' }],
  ['Origin: null (a sandboxed frame or a file: page)', { Origin: 'null' }],
  ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ['Sec-Fetch-Site: same-site (another subdomain)', { 'Sec-Fetch-Site': 'same-site' }],
  ['Sec-Fetch-Site: cross-site with a matching Origin', { 'Sec-Fetch-Site': 'cross-site', Origin: 'http://127.0.0.1' }],
];

describe('cross-site and rebinding requests', () => {
  let db: GraphDb;
  let app: Express;
  let before: string;

  beforeAll(async () => {
    ({ db, app } = await appWith([extraction('article:cross', [rur, fre], [event('c1', 'ATTACKED', rur.id, fre.id)])], { API_TOKEN: TOKEN }));
    const saved = await request(app).post('/api/queries').set('Authorization', `Bearer ${TOKEN}`).send({ name: 'kept-query', cypher: 'MATCH (n:Actor) RETURN n LIMIT 1' });
    expect(saved.status).toBe(201);
    before = await fingerprint(db);
  });

  afterAll(async () => {
    await db.close();
  });

  describe.each(CROSS)('with %s', (_what, headers) => {
    it.each(WRITES)('%s is refused with 403 CROSS_SITE_REFUSED, token or not', async (_route, send) => {
      const tokens: readonly Record<string, string>[] = [{}, { Authorization: `Bearer ${TOKEN}` }];
      for (const auth of tokens) {
        const res = await send(app, { ...headers, ...auth });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('CROSS_SITE_REFUSED');
        expect(typeof res.body.message).toBe('string');
      }
    });
  });

  describe('with a foreign Host (DNS rebinding)', () => {
    it.each(WRITES)('%s is refused with 421 HOST_NOT_ALLOWED', async (_route, send) => {
      const res = await send(app, { Host: 'rebind.evil.example', Authorization: `Bearer ${TOKEN}` });
      expect(res.status).toBe(421);
      expect(res.body.code).toBe('HOST_NOT_ALLOWED');
    });

    it.each(READS)('GET %s is refused too (the page would read the graph)', async (path) => {
      for (const host of ['rebind.evil.example', 'rebind.evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example']) {
        const res = await request(app).get(path).set('Host', host);
        expect(res.status).toBe(421);
        expect(res.body.code).toBe('HOST_NOT_ALLOWED');
      }
    });
  });

  it('changed nothing in the database', async () => {
    expect(await fingerprint(db)).toBe(before);
  });

  it('answers same-origin requests and those without an Origin (curl, the CLIs)', async () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', 'LOCALHOST']) {
      const read = await request(app).get('/api/health').set('Host', host);
      expect(read.status).toBe(200);
    }
    const same = await request(app).post('/api/cypher').set('Host', '127.0.0.1:3000').set('Origin', 'http://127.0.0.1:3000').set('Sec-Fetch-Site', 'same-origin').send({ query: 'MATCH (n:Actor) RETURN count(n) AS n' });
    expect(same.status).toBe(200);
    const typed = await request(app).post('/api/cypher').set('Sec-Fetch-Site', 'none').send({ query: 'RETURN 1 AS one' });
    expect(typed.status).toBe(200);
    const bare = await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
    expect(bare.status).toBe(200);
    const load = await request(app)
      .post('/api/articles')
      .set('Host', 'localhost:3000')
      .set('Origin', 'http://localhost:3000')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({ text: ARTICLE, title: 'Same origin' });
    expect(load.status).toBe(201);
  });
});

describe('ALLOWED_HOSTS', () => {
  let db: GraphDb;
  let app: Express;

  beforeAll(async () => {
    ({ db, app } = await appWith([], { ALLOWED_HOSTS: 'graph.example.org, Intranet:8080' }));
  });

  afterAll(async () => {
    await db.close();
  });

  it('adds names the server answers to, with or without a port, in any case', async () => {
    for (const host of ['graph.example.org', 'graph.example.org:443', 'GRAPH.example.org', 'intranet:8080', 'intranet']) {
      expect((await request(app).get('/api/health').set('Host', host)).status).toBe(200);
    }
    expect((await request(app).get('/api/health').set('Host', 'example.org')).status).toBe(421);
  });

  it('takes an Origin of an allowed name as same-origin only when it is the Host', async () => {
    const ok = await request(app).post('/api/cypher').set('Host', 'graph.example.org').set('Origin', 'https://graph.example.org').send({ query: 'RETURN 1 AS one' });
    expect(ok.status).toBe(200);
    const other = await request(app).post('/api/cypher').set('Host', 'graph.example.org').set('Origin', 'http://intranet:8080').send({ query: 'RETURN 1 AS one' });
    expect(other.status).toBe(403);
  });
});
