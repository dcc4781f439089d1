// The bulk writer (`ArticleRepo.writeMany`) on the real Neo4j: the same graph
// as loading the articles one by one, aliases resolved across the articles of
// one load, and a bad article costs only itself.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../../../server/db/article-repo.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import type { Extraction } from '../../../server/extract/types.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { counts, emptyDb, openTestDb } from '../../support/test-db.ts';

const rur = actor('country:ruritania', 'Ruritania', 'Country', ['Strelsau']);
const fre = actor('country:freedonia', 'Freedonia', 'Country');
const syl = actor('country:sylvania', 'Sylvania', 'Country');
const viaAlias = actor('country:strelsau', 'Strelsau', 'Country');
const articles: Extraction[] = [
  extraction('article:b1', [rur, fre], [event('b1e1', 'ATTACKED', rur.id, fre.id), event('b1e2', 'DENIED', fre.id, rur.id)]),
  extraction('article:b2', [viaAlias, syl], [event('b2e1', 'SANCTIONED', syl.id, viaAlias.id)]),
  extraction('article:b3', [fre, syl], [event('b3e1', 'EXPELLED', fre.id, syl.id)]),
];

/** Everything that distinguishes two graphs of these fixtures, as sorted strings. */
async function shape(db: GraphDb): Promise<string[]> {
  const r = await db.read(
    'MATCH (s)-[e]->(t) RETURN s.id + " " + reduce(l = "", x IN labels(s) | l + ":" + x) + " -" + type(e) + "/" + coalesce(e.id, "") + "/" + coalesce(toString(e.count), "") + "-> " + t.id AS row',
  );
  return r.records.map((x) => String(x.get('row'))).sort();
}

describe('ArticleRepo.writeMany', () => {
  let db: GraphDb;
  let repo: ArticleRepo;
  beforeAll(async () => {
    db = await openTestDb();
    repo = new ArticleRepo(db);
  });
  beforeEach(async () => {
    await emptyDb(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('builds the same graph as one transaction per article, in fewer transactions', async () => {
    for (const x of articles) await repo.write(x);
    const one = await shape(db);
    const oneCounts = await counts(db);
    await emptyDb(db);
    const s = await repo.writeMany(articles, { bulkFrom: 0 });
    expect(s).toMatchObject({ articles: 3, relations: 4, transactions: 1, failed: [] });
    expect(await shape(db)).toEqual(one);
    expect(await counts(db)).toEqual(oneCounts);
    // The alias in the second article resolved to the actor the first created.
    const r = await db.read("MATCH (:Actor {id: 'country:sylvania'})-[:SANCTIONED]->(t) RETURN t.id AS id");
    expect(r.records.map((x) => x.get('id'))).toEqual(['country:ruritania']);
  });

  it('splits a load into transactions of about batchRows rows and is idempotent', async () => {
    const s = await repo.writeMany(articles, { batchRows: 3, bulkFrom: 0 });
    expect(s.transactions).toBe(3);
    const before = await counts(db);
    await repo.writeMany(articles, { batchRows: 3, bulkFrom: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('replaces the claims of an article loaded again with a different extraction', async () => {
    await repo.writeMany(articles, { bulkFrom: 0 });
    await repo.writeMany([extraction('article:b1', [rur, fre], [event('b1e1', 'ATTACKED', rur.id, fre.id)])]);
    const r = await db.read("MATCH ()-[r]->() WHERE r.articleId = 'article:b1' RETURN collect(r.id) AS ids");
    expect(r.records[0]?.get('ids')).toEqual(['b1e1']);
  });

  it('loads the good articles of a batch when one of them fails in the database, and reports the bad one', async () => {
    const bad = event('b9e1', 'ATTACKED', fre.id, rur.id);
    // A map is not a valid property value: the batch's transaction fails in Neo4j.
    const broken = extraction('article:b9', [fre, rur, actor('person:only-in-broken', 'Only Broken', 'Person')], [{ ...bad, when: { nested: true } as unknown as string }]);
    const seen: string[] = [];
    const s = await repo.writeMany([articles[0]!, broken, articles[1]!, articles[2]!], { bulkFrom: 0, onArticle: (r) => seen.push(`${r.articleId}:${r.error ? 'error' : 'ok'}`) });
    expect(s.articles).toBe(3);
    expect(s.failed.map((f) => f.articleId)).toEqual(['article:b9']);
    expect(seen).toEqual(['article:b1:ok', 'article:b9:error', 'article:b2:ok', 'article:b3:ok']);
    const r = await db.read("MATCH (a) WHERE a.id IN ['article:b9', 'person:only-in-broken'] RETURN count(a) AS n");
    expect(Number(r.records[0]?.get('n'))).toBe(0);
    expect((await counts(db)).relationships).toBeGreaterThanOrEqual(4);
  });

  it('writes a load smaller than bulkFrom one transaction per article, to the same graph', async () => {
    await repo.writeMany(articles, { bulkFrom: 0 });
    const bulk = await shape(db);
    await emptyDb(db);
    const s = await repo.writeMany(articles, { bulkFrom: 4 });
    expect(s).toMatchObject({ articles: 3, relations: 4, transactions: 3, failed: [] });
    expect(await shape(db)).toEqual(bulk);
  });

  it('refuses a relation type outside the closed list before writing anything of that article', async () => {
    const odd = extraction('article:b8', [rur, fre], [{ ...event('b8e1', 'ATTACKED', rur.id, fre.id), type: 'LIKED' as 'ATTACKED' }]);
    const s = await repo.writeMany([odd, articles[2]!], { bulkFrom: 0 });
    expect(s.failed).toEqual([{ articleId: 'article:b8', message: expect.stringContaining('unknown relation type "LIKED"') as string }]);
    expect(s.articles).toBe(1);
    await expect(repo.write(odd)).rejects.toThrow(/unknown relation type/);
  });
});
