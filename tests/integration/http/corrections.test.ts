// Corrections through the API, against the real Neo4j and the real NLP
// sidecar: each kind changes the graph that queries and exports see, is
// recorded (what, who, when, why) and listed per actor and per article,
// survives a re-load of its article, and is undone.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { appWith } from '../../support/test-app.ts';

const TOKEN = 'corrections-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const TEXT = [
  'Norway expels Russian diplomats',
  '',
  'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.',
  'Moscow denied any wrongdoing and called the decision baseless.',
  'Russia sanctioned Norway on Friday.',
  'Finland attacked Estonia with a wiper, officials said.',
].join('\n');

interface Claim {
  id: string;
  type: string;
  direction: 'in' | 'out';
  other: { id: string; name: string };
  articleId: string;
  evidence: string;
}

describe('corrections', () => {
  let db: GraphDb;
  let app: Express;
  let articleId: string;

  const load = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await request(app).post('/api/articles').set(AUTH).send({ text: TEXT, title: 'Norway expels Russian diplomats', published: '2024-03-08' });
    return { status: res.status, body: res.body as Record<string, unknown> };
  };
  const correct = (body: Record<string, unknown>) => request(app).post('/api/corrections').set(AUTH).send(body);
  const undo = (id: string) => request(app).post(`/api/corrections/${id}/undo`).set(AUTH).send({ reason: 'test' });
  const actor = async (id: string) => request(app).get(`/api/actors/${encodeURIComponent(id)}`);
  const claimsOf = async (id: string): Promise<Claim[]> => ((await actor(id)).body as { claims: Claim[] }).claims;
  const cypherCount = async (query: string, params: Record<string, unknown> = {}): Promise<number> => {
    const res = await request(app).post('/api/cypher').send({ query, params });
    expect(res.status).toBe(200);
    return Number((res.body as { table: { rows: unknown[][] } }).table.rows[0]?.[0]);
  };

  beforeAll(async () => {
    ({ db, app } = await appWith([], { API_TOKEN: TOKEN, API_TOKEN_NAME: 'analyst-1', CYPHER_RATE_PER_MINUTE: '100000' }));
    const first = await load();
    expect(first.status).toBe(201);
    articleId = (first.body['article'] as { id: string }).id;
  });

  afterAll(async () => {
    await db.close();
  });

  it('needs the token, like every write', async () => {
    const res = await request(app).post('/api/corrections').send({ kind: 'rename', actor: 'country:norway', name: 'Kingdom of Norway' });
    expect(res.status).toBe(401);
    expect((await actor('country:norway')).body.actor.name).toBe('Norway');
  });

  it('reject: the claim leaves the graph, queries and exports, is listed, survives a re-load, and comes back on undo', async () => {
    const claim = (await claimsOf('country:norway')).find((c) => c.type === 'EXPELLED' && c.direction === 'out');
    expect(claim, 'Norway EXPELLED someone').toBeDefined();
    if (!claim) return;
    const made = await correct({ kind: 'reject', article: articleId, claim: claim.id, reason: 'the diplomats left of their own accord' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'reject', by: 'analyst-1', reason: 'the diplomats left of their own accord', undoneAt: null });
    const count = `MATCH ()-[r {id: $id}]->() RETURN count(r)`;
    expect(await cypherCount(count, { id: claim.id })).toBe(0);
    const graph = await request(app).get('/api/graph');
    expect(JSON.stringify(graph.body)).not.toContain(claim.id);
    const exported = await request(app).post('/api/export').send({ format: 'json', cypher: { query: 'MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b' } });
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body.elements)).not.toContain(`"${claim.id}"`);
    expect(exported.body.manifest.corrections.map((c: { id: string }) => c.id)).toContain(made.body.id);

    const perArticle = await request(app).get(`/api/corrections?article=${encodeURIComponent(articleId)}`);
    expect(perArticle.body.corrections.map((c: { id: string }) => c.id)).toContain(made.body.id);
    const perActor = await request(app).get('/api/corrections?actor=country:norway');
    expect(perActor.body.corrections.map((c: { id: string }) => c.id)).toContain(made.body.id);

    const again = await load();
    expect(again.status).toBe(201);
    expect(await cypherCount(count, { id: claim.id })).toBe(0);
    expect((again.body['loaded'] as { correctionsReapplied?: number }).correctionsReapplied).toBeGreaterThanOrEqual(1);

    const undone = await undo(made.body.id);
    expect(undone.status).toBe(200);
    expect(undone.body.undoneAt).not.toBeNull();
    expect(await cypherCount(count, { id: claim.id })).toBe(1);
    expect((await undo(made.body.id)).status).toBe(409);
    await load();
    expect(await cypherCount(count, { id: claim.id })).toBe(1);
  });

  it('rename and change of kind: seen by the actor, kept over a re-load, undone', async () => {
    const renamed = await correct({ kind: 'rename', actor: 'country:finland', name: 'Republic of Finland', reason: 'official name' });
    expect(renamed.status).toBe(201);
    const kind = await correct({ kind: 'kind', actor: 'country:estonia', to: 'Organization' });
    expect(kind.status).toBe(201);
    await load();
    const finland = (await actor('country:finland')).body;
    expect(finland.actor.name).toBe('Republic of Finland');
    expect(finland.actor.aliases).toContain('Finland');
    expect((await actor('country:estonia')).body.actor.kind).toBe('Organization');
    // The kind is a label too: it follows.
    expect(await cypherCount("MATCH (a:Organization {id: 'country:estonia'}) RETURN count(a)")).toBe(1);
    expect(await cypherCount("MATCH (a:Country {id: 'country:estonia'}) RETURN count(a)")).toBe(0);
    expect(await cypherCount("MATCH (a:Actor {name: 'Republic of Finland'}) RETURN count(a)")).toBe(1);

    expect((await undo(renamed.body.id)).status).toBe(200);
    expect((await undo(kind.body.id)).status).toBe(200);
    expect((await actor('country:finland')).body.actor.name).toBe('Finland');
    expect((await actor('country:estonia')).body.actor.kind).toBe('Country');
    expect(await cypherCount("MATCH (a:Country:Actor {id: 'country:estonia'}) RETURN count(a)")).toBe(1);
    expect(await cypherCount("MATCH (a:Organization {id: 'country:estonia'}) RETURN count(a)")).toBe(0);
  });

  it('merge: claims move, names join, the absorbed id redirects; a re-load does not bring it back; undo restores both', async () => {
    const before = (await claimsOf('country:estonia')).length;
    const finlandClaims = (await claimsOf('country:finland')).length;
    expect(before).toBeGreaterThan(0);
    const merged = await correct({ kind: 'merge', survivor: 'country:norway', absorbed: 'country:estonia', reason: 'test merge' });
    expect(merged.status).toBe(201);
    const survivor = (await actor('country:norway')).body;
    expect(survivor.actor.aliases).toContain('Estonia');
    const redirected = await actor('country:estonia');
    expect(redirected.status).toBe(200);
    expect(redirected.body.redirectedFrom).toBe('country:estonia');
    expect(redirected.body.actor.id).toBe('country:norway');
    expect(await cypherCount("MATCH (a:Actor:Country) WHERE a.id IN ['country:norway', 'country:estonia'] RETURN count(a)")).toBe(1);
    expect(await cypherCount("MATCH (a:Actor {id: 'country:estonia'}) RETURN count(a)")).toBe(0);

    await load();
    expect(await cypherCount("MATCH (a:Actor {id: 'country:estonia'}) RETURN count(a)")).toBe(0);
    expect((await claimsOf('country:finland')).some((c) => c.other.id === 'country:norway' && c.type === 'ATTACKED')).toBe(true);

    expect((await undo(merged.body.id)).status).toBe(200);
    expect((await actor('country:estonia')).body.redirectedFrom).toBeUndefined();
    expect(await cypherCount("MATCH (a:Actor:Country {id: 'country:estonia'}) RETURN count(a)")).toBe(1);
    expect((await claimsOf('country:estonia')).length).toBe(before);
    expect((await claimsOf('country:finland')).length).toBe(finlandClaims);
    expect((await actor('country:norway')).body.actor.aliases).not.toContain('Estonia');
  });

  it('split: an alias becomes its own actor with the claims whose sentence uses it; survives a re-load; undone', async () => {
    const russia = (await actor('country:russia')).body as { actor: { aliases: string[] } };
    const alias = russia.actor.aliases.find((a) => TEXT.includes(a) && a !== 'Russia');
    expect(alias, `an alias of Russia used in the text (aliases: ${russia.actor.aliases.join(', ')})`).toBeDefined();
    if (!alias) return;
    const using = (await claimsOf('country:russia')).filter((c) => c.evidence.includes(alias));
    const split = await correct({ kind: 'split', actor: 'country:russia', alias, reason: 'the city, not the state' });
    expect(split.status).toBe(201);
    const newId = String(split.body.payload.newId);
    expect((await actor(newId)).body.actor.name).toBe(alias);
    expect(await cypherCount('MATCH (a:Actor:Country {id: $id}) RETURN count(a)', { id: newId })).toBe(1);
    expect((await claimsOf(newId)).map((c) => c.id).sort()).toEqual(using.map((c) => c.id).sort());
    expect((await actor('country:russia')).body.actor.aliases).not.toContain(alias);

    await load();
    expect((await claimsOf(newId)).map((c) => c.id).sort()).toEqual(using.map((c) => c.id).sort());
    expect((await claimsOf('country:russia')).some((c) => c.evidence.includes(alias))).toBe(false);

    expect((await undo(split.body.id)).status).toBe(200);
    expect((await actor(newId)).status).toBe(404);
    expect((await actor('country:russia')).body.actor.aliases).toContain(alias);
  });

  it('add: only a whole sentence of the article; the claim appears, survives a re-load, and goes on undo', async () => {
    const text = (await request(app).get(`/api/articles/${encodeURIComponent(articleId)}/text`)).body as { text: string; sentences: { start: number; end: number }[] };
    const sentence = text.sentences.find((s) => text.text.slice(s.start, s.end).startsWith('Russia sanctioned'));
    expect(sentence).toBeDefined();
    if (!sentence) return;
    const half = await correct({ kind: 'add', article: articleId, type: 'ATTACKED', source: 'country:finland', target: 'country:norway', start: sentence.start, end: sentence.end - 3 });
    expect(half.status).toBe(400);
    const missing = await correct({ kind: 'add', article: 'article:none', type: 'ATTACKED', source: 'country:finland', target: 'country:norway', start: 0, end: 5 });
    expect(missing.status).toBe(404);
    const added = await correct({ kind: 'add', article: articleId, type: 'ATTACKED', source: 'country:finland', target: 'country:norway', start: sentence.start, end: sentence.end, reason: 'read between the lines' });
    expect(added.status).toBe(201);
    const id = String((added.body.payload.claim as { props: { id: string } }).props.id);
    const count = 'MATCH (:Actor {id: "country:finland"})-[r:ATTACKED {id: $id}]->(:Actor {id: "country:norway"}) RETURN count(r)';
    expect(await cypherCount(count, { id })).toBe(1);
    const stored = (await claimsOf('country:finland')).find((c) => c.id === id);
    expect(stored?.evidence).toBe(text.text.slice(sentence.start, sentence.end));
    await load();
    expect(await cypherCount(count, { id })).toBe(1);
    expect((await undo(added.body.id)).status).toBe(200);
    expect(await cypherCount(count, { id })).toBe(0);
  });

  it('lists every correction with who, when and why, undone ones included', async () => {
    const all = await request(app).get('/api/corrections');
    expect(all.status).toBe(200);
    const kinds = new Set(all.body.corrections.map((c: { kind: string }) => c.kind));
    for (const k of ['reject', 'rename', 'kind', 'merge', 'split', 'add']) expect(kinds).toContain(k);
    for (const c of all.body.corrections) {
      expect(c.by).toBe('analyst-1');
      expect(c.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(c.undoneAt).not.toBeNull();
    }
    expect((await request(app).get('/api/corrections?active=true')).body.corrections).toEqual([]);
  });
});
