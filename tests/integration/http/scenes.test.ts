// Scenes against the real Neo4j: saved, listed, opened and deleted by name;
// a taken name needs `overwrite`; bad input is a 400 with {code, message};
// writes need the token and a same-origin request; a Scene node is never an
// actor (the graph, search, neighbours and the lookup of actors by key).
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SceneState } from '../../../server/api/contract-scenes.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const TOKEN = 'scene-token-0123456789abcdef';
const rur = actor('country:ruritania', 'Ruritania', 'Country');
const fre = actor('country:freedonia', 'Freedonia', 'Country');
const syl = actor('country:sylvania', 'Sylvania', 'Country');
const x = extraction('article:scenes', [rur, fre, syl], [event('s1', 'ATTACKED', rur.id, fre.id), event('s2', 'SANCTIONED', fre.id, rur.id), event('s3', 'ATTACKED', syl.id, fre.id)]);

const state = (over: Partial<SceneState> = {}): SceneState => ({
  version: 1,
  nodes: [
    { key: rur.id, x: 10.25, y: -20.5 },
    { key: fre.id, x: 300, y: 40 },
  ],
  edges: [`${rur.id}>ATTACKED>${fre.id}`],
  hidden: [`${fre.id}>SANCTIONED>${rur.id}`],
  pinned: [fre.id],
  zoom: 1.25,
  pan: { x: 12, y: -7.5 },
  filters: { types: ['ATTACKED', 'SANCTIONED'], kinds: null, articles: null, from: '2020', to: null, undated: true, orphans: 'fade' },
  layout: 'concentric',
  selection: [rur.id],
  expanded: [rur.id],
  query: { kind: 'saved', name: 'who-attacked-whom', params: { limit: 5 } },
  ...over,
});

describe('scenes', () => {
  let db: GraphDb;
  let app: Express;
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const save = (body: unknown, headers: Record<string, string> = auth) => request(app).post('/api/scenes').set(headers).send(body as object);

  beforeAll(async () => {
    ({ db, app } = await appWith([x], { API_TOKEN: TOKEN }));
  });
  afterAll(async () => {
    await db.close();
  });

  it('saves a scene and gives it back exactly, listed with its counts and dates', async () => {
    const res = await save({ name: 'two-states', title: 'Two states', state: state() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'two-states', title: 'Two states', nodes: 2, edges: 1, hidden: 1, pinned: 1, created: true });
    const got = await request(app).get('/api/scenes/two-states');
    expect(got.status).toBe(200);
    expect(got.body.state).toEqual(state());
    expect(got.body.title).toBe('Two states');
    const list = await request(app).get('/api/scenes');
    expect(list.status).toBe(200);
    const row = (list.body.scenes as { name: string }[]).find((s) => s.name === 'two-states');
    expect(row).toMatchObject({ nodes: 2, edges: 1, hidden: 1, pinned: 1 });
    expect(row).not.toHaveProperty('state');
    expect(Date.parse((row as unknown as { createdAt: string }).createdAt)).not.toBeNaN();
  });

  it('refuses to replace a scene without overwrite (409), and replaces it with overwrite, keeping its creation date', async () => {
    const first = await save({ name: 'kept-name', state: state() });
    expect(first.status).toBe(201);
    const again = await save({ name: 'kept-name', state: state({ zoom: 2 }) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
    expect((await request(app).get('/api/scenes/kept-name')).body.state.zoom).toBe(1.25);
    const replaced = await save({ name: 'kept-name', title: 'Replaced', overwrite: true, state: state({ zoom: 2 }) });
    expect(replaced.status).toBe(200);
    expect(replaced.body.created).toBe(false);
    expect(replaced.body.createdAt).toBe(first.body.createdAt);
    const got = await request(app).get('/api/scenes/kept-name');
    expect(got.body.state.zoom).toBe(2);
    expect(got.body.title).toBe('Replaced');
    const fresh = await save({ name: 'brand-new', overwrite: true, state: state() });
    expect(fresh.status).toBe(201);
    expect(fresh.body.created).toBe(true);
  });

  it('deletes a scene by name; a second delete and a get are 404', async () => {
    expect((await save({ name: 'short-lived', state: state() })).status).toBe(201);
    const del = await request(app).delete('/api/scenes/short-lived').set(auth);
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ deleted: 'short-lived' });
    for (const res of [await request(app).delete('/api/scenes/short-lived').set(auth), await request(app).get('/api/scenes/short-lived')]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `person:w${i}`, x: i, y: i }));
  it.each<[string, unknown]>([
    ['a name that is not kebab-case', { name: 'Bad Name', state: state() }],
    ['a name too long', { name: 'a'.repeat(81), state: state() }],
    ['no state', { name: 'no-state' }],
    ['another state version', { name: 'v2', state: { ...state(), version: 2 } }],
    ['a position that is not a number', { name: 'nan', state: state({ nodes: [{ key: rur.id, x: 'left' as unknown as number, y: 0 }] }) }],
    ['a position out of range', { name: 'far', state: state({ nodes: [{ key: rur.id, x: 1e12, y: 0 }], pinned: [] }) }],
    ['a zoom of zero', { name: 'zoom', state: state({ zoom: 0 }) }],
    ['an actor placed twice', { name: 'twice', state: state({ nodes: [{ key: rur.id, x: 0, y: 0 }, { key: rur.id, x: 1, y: 1 }], pinned: [] }) }],
    ['a pinned actor not in the scene', { name: 'pin', state: state({ pinned: [syl.id] }) }],
    ['an unknown relation type in the filters', { name: 'types', state: state({ filters: { ...state().filters, types: ['KISSED' as 'ATTACKED'] } }) }],
    ['a date that is not a date', { name: 'date', state: state({ filters: { ...state().filters, from: '2021-02-30' } }) }],
    ['more actors than a scene holds', { name: 'huge', state: state({ nodes: many(5_001), pinned: [] }) }],
    ['a query of no known kind', { name: 'query', state: { ...state(), query: { kind: 'sql', text: 'SELECT 1' } } }],
  ])('refuses %s with 400 and {code, message}', async (_what, body) => {
    const res = await save(body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(typeof res.body.message).toBe('string');
    expect((await request(app).get('/api/scenes')).body.scenes.map((s: { name: string }) => s.name)).not.toContain((body as { name?: string }).name);
  });

  it('refuses a state too large as JSON with 413', async () => {
    const params = { text: 'x'.repeat(19_000) };
    const res = await save({ name: 'too-big', state: state({ nodes: many(5_000), pinned: [], hidden: Array.from({ length: 20_000 }, (_, i) => `k${i}`.padEnd(100, 'x')), query: { kind: 'cypher', text: 'MATCH (n) RETURN n', params } }) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a bad name in the path with 400', async () => {
    const res = await request(app).get('/api/scenes/NOT_KEBAB');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('needs the API token to save or delete (401), not to list or open', async () => {
    expect((await save({ name: 'guarded', state: state() })).status).toBe(201);
    const noToken = await save({ name: 'sneaky', state: state() }, {});
    expect(noToken.status).toBe(401);
    const wrong = await save({ name: 'sneaky', state: state() }, { Authorization: 'Bearer wrong-token-0123456789' });
    expect(wrong.status).toBe(401);
    expect((await request(app).delete('/api/scenes/guarded')).status).toBe(401);
    expect((await request(app).get('/api/scenes/guarded')).status).toBe(200);
    expect((await request(app).get('/api/scenes/sneaky')).status).toBe(404);
  });

  it.each([
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses a cross-site save or delete (%s) with 403, token or not', async (_what, headers) => {
    expect((await save({ name: 'target', state: state() })).status).toBe(201);
    const saveRes = await save({ name: 'target', overwrite: true, state: state({ zoom: 9 }) }, { ...headers, ...auth });
    expect(saveRes.status).toBe(403);
    expect(saveRes.body.code).toBe('CROSS_SITE_REFUSED');
    const delRes = await request(app).delete('/api/scenes/target').set({ ...headers, ...auth });
    expect(delRes.status).toBe(403);
    const kept = await request(app).get('/api/scenes/target');
    expect(kept.body.state.zoom).toBe(1.25);
    expect((await request(app).delete('/api/scenes/target').set(auth)).status).toBe(200);
  });

  it('never shows a Scene as an actor: graph, search, neighbours, lookup', async () => {
    expect((await save({ name: 'ruritania-scene', title: 'Ruritania', overwrite: true, state: state() })).status).toBeLessThan(300);
    const graph = await request(app).get('/api/graph');
    const labels = (graph.body.elements as { group: string; data: { labels?: string[] } }[]).filter((e) => e.group === 'nodes').flatMap((e) => e.data.labels ?? []);
    expect(labels).toContain('Actor');
    expect(labels).not.toContain('Scene');
    const search = await request(app).get('/api/search?q=Ruritania');
    expect((search.body.results as { id: string }[]).map((r) => r.id)).toEqual([rur.id]);
    const nb = await request(app).get(`/api/actors/${rur.id}/neighbours`);
    expect(JSON.stringify(nb.body)).not.toContain('Scene');
    const lookup = await request(app).post('/api/actors/lookup').send({ keys: ['ruritania-scene', rur.id] });
    expect(lookup.body.missing).toEqual(['ruritania-scene']);
  });

  it('documents the scene routes in /api/openapi.json, writes with the bearer token', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/scenes', '/api/scenes/{name}', '/api/actors/lookup']));
    expect(res.body.paths['/api/scenes'].post.security).toEqual([{ bearer: [] }]);
  });

  it('looks actors up by key with the claims among them, and names the keys no actor has', async () => {
    const res = await request(app).post('/api/actors/lookup').send({ keys: [rur.id, fre.id, 'country:atlantis'] });
    expect(res.status).toBe(200);
    const els = res.body.elements as { group: string; data: { key?: string; type?: string; source?: string } }[];
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.key).sort()).toEqual([fre.id, rur.id]);
    // Both claims between Ruritania and Freedonia, none of Sylvania's (not asked for).
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.type).sort()).toEqual(['ATTACKED', 'SANCTIONED']);
    expect(res.body.missing).toEqual(['country:atlantis']);
    expect(res.body.truncated).toBe(false);
    const none = await request(app).post('/api/actors/lookup').send({ keys: ['country:atlantis'] });
    expect(none.body).toEqual({ elements: [], missing: ['country:atlantis'], truncated: false });
    const bad = await request(app).post('/api/actors/lookup').send({ keys: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });
});
