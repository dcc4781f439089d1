// Searching claims by their sentence through GET /api/search?claims=N, against
// the real Neo4j and the real NLP sidecar: a word of the sentence, a phrase, a
// prefix, no match, Lucene syntax taken as text, a rejected claim (gone from
// the graph, so not found; back on undo), and the index created on a
// database that lacks it.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleTextResponse, ClaimHit, SearchResponse } from '../../../server/api/contract.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { applySchema } from '../../../server/db/schema.ts';
import { appWith } from '../../support/test-app.ts';
import { LUCENE_SEARCHES } from './bad-input-cases.ts';

const TOKEN = 'claim-search-token-0123456789';
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const TEXT = [
  'Britain accuses Russia over poisoning',
  '',
  'Russia attacked Britain with a nerve agent in March, the British government said.',
  'Finland attacked Estonia with a wiper, officials said.',
  'Norway expelled three Russian diplomats on Monday.',
  'Moscow denied any role in the agent attack.',
].join('\n');

describe('claim search', () => {
  let db: GraphDb;
  let app: Express;
  let articleId: string;
  let claims: ArticleTextResponse['claims'];

  const search = async (q: string, n = 10): Promise<SearchResponse> => {
    const res = await request(app).get(`/api/search?q=${encodeURIComponent(q)}&claims=${n}`);
    expect(res.status, res.text).toBe(200);
    return res.body as SearchResponse;
  };
  const found = async (q: string): Promise<string[]> => (await search(q)).claims.map((c) => c.id).sort();
  /** Claims of the article whose sentence contains `words` (case-insensitive), as the API stores them. */
  const withText = (re: RegExp): string[] => claims.filter((c) => c.type !== 'PART_OF' && c.type !== 'LEADS' && c.type !== 'SPEAKS_FOR' && re.test(c.evidence ?? '')).map((c) => c.id).sort();

  beforeAll(async () => {
    ({ db, app } = await appWith([], { API_TOKEN: TOKEN }));
    const res = await request(app).post('/api/articles').set(AUTH).send({ text: TEXT, title: 'Britain accuses Russia over poisoning', published: '2024-03-08' });
    expect(res.status, res.text).toBe(201);
    articleId = (res.body as { article: { id: string } }).article.id;
    claims = ((await request(app).get(`/api/articles/${encodeURIComponent(articleId)}/text`)).body as ArticleTextResponse).claims;
    expect(withText(/nerve agent/i).length, 'the article has a claim stated with a nerve agent').toBeGreaterThan(0);
    expect(withText(/wiper/i).length, 'the article has a claim stated with a wiper').toBeGreaterThan(0);
  });

  afterAll(async () => {
    await db.close();
  });

  it('finds a claim by a word only its sentence has, with its actors, article and elements', async () => {
    const res = await search('wiper');
    expect(res.results, 'no actor is named "wiper"').toEqual([]);
    expect(res.claims.map((c) => c.id).sort()).toEqual(withText(/wiper/i));
    const hit = res.claims[0] as ClaimHit;
    const stored = claims.find((c) => c.id === hit.id);
    expect(hit).toMatchObject({ type: stored?.type, source: stored?.source, sourceName: stored?.sourceName, target: stored?.target, targetName: stored?.targetName, articleId, articleTitle: 'Britain accuses Russia over poisoning', evidence: stored?.evidence });
    expect(hit.score).toBeGreaterThan(0);
    const ids = hit.elements.map((e) => `${e.group}:${e.group === 'nodes' ? String(e.data['key']) : e.data.id}`).sort();
    expect(ids).toEqual([`edges:${hit.elementId}`, `nodes:${hit.source}`, `nodes:${hit.target}`].sort());
  });

  it.each([
    ['all its words', 'nerve agent', /nerve.*agent|agent.*nerve/i],
    ['a phrase in quotes', '"nerve agent"', /nerve agent/i],
    ['words in any case', 'NERVE Agent', /nerve.*agent|agent.*nerve/i],
    ['the last word as a prefix', 'wip', /\bwip/i],
    ['a trailing star', 'wiper*', /\bwiper/i],
  ])('finds claims by %s (%s)', async (_what, q, re) => {
    const expected = withText(re);
    expect(expected.length).toBeGreaterThan(0);
    expect(await found(q)).toEqual(expected);
  });

  it('ranks the claim with the phrase above one with the words apart', async () => {
    const hits = (await search('nerve agent')).claims;
    expect(hits[0]?.evidence).toMatch(/nerve agent/i);
  });

  it.each([
    ['a word no sentence has', 'zyzzyva'],
    ['a phrase whose words are in another order', '"agent nerve"'],
    ['operator words only', 'AND OR ('],
  ])('finds no claim for %s', async (_what, q) => {
    expect((await search(q)).claims).toEqual([]);
  });

  it.each(LUCENE_SEARCHES)('takes q=%s as text: 200, no error', async (q) => {
    const res = await request(app).get(`/api/search?q=${q}&claims=10`);
    expect(res.status, res.text).toBe(200);
    expect(Array.isArray(res.body.claims)).toBe(true);
  });

  it('keeps to the claim limit, and searches actors only without one', async () => {
    expect((await search('attacked', 1)).claims.length).toBeLessThanOrEqual(1);
    const plain = await request(app).get('/api/search?q=russia');
    expect(plain.status).toBe(200);
    expect(plain.body.claims).toEqual([]);
    expect((plain.body as SearchResponse).results.map((r) => r.id)).toContain('country:russia');
    for (const n of ['-1', '51', 'x']) expect((await request(app).get(`/api/search?q=wiper&claims=${n}`)).status).toBe(400);
  });

  it('does not find a rejected claim, and finds it again when the rejection is undone', async () => {
    const [id] = withText(/wiper/i);
    if (!id) throw new Error('no wiper claim');
    const made = await request(app).post('/api/corrections').set(AUTH).send({ kind: 'reject', article: articleId, claim: id, reason: 'test' });
    expect(made.status, made.text).toBe(201);
    expect(await found('wiper')).not.toContain(id);
    const undone = await request(app).post(`/api/corrections/${String(made.body.id)}/undo`).set(AUTH).send({ reason: 'test' });
    expect(undone.status, undone.text).toBe(200);
    await expect.poll(() => found('wiper')).toContain(id);
  });

  it('creates the index on a database that lacks it, over the claims already there', async () => {
    await db.runAutoCommit(['DROP INDEX claim_evidence IF EXISTS'], 'test');
    expect((await request(app).get('/api/search?q=wiper&claims=5')).status).toBeGreaterThanOrEqual(400);
    await applySchema(db);
    expect(await found('wiper')).toEqual(withText(/wiper/i));
  });
});
