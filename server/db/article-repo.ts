// Writes extractions to Neo4j. One article: ONE transaction (all or
// nothing), actors reused by id or by alias via the full-text index. Many
// articles (`writeMany`): several articles per transaction, actors resolved in
// memory against keys read once per load, each statement batched with UNWIND;
// a batch that fails is retried one article per transaction, so that one bad
// article costs only itself. Both resolve actors with ActorResolver (merge
// only on evidence: the same name, a specific alias, the same state). Re-loading
// an article replaces its claims and keeps the metadata the new load lacks;
// `afterArticleWritten` runs in the same transaction once an article's claims
// are in place (for corrections to be re-applied).
import neo4j from 'neo4j-driver';
import type { Integer, ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ArticleSummary, DeleteArticleResponse } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { ACTOR_KINDS, EVENT_TYPES, LINK_TYPES } from '../extract/types.ts';
import type { Extraction, ExtractedEvent, ExtractedLink } from '../extract/types.ts';
import { actorKey, actorKeys, luceneAnyPhrase } from '../graph/actor-keys.ts';
import { actorIdentities, storedIdentity } from './actor-identity.ts';
import { ActorResolver, type IncomingActor, type KnownActor, type Resolution } from './actor-resolver.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

const STATEMENTS = ['load-actor-candidates', 'load-actors-without-identity', 'load-actor-identity', 'load-actor-keys', 'load-actors', 'load-articles', 'load-existing-claims', 'load-delete-claims', 'load-mentions', 'load-mentions-new', 'load-relations', 'count-articles', 'article-list', 'article-delete'] as const;

/** What writing one article did. */
export interface WriteSummary {
  readonly articleId: string;
  /** Actors the article mentions (after resolution). */
  readonly actors: number;
  /** Of them, actors the graph did not have. */
  readonly actorsNew: number;
  /** Of them, actors already in the graph, matched by id or by alias. */
  readonly actorsKnown: number;
  /** Claims (events and structural links) the article has now. */
  readonly relations: number;
  /** Claims the graph did not have before this load. */
  readonly claimsAdded: number;
  /** Claims of an earlier load of the article that the new extraction no longer makes, removed. */
  readonly claimsReplaced: number;
  /** What `afterArticleWritten` reported re-applying (0 without it). */
  readonly correctionsReapplied: number;
  /** Same as `actorsKnown` (the explorer's "(N already known)" reads it). */
  readonly reused: number;
}

/**
 * Called inside the transaction that wrote an article, after its claims were
 * replaced: the place to re-apply the analyst's corrections to it. Returns how
 * many it re-applied. A throw rolls the article's write back.
 */
export type AfterArticleWritten = (tx: ManagedTransaction, articleId: string) => Promise<number>;

export interface ArticleRepoOptions {
  /** Rows per UNWIND statement (default DEFAULT_BATCH_SIZE). */
  readonly batchSize?: number;
  /** See AfterArticleWritten; none by default. */
  readonly afterArticleWritten?: AfterArticleWritten;
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

interface ActorRow extends IncomingActor {
  readonly mentions: number;
}

/** An actor as load-actors.cypher writes it. */
interface ActorWrite {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly nameKey: string;
  readonly state: string | null;
  readonly aliases: string[];
  readonly keys: string[];
  readonly idKeys: string[];
}

/** What writing one article's claims did, for its summary. */
interface Written {
  readonly claimsAdded: number;
  readonly claimsReplaced: number;
  readonly correctionsReapplied: number;
}

/** One article, its actor ids resolved, as rows for the write statements. */
interface Prepared {
  readonly source: Extraction;
  /** The article's metadata and its cleaned text (the offsets of its claims index into it). */
  readonly article: { id: string; title: string; published: string | null; source: string | null; url: string | null; sha256: string; text: string };
  /** The actors to send: all of them, or (bulk) those new to the graph or bringing new names. */
  readonly write: ActorWrite[];
  readonly mentions: { articleId: string; actorId: string; count: Integer }[];
  readonly relations: Record<string, unknown>[];
  /** The summary but for what writing the claims tells. */
  readonly summary: Omit<WriteSummary, keyof Written>;
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

/** Incoming actors with their name keys and identity; refuses kinds and types outside the closed lists (they become labels). */
function incomingActors(x: Extraction): ActorRow[] {
  for (const r of x.relationships) if (!TYPES.has(r.type)) throw new AppError('ARTICLE_INVALID', `${x.article.id}: unknown relation type ${JSON.stringify(r.type)}`);
  for (const n of x.nodes) if (!KINDS.has(n.kind)) throw new AppError('ARTICLE_INVALID', `${x.article.id}: unknown actor kind ${JSON.stringify(n.kind)}`);
  const identities = actorIdentities(x);
  return x.nodes.map((n) => {
    const i = identities.get(n.id);
    const identity = { nameKey: i?.nameKey ?? '', idKeys: [...(i?.idKeys ?? [])], state: i?.state ?? null, ofState: i?.ofState ?? null };
    return { id: n.id, name: n.name, kind: n.kind, aliases: [...n.aliases], keys: actorKeys(n.name, n.aliases), mentions: n.mentions, ...identity };
  });
}

/** A stored actor, as the candidate and key statements return it. */
function knownActor(r: { get(key: string): unknown }): KnownActor {
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  const state = r.get('state');
  return { id: String(r.get('id')), kind: String(r.get('kind')), nameKey: String(r.get('nameKey')), idKeys: strings(r.get('idKeys')), state: typeof state === 'string' ? state : null, keys: strings(r.get('keys')), aliases: strings(r.get('aliases')) };
}

/**
 * An article's rows, its actors resolved. `onlyChanged` (bulk) sends only the
 * actors that are new or bring new names; one article sends them all.
 */
function prepare(x: Extraction, incoming: readonly ActorRow[], resolved: ReadonlyMap<string, Resolution>, onlyChanged = false): Prepared {
  const articleId = x.article.id;
  const idOf = (id: string): string => resolved.get(id)?.id ?? id;
  const actors = incoming.map((a) => {
    const r = resolved.get(a.id);
    return { ...a, ...(r ?? {}), id: idOf(a.id), name: r?.name ?? a.name };
  });
  // NOTE: two actors of one article that resolve to one graph actor (a surname and the full name) make a claim between them a loop: dropped, as the extractor drops its own.
  const relations = [...new Map(x.relationships.filter((r) => idOf(r.source) !== idOf(r.target)).map((r) => [r.id, relationRow(r, articleId, idOf)])).values()];
  const mentions = [...new Map(actors.map((a) => [a.id, { articleId, actorId: a.id, count: neo4j.int(a.mentions) }])).values()];
  const { cleanText: text, ...meta } = x.article;
  const article = { ...meta, text };
  // An actor is new to the graph when it was created by this article (its first resolution says so).
  const fresh = new Set<string>();
  const seen = new Set<string>();
  for (const a of incoming) {
    const r = resolved.get(a.id);
    if (!r || seen.has(r.id)) continue;
    seen.add(r.id);
    if (!r.known) fresh.add(r.id);
  }
  const changed = new Set([...resolved.values()].filter((r) => r.changed).map((r) => r.id));
  const write = actors
    .filter((a) => !onlyChanged || changed.has(a.id))
    .map(({ id, name, kind, nameKey, state, aliases, keys, idKeys }) => ({ id, name, kind, nameKey, state, aliases: [...aliases], keys: [...keys], idKeys: [...idKeys] }));
  const known = mentions.length - fresh.size;
  return { source: x, article, write, mentions, relations, summary: { articleId, actors: mentions.length, actorsNew: fresh.size, actorsKnown: known, relations: relations.length, reused: known } };
}

const summaryOf = (p: Prepared, w: Written | undefined): WriteSummary => ({ ...p.summary, claimsAdded: w?.claimsAdded ?? 0, claimsReplaced: w?.claimsReplaced ?? 0, correctionsReapplied: w?.correctionsReapplied ?? 0 });

/** One row per actor id across a batch: aliases and keys united, the first state known. */
function mergeActors(batch: readonly Prepared[]): ActorWrite[] {
  const byId = new Map<string, ActorWrite>();
  for (const p of batch)
    for (const a of p.write) {
      const had = byId.get(a.id);
      if (!had) byId.set(a.id, { ...a, aliases: [...a.aliases], keys: [...a.keys], idKeys: [...a.idKeys] });
      else {
        for (const n of a.aliases) if (!had.aliases.includes(n)) had.aliases.push(n);
        for (const k of a.keys) if (!had.keys.includes(k)) had.keys.push(k);
        for (const k of a.idKeys) if (!had.idKeys.includes(k)) had.idKeys.push(k);
        if (had.state === null && a.state !== null) byId.set(a.id, { ...had, state: a.state });
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

  private readonly batchSize: number;
  private readonly afterArticleWritten: AfterArticleWritten | undefined;
  /** Filling in the identity of actors written before the graph kept it: once per repository. */
  private identities: Promise<void> | null = null;

  constructor(
    private readonly db: GraphDb,
    opts: ArticleRepoOptions = {},
  ) {
    this.batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
    this.afterArticleWritten = opts.afterArticleWritten;
  }

  async write(x: Extraction): Promise<WriteSummary> {
    await this.ensureIdentities();
    return this.db.writeTx((tx) => this.writeIn(tx, x), `load ${x.article.id}`);
  }

  /**
   * Writes one article inside a caller's transaction: the full-text index
   * finds the graph's candidates for its actors, ActorResolver decides.
   */
  async writeIn(tx: ManagedTransaction, x: Extraction): Promise<WriteSummary> {
    const incoming = incomingActors(x);
    const rows = incoming.map((a) => ({
      ids: a.ofState ? [a.id, a.ofState.id] : [a.id],
      kind: a.kind,
      search: luceneAnyPhrase([a.nameKey, ...a.idKeys, ...(a.ofState ? [actorKey(a.ofState.name)] : [])]),
    }));
    const known: KnownActor[] = [];
    for (const batch of chunks(rows, this.batchSize)) {
      const res = await tx.run(this.cypher.get('load-actor-candidates'), { actors: batch });
      for (const rec of res.records) known.push(knownActor(rec));
    }
    const p = prepare(x, incoming, ActorResolver.of(known).resolveArticle(incoming));
    const written = await this.writePrepared(tx, [p]);
    return summaryOf(p, written.get(p.article.id));
  }

  /**
   * Writes many articles, several per transaction (see the module comment).
   * Neo4j becoming unavailable stops the load with an error; the articles of
   * committed transactions stay, those of the failed one are not written.
   */
  async writeMany(source: Iterable<Extraction> | AsyncIterable<Extraction>, opts: BulkOptions = {}): Promise<BulkSummary> {
    await this.ensureIdentities();
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
        const written = await this.db.writeTx((tx) => this.writePrepared(tx, b), `load ${b.length} article(s)`);
        for (const p of b) done(summaryOf(p, written.get(p.article.id)));
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
      const p = prepare(x, incoming, resolver.resolveArticle(incoming), true);
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
    return ActorResolver.of(res.records.map(knownActor));
  }

  /**
   * Gives actors written before the graph kept their identity (name key,
   * specific keys, state) one, so that they are resolved by the same rule as
   * the rest. Once per repository; retried on the next write if it failed.
   */
  private ensureIdentities(): Promise<void> {
    this.identities ??= (async () => {
      const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
      for (;;) {
        const res = await this.db.read(this.cypher.get('load-actors-without-identity'), { limit: neo4j.int(this.batchSize) }, { timeoutMs: 300_000 });
        if (res.records.length === 0) return;
        const actors = res.records.map((r) => {
          const a = { id: String(r.get('id')), kind: String(r.get('kind')), name: String(r.get('name')), aliases: strings(r.get('aliases')), linkedStates: strings(r.get('states')) };
          return { id: a.id, ...storedIdentity(a) };
        });
        await this.db.writeTx((tx) => tx.run(this.cypher.get('load-actor-identity'), { actors }), 'actor identities');
      }
    })().catch((e: unknown) => {
      this.identities = null;
      throw e;
    });
    return this.identities;
  }

  /** The write statements for a batch of articles whose actor ids are resolved; what each article's claims became. */
  private async writePrepared(tx: ManagedTransaction, batch: readonly Prepared[]): Promise<Map<string, Written>> {
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
    const replaced = new Map<string, number>();
    for (const p of batch) {
      const old = had.get(p.article.id);
      if (!old) continue;
      const wanted = new Set(p.relations.map((r) => r.id));
      const stale = [...old].filter((id) => !wanted.has(id));
      replaced.set(p.article.id, stale.length);
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
    const added = new Map<string, number>();
    const claims = batch.flatMap((p) => {
      const old = had.get(p.article.id);
      const rows = old ? p.relations.filter((r) => !old.has(String(r.id))) : p.relations;
      added.set(p.article.id, rows.length);
      return rows;
    });
    for (const rows of chunks(claims, this.batchSize)) await expectCount(tx.run(this.cypher.get('load-relations'), { relations: rows }), 'relations', rows.length);
    const written = new Map<string, Written>();
    for (const p of batch) {
      // NOTE: after every claim of the batch is in place, in the same transaction: a correction may touch actors another article of the batch brought.
      const correctionsReapplied = this.afterArticleWritten ? await this.afterArticleWritten(tx, p.article.id) : 0;
      written.set(p.article.id, { claimsAdded: added.get(p.article.id) ?? 0, claimsReplaced: replaced.get(p.article.id) ?? 0, correctionsReapplied });
    }
    return written;
  }

  async countArticles(): Promise<number> {
    const res = await this.db.read(this.cypher.get('count-articles'));
    return Number(toPlain(res.records[0]?.get('articles') ?? 0));
  }

  async list(limit = 1_000): Promise<ArticleSummary[]> {
    const res = await this.db.read(this.cypher.get('article-list'), { limit: neo4j.int(limit) });
    return res.records.map((r) => {
      const p = toPlain(r.get('ar')) as Record<string, unknown>;
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
