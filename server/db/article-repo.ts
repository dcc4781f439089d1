// Writes extractions to Neo4j. One article: ONE transaction (all or
// nothing), actors reused by id or by alias via the full-text index. Many
// articles (`writeMany`): several articles per transaction, actors resolved in
// memory against keys read once per load, each statement batched with UNWIND;
// a batch that fails is retried one article per transaction, so that one bad
// article costs only itself. Idempotent: re-loading an article replaces its
// claims.
import neo4j from 'neo4j-driver';
import type { Integer, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ArticleSummary, DeleteArticleResponse } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { ACTOR_KINDS, EVENT_TYPES, LINK_TYPES } from '../extract/types.ts';
import type { Extraction, ExtractedEvent, ExtractedLink } from '../extract/types.ts';
import { actorKeys, luceneAnyPhrase } from '../graph/actor-keys.ts';
import { ActorResolver, type ResolvableActor } from './actor-resolver.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

const STATEMENTS = ['load-resolve-actors', 'load-actor-keys', 'load-actors', 'load-articles', 'load-existing-claims', 'load-delete-claims', 'load-mentions', 'load-mentions-new', 'load-relations', 'count-articles', 'article-list', 'article-delete'] as const;

export interface WriteSummary {
  readonly articleId: string;
  readonly actors: number;
  readonly relations: number;
  /** Incoming actors that were matched to an existing actor with another id. */
  readonly reused: number;
}

export interface BulkOptions {
  /** Rows (relations plus actors) per transaction; several articles share one. */
  readonly batchRows?: number;
  /**
   * A load of fewer articles is written one transaction per article with
   * full-text resolution, because reading every actor's keys for the
   * in-memory resolver costs seconds on a large graph.
   */
  readonly bulkFrom?: number;
  /** Called once per article, after its transaction committed or it failed (batch order; an article refused before writing is reported at once). */
  readonly onArticle?: (r: { articleId: string; summary?: WriteSummary; error?: string }) => void;
}

export interface BulkSummary {
  readonly articles: number;
  readonly relations: number;
  readonly transactions: number;
  readonly failed: readonly { articleId: string; message: string }[];
}

/** Rows per UNWIND statement. */
export const DEFAULT_BATCH_SIZE = 10_000;
/** Articles from which a load reads the actor keys and batches (see BulkOptions.bulkFrom). */
export const DEFAULT_BULK_FROM = 32;
/** Rows per bulk transaction (see BENCHMARKS.md for the sweep that chose it). */
export const DEFAULT_BULK_ROWS = 20_000;

const KINDS = new Set<string>(ACTOR_KINDS);
const TYPES = new Set<string>([...EVENT_TYPES, ...LINK_TYPES]);

interface ActorRow extends ResolvableActor {
  readonly name: string;
  readonly aliases: string[];
  readonly keys: string[];
  readonly mentions: number;
}

/** One article, its actor ids resolved, as rows for the write statements. */
interface Prepared {
  readonly source: Extraction;
  readonly article: { id: string; title: string; published: string | null; source: string | null; url: string | null; sha256: string };
  readonly actors: ActorRow[];
  /** The actors to send: all of them, or (bulk) those new to the graph or bringing new names. */
  readonly write: ActorRow[];
  readonly mentions: { articleId: string; actorId: string; count: Integer }[];
  readonly relations: Record<string, unknown>[];
  readonly summary: WriteSummary;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function relationRow(r: ExtractedEvent | ExtractedLink, articleId: string, idOf: (id: string) => string): Record<string, unknown> {
  const base = { id: r.id, type: r.type, source: idOf(r.source), target: idOf(r.target), articleId, evidence: r.evidence, start: neo4j.int(r.start), end: neo4j.int(r.end) };
  if (!('certainty' in r)) return { ...base, when: null, certainty: null, claimedBy: null, denies: null };
  return { ...base, when: r.when, certainty: r.certainty, claimedBy: r.claimedBy, denies: r.denies };
}

/** Incoming actors with their name keys; refuses kinds and types outside the closed lists (they become labels). */
function incomingActors(x: Extraction): ActorRow[] {
  for (const r of x.relationships) if (!TYPES.has(r.type)) throw new AppError('ARTICLE_INVALID', `${x.article.id}: unknown relation type ${JSON.stringify(r.type)}`);
  return x.nodes.map((n) => {
    if (!KINDS.has(n.kind)) throw new AppError('ARTICLE_INVALID', `${x.article.id}: unknown actor kind ${JSON.stringify(n.kind)}`);
    return { id: n.id, name: n.name, kind: n.kind, aliases: [...n.aliases], keys: actorKeys(n.name, n.aliases), mentions: n.mentions };
  });
}

function prepare(x: Extraction, incoming: readonly ActorRow[], resolved: ReadonlyMap<string, string>, changed?: ReadonlySet<string>): Prepared {
  const articleId = x.article.id;
  const idOf = (id: string): string => resolved.get(id) ?? id;
  const actors = incoming.map((a) => ({ ...a, id: idOf(a.id) }));
  const relations = [...new Map(x.relationships.map((r) => [r.id, relationRow(r, articleId, idOf)])).values()];
  const mentions = [...new Map(actors.map((a) => [a.id, { articleId, actorId: a.id, count: neo4j.int(a.mentions) }])).values()];
  const { cleanText: _clean, ...article } = x.article;
  const reused = incoming.filter((a) => idOf(a.id) !== a.id).length;
  const write = changed ? actors.filter((_, i) => changed.has(incoming[i]?.id ?? '')) : actors;
  return { source: x, article, actors, write, mentions, relations, summary: { articleId, actors: mentions.length, relations: relations.length, reused } };
}

/** One row per actor id across a batch: aliases and keys united. */
function mergeActors(batch: readonly Prepared[]): ActorRow[] {
  const byId = new Map<string, ActorRow>();
  for (const p of batch)
    for (const a of p.write) {
      const had = byId.get(a.id);
      if (!had) byId.set(a.id, { ...a, aliases: [...a.aliases], keys: [...a.keys] });
      else {
        for (const n of a.aliases) if (!had.aliases.includes(n)) had.aliases.push(n);
        for (const k of a.keys) if (!had.keys.includes(k)) had.keys.push(k);
      }
    }
  return [...byId.values()];
}

/**
 * Fails the transaction when a statement wrote fewer rows than it was sent: an
 * actor the in-memory resolver believed present is gone (deleted by another
 * writer meanwhile). The bulk writer then retries article by article.
 */
async function expectCount(run: Promise<QueryResult>, column: string, want: number): Promise<void> {
  const got = Number(toPlain((await run).records[0]?.get(column) ?? 0));
  if (got !== want) throw new AppError('CONFLICT', `wrote ${got} of ${want} ${column}: an actor is missing from the graph`);
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

  /** Writes one article inside a caller's transaction, resolving its actors with the full-text index. */
  async writeIn(tx: ManagedTransaction, x: Extraction): Promise<WriteSummary> {
    const incoming = incomingActors(x);
    const resolved = new Map<string, string>();
    const rows = incoming.map((a) => ({ id: a.id, kind: a.kind, keys: a.keys, search: luceneAnyPhrase(a.keys) }));
    for (const batch of chunks(rows, this.batchSize)) {
      const res = await tx.run(this.cypher.get('load-resolve-actors'), { actors: batch });
      for (const rec of res.records) resolved.set(String(rec.get('incoming')), String(rec.get('resolved')));
    }
    const p = prepare(x, incoming, resolved);
    await this.writePrepared(tx, [p]);
    return p.summary;
  }

  /**
   * Writes many articles, several per transaction (see the module comment).
   * Neo4j becoming unavailable stops the load with an error; the articles of
   * committed transactions stay, those of the failed one are not written.
   */
  async writeMany(source: Iterable<Extraction> | AsyncIterable<Extraction>, opts: BulkOptions = {}): Promise<BulkSummary> {
    const limit = opts.batchRows ?? DEFAULT_BULK_ROWS;
    const iterator = (async function* () {
      yield* source;
    })();
    const head: Extraction[] = [];
    let ended = false;
    while (!ended && head.length < (opts.bulkFrom ?? DEFAULT_BULK_FROM)) {
      const n = await iterator.next();
      if (n.done) ended = true;
      else head.push(n.value);
    }
    // NOTE: read only on the bulk path below; a small load never pays for it.
    let resolver!: ActorResolver;
    const failed: { articleId: string; message: string }[] = [];
    let articles = 0;
    let relations = 0;
    let transactions = 0;
    let batch: Prepared[] = [];
    let rows = 0;
    const done = (summary: WriteSummary): void => {
      articles++;
      relations += summary.relations;
      opts.onArticle?.({ articleId: summary.articleId, summary });
    };
    const fail = (articleId: string, e: unknown): void => {
      const message = e instanceof Error ? e.message : String(e);
      failed.push({ articleId, message });
      opts.onArticle?.({ articleId, error: message });
    };
    /** One article in its own transaction, actors resolved by the full-text index. */
    const writeOne = async (x: Extraction): Promise<void> => {
      try {
        transactions++;
        done(await this.write(x));
      } catch (e) {
        if (e instanceof AppError && e.code === 'NEO4J_UNAVAILABLE') throw e;
        fail(x.article.id, e);
      }
    };
    /** One batch in one transaction; on failure, one transaction per article. */
    const commit = async (b: Prepared[]): Promise<void> => {
      try {
        transactions++;
        await this.db.writeTx((tx) => this.writePrepared(tx, b), `load ${b.length} article(s)`);
        for (const p of b) done(p.summary);
      } catch (e) {
        if (e instanceof AppError && e.code === 'NEO4J_UNAVAILABLE') throw e;
        // One article per transaction, so that a bad one costs only itself;
        // the in-memory resolver saw the failed batch's actors, so re-read it.
        for (const p of b) await writeOne(p.source);
        resolver = await this.loadResolver();
      }
    };
    if (ended) {
      // A small load: one transaction per article.
      for (const x of head) await writeOne(x);
      return { articles, relations, transactions, failed };
    }
    resolver = await this.loadResolver();
    // NOTE: the next batch is prepared while this one is written (Node and
    // Neo4j work at once), but only one transaction runs at a time: a batch
    // may use actors that the one before it creates.
    let inflight: Promise<void> = Promise.resolve();
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return;
      const b = batch;
      batch = [];
      rows = 0;
      await inflight;
      inflight = commit(b);
      inflight.catch(() => undefined);
    };
    const all = (async function* () {
      yield* head;
      yield* iterator;
    })();
    for await (const x of all) {
      let incoming: ActorRow[];
      try {
        incoming = incomingActors(x);
      } catch (e) {
        fail(x.article.id, e);
        continue;
      }
      // NOTE: the same article twice in one transaction would read its own claims as "existing".
      if (batch.some((p) => p.article.id === x.article.id)) await flush();
      const resolved = new Map<string, string>();
      const changed = new Set<string>();
      for (const a of incoming) {
        const r = resolver.resolve(a);
        resolved.set(a.id, r.id);
        if (r.changed) changed.add(a.id);
      }
      const p = prepare(x, incoming, resolved, changed);
      batch.push(p);
      rows += p.relations.length + p.write.length + p.mentions.length;
      if (rows >= limit) await flush();
    }
    await flush();
    await inflight;
    return { articles, relations, transactions, failed };
  }

  private async loadResolver(): Promise<ActorResolver> {
    const res = await this.db.read(this.cypher.get('load-actor-keys'), {}, { timeoutMs: 300_000 });
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
    return ActorResolver.of(res.records.map((r) => ({ id: String(r.get('id')), kind: String(r.get('kind')), keys: strings(r.get('keys')), aliases: strings(r.get('aliases')) })));
  }

  /** The write statements for a batch of articles whose actor ids are resolved. */
  private async writePrepared(tx: ManagedTransaction, batch: readonly Prepared[]): Promise<void> {
    for (const rows of chunks(mergeActors(batch), this.batchSize)) await tx.run(this.cypher.get('load-actors'), { actors: rows });
    const res = await tx.run(this.cypher.get('load-articles'), { articles: batch.map((p) => p.article) });
    const existed = res.records.filter((r) => r.get('existed') === true).map((r) => String(r.get('id')));
    // Claims are keyed by id: keep those an article already has, delete the
    // ones it no longer makes, create the new ones.
    const had = new Map<string, Set<string>>();
    if (existed.length > 0) {
      const claims = await tx.run(this.cypher.get('load-existing-claims'), { articleIds: existed });
      for (const r of claims.records) {
        const a = String(r.get('articleId'));
        had.set(a, (had.get(a) ?? new Set()).add(String(r.get('id'))));
      }
    }
    for (const p of batch) {
      const old = had.get(p.article.id);
      if (!old) continue;
      const wanted = new Set(p.relations.map((r) => r.id));
      const stale = [...old].filter((id) => !wanted.has(id));
      if (stale.length > 0) await tx.run(this.cypher.get('load-delete-claims'), { articleId: p.article.id, ids: stale });
    }
    // An article new to the graph has no MENTIONS yet: CREATE them; MERGE the others'.
    const again = new Set(existed);
    const mentions = batch.filter((p) => again.has(p.article.id)).flatMap((p) => p.mentions);
    for (const rows of chunks(mentions, this.batchSize)) await expectCount(tx.run(this.cypher.get('load-mentions'), { mentions: rows }), 'mentions', rows.length);
    const fresh = batch.filter((p) => !again.has(p.article.id));
    for (const group of chunks(fresh, Math.max(1, Math.floor(this.batchSize / 50)))) {
      const n = group.reduce((k, p) => k + p.mentions.length, 0);
      await expectCount(tx.run(this.cypher.get('load-mentions-new'), { articles: group.map((p) => ({ id: p.article.id, mentions: p.mentions })) }), 'mentions', n);
    }
    const claims = batch.flatMap((p) => {
      const old = had.get(p.article.id);
      return old ? p.relations.filter((r) => !old.has(String(r.id))) : p.relations;
    });
    for (const rows of chunks(claims, this.batchSize)) await expectCount(tx.run(this.cypher.get('load-relations'), { relations: rows }), 'relations', rows.length);
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
