// The writer on the real Neo4j: idempotent, reuses actors across articles by
// id and alias, and leaves the graph as it was when a load fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleRepo } from '../../../server/db/article-repo.ts';
import type { GraphDb } from '../../../server/db/graph-db.ts';
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
    expect(s).toMatchObject({ actors: 2, relations: 2, reused: 0 });
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
    expect(s.reused).toBe(1);
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
