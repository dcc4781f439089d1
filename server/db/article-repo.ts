// Writes one article's extraction to Neo4j in ONE transaction (all or
// nothing): actors reused by id or alias, the Article node, MENTIONS, and one
// edge per claim; batched UNWIND … MERGE; idempotent.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleSummary, DeleteArticleResponse } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import type { Extraction, ExtractedEvent, ExtractedLink } from '../extract/types.ts';
import { actorKeys, luceneAnyPhrase } from '../graph/actor-keys.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

const STATEMENTS = ['load-resolve-actors', 'load-actors', 'load-article', 'load-existing-claims', 'load-delete-claims', 'load-mentions', 'load-relations', 'count-articles', 'article-list', 'article-delete'] as const;

export interface WriteSummary {
  readonly articleId: string;
  readonly actors: number;
  readonly relations: number;
  /** Incoming actors that were matched to an existing actor with another id. */
  readonly reused: number;
}

/** Rows per UNWIND statement; the whole article still commits as one transaction. */
export const DEFAULT_BATCH_SIZE = 2_000;

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function relationProps(r: ExtractedEvent | ExtractedLink, articleId: string): Record<string, unknown> {
  const base = { id: r.id, articleId, evidence: r.evidence, start: neo4j.int(r.start), end: neo4j.int(r.end) };
  if (!('certainty' in r)) return base;
  return { ...base, when: r.when, certainty: r.certainty, claimedBy: r.claimedBy, denies: r.denies };
}

export class ArticleRepo {
  private readonly cypher = new CypherCatalog(STATEMENTS);

  constructor(
    private readonly db: GraphDb,
    private readonly batchSize = DEFAULT_BATCH_SIZE,
  ) {}

  async write(x: Extraction): Promise<WriteSummary> {
    return this.db.writeTx((tx) => this.writeIn(tx, x), `load ${x.article.id}`);
  }

  /** Writes inside a caller's transaction (used by `write` and by bulk loaders). */
  async writeIn(tx: ManagedTransaction, x: Extraction): Promise<WriteSummary> {
    const articleId = x.article.id;
    const incoming = x.nodes.map((n) => {
      const keys = actorKeys(n.name, n.aliases);
      return { id: n.id, name: n.name, kind: n.kind, aliases: [...n.aliases], keys, search: luceneAnyPhrase(keys), mentions: n.mentions };
    });
    const resolved = new Map<string, string>();
    for (const batch of chunks(incoming, this.batchSize)) {
      const res = await tx.run(this.cypher.get('load-resolve-actors'), { actors: batch });
      for (const rec of res.records) resolved.set(String(rec.get('incoming')), String(rec.get('resolved')));
    }
    const idOf = (id: string): string => resolved.get(id) ?? id;
    const actors = incoming.map((a) => ({ ...a, id: idOf(a.id) }));
    for (const batch of chunks(actors, this.batchSize)) await tx.run(this.cypher.get('load-actors'), { actors: batch });

    const { cleanText: _clean, ...article } = x.article;
    await tx.run(this.cypher.get('load-article'), { article });
    // Claims are keyed by id: keep those the article already has, delete the
    // ones it no longer makes, create the new ones.
    const relations = [...new Map(x.relationships.map((r) => [r.id, { id: r.id, type: r.type, source: idOf(r.source), target: idOf(r.target), props: relationProps(r, articleId) }])).values()];
    const existing = await tx.run(this.cypher.get('load-existing-claims'), { articleId });
    const had = new Set(existing.records.map((r) => String(r.get('id'))));
    const wanted = new Set(relations.map((r) => r.id));
    const stale = [...had].filter((id) => !wanted.has(id));
    if (stale.length > 0) await tx.run(this.cypher.get('load-delete-claims'), { articleId, ids: stale });
    const mentions = [...new Map(actors.map((a) => [a.id, { actorId: a.id, count: neo4j.int(a.mentions) }])).values()];
    for (const batch of chunks(mentions, this.batchSize)) await tx.run(this.cypher.get('load-mentions'), { articleId, mentions: batch });
    const fresh = relations.filter((r) => !had.has(r.id));
    for (const batch of chunks(fresh, this.batchSize)) await tx.run(this.cypher.get('load-relations'), { relations: batch });
    const reused = incoming.filter((a) => idOf(a.id) !== a.id).length;
    return { articleId, actors: new Set(actors.map((a) => a.id)).size, relations: relations.length, reused };
  }

  async countArticles(): Promise<number> {
    const res = await this.db.read(this.cypher.get('count-articles'));
    return Number(toPlain(res.records[0]?.get('articles') ?? 0));
  }

  async list(limit = 1_000): Promise<ArticleSummary[]> {
    const res = await this.db.read(this.cypher.get('article-list'), { limit: neo4j.int(limit) });
    return res.records.map((r) => {
      // NOTE: toPlain turns a node into {elementId, labels, properties}.
      const ar = toPlain(r.get('ar')) as { properties: Record<string, unknown> };
      const p = ar.properties;
      const s = (k: string): string | null => (typeof p[k] === 'string' ? p[k] : null);
      return {
        id: s('id') ?? '',
        title: s('title'),
        published: s('published'),
        source: s('source'),
        url: s('url'),
        sha256: s('sha256'),
        loadedAt: s('loadedAt'),
        actors: Number(toPlain(r.get('actors'))),
        claims: Number(toPlain(r.get('claims'))),
      };
    });
  }

  /** Deletes an article, its claims, and actors no other article mentions; one transaction. */
  async delete(id: string): Promise<DeleteArticleResponse> {
    const res = await this.db.writeTx((tx) => tx.run(this.cypher.get('article-delete'), { id }), `delete ${id}`);
    const rec = res.records[0];
    if (!rec) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    return { deleted: id, claimsRemoved: Number(toPlain(rec.get('claimsRemoved'))), actorsRemoved: Number(toPlain(rec.get('actorsRemoved'))) };
  }
}
