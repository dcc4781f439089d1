// The writer on the real Neo4j: idempotent, reuses actors across articles by
// id and alias, keeps the metadata a re-load lacks, says truthfully what a
// load did, calls its afterArticleWritten hook inside the article's
// transaction, and leaves the graph as it was when a load fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../../../server/db/article-repo.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import type { Extraction } from '../../../server/extract/types.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { counts, emptyDb, openTestDb } from '../../support/test-db.ts';

const rur = actor('country:ruritania', 'Ruritania', 'Country', ['Strelsau']);
const fre = actor('country:freedonia', 'Freedonia', 'Country');
const first = extraction('article:aaaa', [rur, fre], [event('e1', 'ATTACKED', rur.id, fre.id), event('e2', 'DENIED', fre.id, rur.id)]);

describe('ArticleRepo', () => {
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

  it('writes actors with kind labels, the article, mentions and one edge per claim', async () => {
    const s = await repo.write(first);
    expect(s).toMatchObject({ actors: 2, actorsNew: 2, actorsKnown: 0, relations: 2, claimsAdded: 2, claimsReplaced: 0, correctionsReapplied: 0, reused: 0 });
    const r = await db.read(
      "MATCH (a:Actor:Country {id: 'country:ruritania'})-[e:ATTACKED]->(b:Actor {id: 'country:freedonia'}), (ar:Article)-[m:MENTIONS]->(a) RETURN e.articleId AS art, e.when AS when, e.evidence AS ev, ar.title AS title, m.count AS c",
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]?.get('art')).toBe('article:aaaa');
    expect(r.records[0]?.get('when')).toBe('2020-05');
    expect(r.records[0]?.get('title')).toBe('Title of article:aaaa');
  });

  it('changes nothing when the same article is loaded twice', async () => {
    await repo.write(first);
    const before = await counts(db);
    await repo.write(first);
    expect(await counts(db)).toEqual(before);
  });

  it('reuses an existing actor that a second article names by an alias', async () => {
    await repo.write(first);
    const viaAlias = actor('country:strelsau', 'Strelsau', 'Country');
    const second = extraction('article:bbbb', [viaAlias, fre], [event('e3', 'SANCTIONED', fre.id, viaAlias.id)]);
    const s = await repo.write(second);
    // Both are already known: Freedonia by its id, Strelsau through Ruritania's alias.
    expect(s).toMatchObject({ actors: 2, actorsNew: 0, actorsKnown: 2, reused: 2 });
    const r = await db.read("MATCH (:Actor {id: 'country:freedonia'})-[:SANCTIONED]->(t:Actor) RETURN t.id AS id");
    expect(r.records.map((x) => x.get('id'))).toEqual(['country:ruritania']);
    expect((await counts(db)).nodes).toBe(4);
  });

  it('replaces an article\'s claims when it is re-extracted differently', async () => {
    await repo.write(first);
    await repo.write(extraction('article:aaaa', [rur, fre], [event('e1', 'ATTACKED', rur.id, fre.id)]));
    const r = await db.read("MATCH ()-[r:DENIED]->() RETURN count(r) AS n");
    expect(Number(r.records[0]?.get('n'))).toBe(0);
  });

  it('counts both actors of "Iran attacked Albania again" as already known in a graph that has both', async () => {
    const iran = actor('country:iran', 'Iran', 'Country', ['Tehran']);
    const albania = actor('country:albania', 'Albania', 'Country');
    await repo.write(extraction('article:ir1', [iran, albania], [event('ir1', 'ATTACKED', iran.id, albania.id, 'Iran attacked Albania.')]));
    const again = await repo.write(extraction('article:ir2', [iran, albania], [event('ir2', 'ATTACKED', iran.id, albania.id, 'Iran attacked Albania again.')]));
    expect(again).toMatchObject({ actors: 2, actorsNew: 0, actorsKnown: 2, relations: 1, claimsAdded: 1, claimsReplaced: 0 });
  });

  it('reports a re-extraction\'s claims added and those it no longer makes as replaced; the same article again adds and replaces none', async () => {
    await repo.write(first);
    expect(await repo.write(first)).toMatchObject({ actorsNew: 0, actorsKnown: 2, relations: 2, claimsAdded: 0, claimsReplaced: 0 });
    const changed = extraction('article:aaaa', [rur, fre], [event('e1', 'ATTACKED', rur.id, fre.id), event('e3', 'EXPELLED', fre.id, rur.id)]);
    expect(await repo.write(changed)).toMatchObject({ relations: 2, claimsAdded: 1, claimsReplaced: 1 });
    const r = await db.read("MATCH ()-[r]->() WHERE r.articleId = 'article:aaaa' RETURN r.id AS id ORDER BY id");
    expect(r.records.map((x) => x.get('id'))).toEqual(['e1', 'e3']);
  });

  const meta = async (): Promise<Record<string, unknown>> => {
    const r = await db.read("MATCH (ar:Article {id: 'article:aaaa'}) RETURN ar.title AS title, ar.published AS published, ar.source AS source, ar.url AS url");
    const rec = r.records[0];
    return { title: rec?.get('title'), published: rec?.get('published'), source: rec?.get('source'), url: rec?.get('url') };
  };
  const withMeta = (x: Extraction, m: Partial<Extraction['article']>): Extraction => ({ ...x, article: { ...x.article, ...m } });

  it('keeps the title, date, source and url when the same article comes again without them; an empty title never replaces one', async () => {
    await repo.write(withMeta(first, { url: 'https://example.org/a' }));
    const before = await meta();
    expect(before).toEqual({ title: 'Title of article:aaaa', published: '2020-05-02', source: 'Test Wire', url: 'https://example.org/a' });
    await repo.write(withMeta(first, { title: '', published: null, source: null, url: null }));
    expect(await meta()).toEqual(before);
    await repo.writeMany([withMeta(first, { title: '  ', published: null, source: null, url: null })], { bulkFrom: 0 });
    expect(await meta()).toEqual(before);
  });

  it('updates the metadata a new load brings', async () => {
    await repo.write(first);
    await repo.write(withMeta(first, { title: 'A better title', published: '2020-05-03', source: null }));
    expect(await meta()).toMatchObject({ title: 'A better title', published: '2020-05-03', source: 'Test Wire' });
  });

  it('calls afterArticleWritten in the article\'s transaction once its claims are replaced, and reports what it re-applied', async () => {
    const seen: string[] = [];
    const hooked = new ArticleRepo(db, {
      afterArticleWritten: async (tx, articleId) => {
        const r = await tx.run('MATCH ()-[r]->() WHERE r.articleId = $articleId RETURN r.id AS id ORDER BY id', { articleId });
        seen.push(`${articleId}: ${r.records.map((x) => String(x.get('id'))).join(',')}`);
        return 3;
      },
    });
    await hooked.write(first);
    const s = await hooked.write(extraction('article:aaaa', [rur, fre], [event('e1', 'ATTACKED', rur.id, fre.id)]));
    expect(s.correctionsReapplied).toBe(3);
    expect(seen).toEqual(['article:aaaa: e1,e2', 'article:aaaa: e1']);
    const bulk: string[] = [];
    const many = await hooked.writeMany([first, extraction('article:bbbb', [rur, fre], [event('e5', 'SANCTIONED', fre.id, rur.id)])], { bulkFrom: 0, onArticle: (r) => bulk.push(`${r.articleId}:${r.summary?.correctionsReapplied}`) });
    expect(many.failed).toEqual([]);
    expect(bulk).toEqual(['article:aaaa:3', 'article:bbbb:3']);
  });

  it('rolls the article back when afterArticleWritten fails', async () => {
    const failing = new ArticleRepo(db, { afterArticleWritten: () => Promise.reject(new Error('correction failed')) });
    await expect(failing.write(first)).rejects.toMatchObject({ cause: { message: 'correction failed' } });
    expect(await counts(db)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('leaves the graph as it was when a load fails halfway', async () => {
    await repo.write(first);
    const before = await counts(db);
    const bad = event('e9', 'ATTACKED', fre.id, rur.id);
    // A map is not a valid property value: the relation statement fails after actors and article were written.
    const broken = extraction('article:cccc', [rur, fre, actor('person:new', 'New Person', 'Person')], [{ ...bad, when: { nested: true } as unknown as string }]);
    await expect(repo.write(broken)).rejects.toBeDefined();
    expect(await counts(db)).toEqual(before);
  });
});
