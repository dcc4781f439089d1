// Actor identity across articles, on the real Neo4j, through both write
// paths (one transaction per article, and the bulk writer's in-memory
// resolver): three states' foreign ministries that share the generic alias
// "Foreign Ministry" stay three actors, each PART_OF only its own state;
// actors that share a specific name ("IRGC", "Peskov") or the same name
// still merge; two states' bodies with one bare name ("Embassy in London")
// are two actors. Ids are the same on every re-load.
import { describe, expect, it } from 'vitest';
import type { ArticleRepo } from '../../../server/db/article-repo.ts';
import type { Extraction } from '../../../server/extract/types.ts';
import { actor, event, extraction, link } from '../../support/fixtures.ts';
import { counts, repoOnEmptyDb } from '../../support/test-db.ts';

const albania = actor('country:albania', 'Albania', 'Country');
const uk = actor('country:united-kingdom', 'United Kingdom', 'Country', ['Britain']);
const us = actor('country:united-states', 'United States', 'Country', ['U.S.']);

/** One state's foreign ministry, known in its article also as "Foreign Ministry", denying something. */
function ministryArticle(articleId: string, state: string, stateName: string, demonym: string, accuser: typeof albania): Extraction {
  const country = actor(`country:${state}`, stateName, 'Country');
  const mfa = actor(`body:${demonym.toLowerCase().replace(/ /g, '-')}-foreign-ministry`, `${demonym} Foreign Ministry`, 'GovernmentBody', ['Foreign Ministry', 'foreign ministry']);
  return extraction(articleId, [country, mfa, accuser], [
    link(`${articleId}-l`, 'PART_OF', mfa.id, country.id),
    event(`${articleId}-e`, 'DENIED', mfa.id, accuser.id, `The ${demonym} Foreign Ministry denied it.`),
  ]);
}

const ministries: Extraction[] = [
  ministryArticle('article:mfa-ir', 'iran', 'Iran', 'Iranian', albania),
  ministryArticle('article:mfa-ru', 'russia', 'Russia', 'Russian', uk),
  ministryArticle('article:mfa-kp', 'north-korea', 'North Korea', 'North Korean', us),
  // A bare "Foreign Ministry" whose state the article does not say: it is none of the three.
  extraction('article:mfa-bare', [actor('body:foreign-ministry', 'Foreign Ministry', 'GovernmentBody'), us], [event('bare-e', 'DENIED', 'body:foreign-ministry', us.id)]),
];

const irgcFull = actor('body:islamic-revolutionary-guard-corps', 'Islamic Revolutionary Guard Corps', 'GovernmentBody', ['IRGC', 'Revolutionary Guards']);
const irgcShort = actor('body:irgc', 'IRGC', 'GovernmentBody');
const russia = actor('country:russia', 'Russia', 'Country', ['Kremlin', 'Moscow']);
const kremlin = actor('country:kremlin', 'Kremlin', 'Country');
const peskovFull = actor('person:dmitry-peskov', 'Dmitry Peskov', 'Person', ['Peskov']);
const peskovShort = actor('person:peskov', 'Peskov', 'Person');
const same: Extraction[] = [
  extraction('article:same-1', [irgcFull, albania, russia, peskovFull, uk], [
    event('s1-e1', 'ATTACKED', irgcFull.id, albania.id),
    link('s1-l1', 'SPEAKS_FOR', peskovFull.id, russia.id),
    event('s1-e2', 'DENIED', peskovFull.id, uk.id),
  ]),
  extraction('article:same-2', [irgcShort, albania, kremlin, peskovShort, uk], [
    event('s2-e1', 'ATTACKED', irgcShort.id, albania.id),
    event('s2-e2', 'EXPELLED', uk.id, kremlin.id),
    link('s2-l1', 'SPEAKS_FOR', peskovShort.id, kremlin.id),
  ]),
];

/** Two states' embassies that the extractor named alike. */
const embassies: Extraction[] = ['china', 'russia'].map((s, i) => {
  const country = actor(`country:${s}`, s === 'china' ? 'China' : 'Russia', 'Country');
  const embassy = actor('body:embassy-in-london', 'Embassy in London', 'GovernmentBody');
  return extraction(`article:emb-${s}`, [country, embassy, uk], [link(`emb-l${i}`, 'PART_OF', embassy.id, country.id), event(`emb-e${i}`, 'EXPELLED', uk.id, embassy.id)]);
});

const paths: readonly [string, (repo: ArticleRepo, xs: readonly Extraction[]) => Promise<void>][] = [
  ['one transaction per article (write)', async (repo, xs) => {
    for (const x of xs) await repo.write(x);
  }],
  ['the bulk writer (writeMany, in-memory resolver)', async (repo, xs) => {
    const s = await repo.writeMany(xs, { bulkFrom: 0 });
    expect(s.failed).toEqual([]);
  }],
];

describe.each(paths)('actor identity across articles, through %s', (_path, load) => {
  const t = repoOnEmptyDb();

  const stateLinks = async (): Promise<Record<string, string[]>> => {
    const r = await t.db.read("MATCH (b:GovernmentBody) WHERE b.name ENDS WITH 'Foreign Ministry' OPTIONAL MATCH (b)-[:PART_OF]->(c) RETURN b.id AS id, collect(DISTINCT c.id) AS states ORDER BY id");
    return Object.fromEntries(r.records.map((x) => [String(x.get('id')), (x.get('states') as string[]).sort()]));
  };

  it('keeps three states\' foreign ministries apart despite their shared "Foreign Ministry", each PART_OF only its state', async () => {
    await load(t.repo, ministries);
    expect(await stateLinks()).toEqual({
      'body:foreign-ministry': [],
      'body:iranian-foreign-ministry': ['country:iran'],
      'body:north-korean-foreign-ministry': ['country:north-korea'],
      'body:russian-foreign-ministry': ['country:russia'],
    });
    const denials = await t.db.read("MATCH (b:GovernmentBody)-[r:DENIED]->(t) RETURN b.id + ' -> ' + t.id AS row ORDER BY row");
    expect(denials.records.map((x) => x.get('row'))).toEqual([
      'body:foreign-ministry -> country:united-states',
      'body:iranian-foreign-ministry -> country:albania',
      'body:north-korean-foreign-ministry -> country:united-states',
      'body:russian-foreign-ministry -> country:united-kingdom',
    ]);
  });

  it('records each body\'s state on its node', async () => {
    await load(t.repo, ministries);
    const r = await t.db.read("MATCH (b:GovernmentBody) RETURN b.id AS id, b.state AS state ORDER BY id");
    expect(r.records.map((x) => [x.get('id'), x.get('state')])).toEqual([
      ['body:foreign-ministry', null],
      ['body:iranian-foreign-ministry', 'country:iran'],
      ['body:north-korean-foreign-ministry', 'country:north-korea'],
      ['body:russian-foreign-ministry', 'country:russia'],
    ]);
  });

  it('still merges actors that share a specific name: "IRGC", "Kremlin", "Peskov" of the same state', async () => {
    await load(t.repo, same);
    const r = await t.db.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id");
    expect(r.records.map((x) => x.get('id'))).toEqual(['body:islamic-revolutionary-guard-corps', 'country:albania', 'country:russia', 'country:united-kingdom', 'person:dmitry-peskov']);
    const attacks = await t.db.read("MATCH (s)-[r:ATTACKED]->(t) RETURN s.id AS s, count(r) AS n");
    expect(attacks.records.map((x) => [x.get('s'), Number(x.get('n'))])).toEqual([['body:islamic-revolutionary-guard-corps', 2]]);
    const irgc = await t.db.read("MATCH (a:Actor {id: 'body:islamic-revolutionary-guard-corps'}) RETURN a.aliases AS aliases");
    expect(irgc.records[0]?.get('aliases')).toEqual(['IRGC', 'Revolutionary Guards']);
  });

  it('keeps two states\' bodies of one bare name apart, the second under the id named for its state', async () => {
    await load(t.repo, embassies);
    const r = await t.db.read("MATCH (b:GovernmentBody)-[:PART_OF]->(c) RETURN b.id AS id, b.name AS name, c.id AS state ORDER BY id");
    expect(r.records.map((x) => [x.get('id'), x.get('name'), x.get('state')])).toEqual([
      ['body:embassy-in-london', 'Embassy in London', 'country:china'],
      ['body:russian-embassy-in-london', 'Russian Embassy in London', 'country:russia'],
    ]);
  });

  it('gives every actor the same id when the articles are loaded again', async () => {
    await load(t.repo, [...ministries, ...same, ...embassies]);
    const before = await counts(t.db);
    const ids = await t.db.read('MATCH (a:Actor) RETURN collect(a.id) AS ids');
    await load(t.repo, [...ministries, ...same, ...embassies]);
    expect(await counts(t.db)).toEqual(before);
    expect((await t.db.read('MATCH (a:Actor) RETURN collect(a.id) AS ids')).records[0]?.get('ids')).toEqual(ids.records[0]?.get('ids'));
  });
});
