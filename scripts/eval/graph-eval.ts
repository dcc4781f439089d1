// The graph-level evaluation: every extracted article of a corpus folder
// written into ONE graph (the writer resolving actors across articles), then
// each article's claims scored as they stand in the graph — each end the
// graph's actor, with its name and every alias other articles brought —
// against that article's gold, by the same scorer as the per-article
// evaluation. Also lists, per article, the graph actors its claims use that
// match two or more of its gold entities (what the scorer counts as a merge of
// distinct actors: one the extractor made, or one the writer made across
// articles).
// Shared by `npm run eval -- --graph` and the corpus graph test.
import { ArticleRepo } from '../../server/db/article-repo.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { StoredArticleRepo } from '../../server/db/stored-article-repo.ts';
import type { Extraction } from '../../server/extract/types.ts';
import type { ArticleResult } from './evaluate.ts';
import { readGoldFile } from './gold-file.ts';
import { normaliseName, scoreExtraction } from './score.ts';

/** A graph actor at an end of an article's claims whose names match two or more of its gold entities. */
export interface MergedActor {
  readonly actor: string;
  readonly name: string;
  /** The gold entity ids it matches. */
  readonly entities: readonly string[];
}

/** One article scored in the graph; `results` of evaluateInGraph line up with the per-article ones. */
export interface GraphArticle {
  readonly result: ArticleResult;
  readonly merged: readonly MergedActor[];
  /** The gold entity each claim-end graph actor matches in this article, where it matches exactly one. */
  readonly matches: ReadonlyMap<string, GoldEntity>;
}

/**
 * A graph actor that stands for different gold entities in different
 * articles: a merge across articles that no single article's score can see
 * (the Iranian ministry that absorbed the Russian one). The corpus's entity
 * ids name an actor alike in every article ("russia-mfa"); two ids are taken
 * for one actor when one's canonical name is among the other's names
 * ("treasury" and "us-treasury", both "U.S. Treasury Department").
 */
export interface SharedActor {
  readonly actor: string;
  /** article name → the entity it matches there. */
  readonly entities: Readonly<Record<string, string>>;
}

export interface GraphOptions {
  /** Passed to ArticleRepo.writeMany: 0 loads through the bulk writer, the default as `npm run load` would. */
  readonly bulkFrom?: number;
}

/** Writes every extracted article into `db` (expected empty) and scores each as stored. */
export async function evaluateInGraph(results: readonly ArticleResult[], db: GraphDb, opts: GraphOptions = {}): Promise<GraphArticle[]> {
  const extractions: Extraction[] = results.flatMap((r) => (r.ok ? [r.extraction] : []));
  const written = await new ArticleRepo(db).writeMany(extractions, opts.bulkFrom === undefined ? {} : { bulkFrom: opts.bulkFrom });
  const failed = new Map(written.failed.map((f) => [f.articleId, f.message]));
  const stored = new StoredArticleRepo(db);
  const out: GraphArticle[] = [];
  for (const r of results) {
    if (!r.ok) {
      out.push({ result: r, merged: [], matches: new Map() });
      continue;
    }
    const message = failed.get(r.extraction.article.id);
    if (message !== undefined) {
      out.push({ result: { ok: false, article: r.article, message: `not written: ${message}` }, merged: [], matches: new Map() });
      continue;
    }
    const gold = readGoldFile(r.article.goldFile);
    const graph = await stored.article(r.extraction.article.id);
    const ends = new Set(graph.relationships.flatMap((c) => [c.source, c.target]));
    const actors = graph.nodes.filter((a) => ends.has(a.id));
    out.push({ result: { ...r, score: scoreExtraction(gold, graph) }, merged: mergedActors(gold.entities, actors), matches: entityMatches(gold.entities, actors) });
  }
  return out;
}

export interface GoldEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}
type Entity = GoldEntity;
type Named = { id: string; name: string; aliases: readonly string[] };

/** For each actor, the gold entities its names hit (normalised as the scorer does). */
function hits(entities: readonly Entity[], actors: readonly Named[]): Map<Named, Set<string>> {
  const byName = new Map<string, string>();
  for (const e of entities) for (const n of [e.name, ...(e.aliases ?? [])]) byName.set(normaliseName(n), e.id);
  return new Map(actors.map((a) => [a, new Set([a.name, ...a.aliases].map((n) => byName.get(normaliseName(n))).filter((id): id is string => id !== undefined))]));
}

function entityMatches(entities: readonly Entity[], actors: readonly Named[]): Map<string, Entity> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, Entity>();
  for (const [a, ids] of hits(entities, actors)) {
    const e = ids.size === 1 ? byId.get([...ids][0] as string) : undefined;
    if (e) out.set(a.id, e);
  }
  return out;
}

/** Whether two gold entities (of different articles) are one actor: the same id, or one's canonical name among the other's names. */
function sameEntity(x: Entity, y: Entity): boolean {
  const names = (e: Entity): Set<string> => new Set([e.name, ...(e.aliases ?? [])].map(normaliseName));
  return x.id === y.id || names(y).has(normaliseName(x.name)) || names(x).has(normaliseName(y.name));
}

/** The graph actors that match different gold entities in different articles. */
export function sharedActors(articles: readonly GraphArticle[]): SharedActor[] {
  const byActor = new Map<string, { article: string; entity: Entity }[]>();
  for (const g of articles)
    for (const [actor, entity] of g.matches) byActor.set(actor, [...(byActor.get(actor) ?? []), { article: g.result.article.name, entity }]);
  const out: SharedActor[] = [];
  for (const [actor, seen] of byActor) {
    // One actor when every entity joins the first through a chain of sameEntity.
    const joined = [seen[0] as (typeof seen)[number]];
    let grew = true;
    while (grew) {
      grew = false;
      for (const s of seen) {
        if (joined.includes(s) || !joined.some((j) => sameEntity(j.entity, s.entity))) continue;
        joined.push(s);
        grew = true;
      }
    }
    if (joined.length < seen.length) out.push({ actor, entities: Object.fromEntries(seen.map((s) => [s.article, s.entity.id])) });
  }
  return out;
}

/** The actors whose names (name and aliases, normalised as the scorer does) hit two or more gold entities. */
export function mergedActors(entities: readonly Entity[], actors: readonly Named[]): MergedActor[] {
  const out: MergedActor[] = [];
  for (const [a, ids] of hits(entities, actors)) if (ids.size > 1) out.push({ actor: a.id, name: a.name, entities: [...ids].sort() });
  return out;
}
