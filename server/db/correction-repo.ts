// Corrections of the graph by an analyst: merge two actors, split an alias off
// one, rename one or change its kind, reject a claim, add a claim by hand.
// Each is applied to the graph (queries, saved queries, ad-hoc Cypher and
// exports all see the corrected graph) and recorded as a :Correction node in
// the same transaction: what (its payload: what it did, enough to undo it),
// who, when, why. Undo applies the inverse and marks the record undone.
// `reapply` runs every correction in force again after an article is loaded
// again (inside the load's transaction): each kind is written so that
// applying it twice changes nothing the second time.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { CorrectionSchema, KINDS, type Correction, type CorrectionInput, type CorrectionKind } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { actorKey } from '../graph/actor-keys.ts';
import { isSentence } from '../graph/sentences.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { ArticleRepo } from './article-repo.ts';
import { toPlain } from './values.ts';

const STATEMENTS = [
  'correction-create',
  'correction-list',
  'correction-get',
  'correction-active-for',
  'correction-mark-undone',
  'correction-merge',
  'correction-unmerge',
  'correction-split',
  'correction-unsplit',
  'correction-set-actor',
  'correction-reject-claim',
  'correction-put-claim',
  'correction-article-text',
  'correction-actor-state',
  'correction-articles-of',
  'correction-rename-again',
  'correction-kind-again',
  'correction-concerning',
  'actor-exists',
] as const;

type Cypher = CypherCatalog<(typeof STATEMENTS)[number]>;

/** A claim as stored: its ends, type and every property. */
const StoredClaim = z.object({ source: z.string(), target: z.string(), type: z.string(), props: z.record(z.string(), z.unknown()) });
type StoredClaim = z.infer<typeof StoredClaim>;

const Payloads = {
  merge: z.object({ survivor: z.string(), absorbed: z.string(), snapshot: z.record(z.string(), z.unknown()), added: z.array(z.string()), survivorKeys: z.array(z.string()) }),
  split: z.object({ actor: z.string(), alias: z.string(), newId: z.string(), key: z.string(), nameKey: z.string() }),
  rename: z.object({ actor: z.string(), name: z.string(), oldName: z.string(), addedAlias: z.boolean(), addedKey: z.string().nullable() }),
  kind: z.object({ actor: z.string(), to: z.string(), from: z.string() }),
  reject: z.object({ article: z.string(), claim: StoredClaim }),
  add: z.object({ article: z.string(), claim: StoredClaim }),
} satisfies Record<CorrectionKind, z.ZodType>;

/** A Correction as stored: the payload as JSON text, the reason possibly missing. */
const Row = CorrectionSchema.extend({ payload: z.string(), reason: z.string().nullable() });

function toCorrection(raw: unknown): Correction {
  const row = Row.parse(toPlain(raw));
  return { ...row, reason: row.reason ?? '', payload: JSON.parse(row.payload) as Record<string, unknown> };
}

/** What applying a correction did: the payload to keep, and the actors and articles it concerns. */
interface Applied {
  readonly payload: Record<string, unknown>;
  readonly actors: readonly string[];
  readonly articles: readonly string[];
}

const num = (v: unknown): number => Number(toPlain(v) ?? 0);

/** A Java regex that finds the alias as a whole word or phrase, in any case. */
function aliasPattern(alias: string): string {
  return `(?is).*(?<![\\p{L}\\p{N}])\\Q${alias.replace(/\\E/g, '')}\\E(?![\\p{L}\\p{N}]).*`;
}

/** The id of an actor split off `actor` under `alias`: the same prefix, the alias as slug. */
function splitId(actor: string, alias: string): string {
  const prefix = actor.includes(':') ? actor.slice(0, actor.indexOf(':')) : 'actor';
  const slug = actorKey(alias)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}:${slug || 'split'}`;
}

export class CorrectionRepo {
  private readonly cypher: Cypher = new CypherCatalog(STATEMENTS);

  constructor(private readonly db: GraphDb) {}

  async list(filter: { actor?: string | undefined; article?: string | undefined; active?: boolean; limit?: number }): Promise<Correction[]> {
    const res = await this.db.read(this.cypher.get('correction-list'), {
      actor: filter.actor ?? null,
      article: filter.article ?? null,
      active: filter.active ?? false,
      limit: neo4j.int(filter.limit ?? 200),
    });
    return res.records.map((r) => toCorrection(r.get('c')));
  }

  /** The corrections in force that concern any of the actors or articles (for export manifests). */
  async concerning(ids: { actors: readonly string[]; articles: readonly string[] }): Promise<Correction[]> {
    if (ids.actors.length === 0 && ids.articles.length === 0) return [];
    const res = await this.db.read(this.cypher.get('correction-concerning'), { actors: [...ids.actors], articles: [...ids.articles] });
    return res.records.map((r) => toCorrection(r.get('c')));
  }

  /** Applies the correction and records it, in one transaction. */
  async create(input: CorrectionInput, by: string): Promise<Correction> {
    const id = `correction:${randomUUID()}`;
    await this.db.writeTx(async (tx) => {
      const applied = await this.apply(tx, input);
      await tx.run(this.cypher.get('correction-create'), {
        id,
        kind: input.kind,
        payload: JSON.stringify(applied.payload),
        by,
        reason: input.reason,
        actors: [...new Set(applied.actors)],
        articles: [...new Set(applied.articles)],
      });
    }, `correction ${input.kind}`);
    return this.get(id);
  }

  async get(id: string): Promise<Correction> {
    const res = await this.db.read(this.cypher.get('correction-get'), { id });
    const rec = res.records[0];
    if (!rec) throw new AppError('NOT_FOUND', `no correction ${id}`);
    return toCorrection(rec.get('c'));
  }

  /** Applies the inverse of a correction and marks it undone. */
  async undo(id: string, by: string, reason: string): Promise<Correction> {
    const c = await this.get(id);
    if (c.undoneAt !== null) throw new AppError('CONFLICT', `${id} was undone already (${c.undoneAt})`);
    await this.db.writeTx(async (tx) => {
      await this.inverse(tx, c);
      await tx.run(this.cypher.get('correction-mark-undone'), { id, by, reason });
    }, `undo ${c.kind}`);
    return this.get(id);
  }

  /**
   * Runs every correction in force again for an article just written (in the
   * load's transaction): what the load brought back (a rejected claim, an
   * absorbed actor, a split alias) is corrected again. Returns how many
   * corrections changed something.
   */
  async reapply(tx: ManagedTransaction, articleId: string): Promise<number> {
    const res = await tx.run(this.cypher.get('correction-active-for'), { article: articleId });
    let changed = 0;
    for (const rec of res.records) {
      const c = Row.pick({ id: true, kind: true, payload: true }).parse(toPlain(rec.get('c')));
      if (await this.again(tx, c.kind, JSON.parse(c.payload) as unknown, articleId)) changed++;
    }
    return changed;
  }

  private async actorExists(tx: ManagedTransaction, id: string): Promise<boolean> {
    const res = await tx.run(this.cypher.get('actor-exists'), { id });
    return num(res.records[0]?.get('n')) > 0;
  }

  private async requireActor(tx: ManagedTransaction, id: string): Promise<void> {
    if (!(await this.actorExists(tx, id))) throw new AppError('NOT_FOUND', `no actor ${id}`);
  }

  private async apply(tx: ManagedTransaction, input: CorrectionInput): Promise<Applied> {
    switch (input.kind) {
      case 'merge':
        return this.merge(tx, input.survivor, input.absorbed);
      case 'split':
        return this.split(tx, input.actor, input.alias);
      case 'rename':
        return this.rename(tx, input.actor, input.name);
      case 'kind': {
        await this.requireActor(tx, input.actor);
        const res = await tx.run(this.cypher.get('correction-set-actor'), {
      kinds: [...KINDS], id: input.actor, name: null, kind: input.to, addAliases: [], dropAliases: [], addKeys: [], dropKeys: [] });
        const from = String(res.records[0]?.get('oldKind') ?? '');
        if (from === input.to) throw new AppError('CONFLICT', `${input.actor} is a ${from} already`);
        return { payload: { actor: input.actor, to: input.to, from }, actors: [input.actor], articles: [] };
      }
      case 'reject': {
        const res = await tx.run(this.cypher.get('correction-reject-claim'), { articleId: input.article, claimId: input.claim });
        const rec = res.records[0];
        if (!rec) throw new AppError('NOT_FOUND', `article ${input.article} has no claim ${input.claim}`);
        const claim = StoredClaim.parse(toPlain(rec.toObject()));
        return { payload: { article: input.article, claim }, actors: [claim.source, claim.target], articles: [input.article] };
      }
      case 'add':
        return this.add(tx, input);
    }
  }

  private async merge(tx: ManagedTransaction, survivor: string, absorbed: string): Promise<Applied> {
    if (survivor === absorbed) throw new AppError('BAD_REQUEST', 'an actor cannot be merged into itself');
    await this.requireActor(tx, survivor);
    await this.requireActor(tx, absorbed);
    const state = await tx.run(this.cypher.get('correction-actor-state'), { id: survivor });
    const survivorKeys = z.array(z.string()).parse(toPlain(state.records[0]?.get('keys') ?? []));
    const articles = await this.articlesOf(tx, absorbed);
    const res = await tx.run(this.cypher.get('correction-merge'), { survivor, absorbed });
    const rec = res.records[0];
    if (!rec) throw new AppError('CONFLICT', `${absorbed} could not be merged into ${survivor}`);
    const snapshot = z.record(z.string(), z.unknown()).parse(toPlain(rec.get('snapshot')));
    const added = z.array(z.string()).parse(toPlain(rec.get('added')));
    return { payload: { survivor, absorbed, snapshot, added, survivorKeys }, actors: [survivor, absorbed], articles };
  }

  private async articlesOf(tx: ManagedTransaction, actor: string): Promise<string[]> {
    const res = await tx.run(this.cypher.get('correction-articles-of'), { id: actor });
    return z.array(z.string()).parse(toPlain(res.records[0]?.get('ids') ?? []));
  }

  private async split(tx: ManagedTransaction, actor: string, alias: string): Promise<Applied> {
    const res0 = await tx.run(this.cypher.get('correction-actor-state'), { id: actor });
    const rec0 = res0.records[0];
    if (!rec0) throw new AppError('NOT_FOUND', `no actor ${actor}`);
    const name = String(rec0.get('name'));
    const aliases = z.array(z.string()).parse(toPlain(rec0.get('aliases')));
    if (!aliases.includes(alias)) throw new AppError('BAD_REQUEST', `${actor} has no alias ${JSON.stringify(alias)} (aliases: ${aliases.map((a) => JSON.stringify(a)).join(', ') || 'none'})`);
    let newId = splitId(actor, alias);
    for (let i = 2; (await this.actorExists(tx, newId)) || newId === actor; i++) newId = `${splitId(actor, alias)}-${i}`;
    const payload = { actor, alias, newId, key: actorKey(alias), nameKey: actorKey(name) };
    await this.runSplit(tx, payload, null);
    const articles = await this.articlesOf(tx, newId);
    return { payload, actors: [actor, newId], articles };
  }

  private async runSplit(tx: ManagedTransaction, p: z.infer<typeof Payloads.split>, article: string | null): Promise<number> {
    const res = await tx.run(this.cypher.get('correction-split'), {
      actorId: p.actor,
      newId: p.newId,
      alias: p.alias,
      key: p.key,
      nameKey: p.nameKey,
      pattern: aliasPattern(p.alias),
      article,
    });
    const rec = res.records[0];
    return rec ? num(rec.get('moved')) + (rec.get('hadAlias') === true ? 1 : 0) : 0;
  }

  private async rename(tx: ManagedTransaction, actor: string, name: string): Promise<Applied> {
    const res0 = await tx.run(this.cypher.get('correction-actor-state'), { id: actor });
    const rec0 = res0.records[0];
    if (!rec0) throw new AppError('NOT_FOUND', `no actor ${actor}`);
    const oldName = String(rec0.get('name'));
    if (oldName === name) throw new AppError('CONFLICT', `${actor} is called ${name} already`);
    const aliases = z.array(z.string()).parse(toPlain(rec0.get('aliases')));
    const keys = z.array(z.string()).parse(toPlain(rec0.get('keys')));
    const addedAlias = !aliases.includes(oldName);
    const key = actorKey(name);
    const addedKey = keys.includes(key) ? null : key;
    // NOTE: the former name stays an alias, so that a later load that writes it still finds this actor.
    await tx.run(this.cypher.get('correction-set-actor'), {
      kinds: [...KINDS],
      id: actor,
      name,
      kind: null,
      addAliases: addedAlias ? [oldName] : [],
      dropAliases: [name],
      addKeys: addedKey === null ? [] : [addedKey],
      dropKeys: [],
    });
    return { payload: { actor, name, oldName, addedAlias, addedKey }, actors: [actor], articles: [] };
  }

  private async add(tx: ManagedTransaction, input: Extract<CorrectionInput, { kind: 'add' }>): Promise<Applied> {
    const res = await tx.run(this.cypher.get('correction-article-text'), { id: input.article });
    const rec = res.records[0];
    if (!rec) throw new AppError('NOT_FOUND', `no article ${input.article}`);
    const text = rec.get('text') as unknown;
    if (typeof text !== 'string') throw new AppError('CONFLICT', `article ${input.article} was loaded without its text: load it again to add claims to it`);
    if (!isSentence(text, input.start, input.end)) {
      throw new AppError('VALIDATION_FAILED', `characters ${input.start}–${input.end} of ${input.article} are not one whole sentence of its text`);
    }
    if (input.source === input.target) throw new AppError('BAD_REQUEST', 'a claim needs two different actors');
    await this.requireActor(tx, input.source);
    await this.requireActor(tx, input.target);
    const evidence = text.slice(input.start, input.end);
    const props = {
      id: `manual:${randomUUID()}`,
      articleId: input.article,
      evidence,
      start: input.start,
      end: input.end,
      when: input.when,
      certainty: 'stated',
      claimedBy: null,
      denies: input.type === 'DENIED' ? 'ATTACKED' : null,
      manual: true,
    };
    const claim: StoredClaim = { source: input.source, target: input.target, type: input.type, props };
    await this.putClaim(tx, input.article, claim);
    return { payload: { article: input.article, claim }, actors: [input.source, input.target], articles: [input.article] };
  }

  private async putClaim(tx: ManagedTransaction, article: string, claim: StoredClaim): Promise<number> {
    const props = Object.fromEntries(Object.entries(claim.props).filter(([, v]) => v !== null));
    const res = await tx.run(this.cypher.get('correction-put-claim'), { articleId: article, source: claim.source, target: claim.target, type: claim.type, props });
    return num(res.records[0]?.get('created') ?? 0);
  }

  private async removeClaim(tx: ManagedTransaction, article: string, claimId: string): Promise<number> {
    const res = await tx.run(this.cypher.get('correction-reject-claim'), { articleId: article, claimId });
    return res.records.length;
  }

  private async inverse(tx: ManagedTransaction, c: Correction): Promise<void> {
    switch (c.kind) {
      case 'merge': {
        const p = Payloads.merge.parse(c.payload);
        if (await this.actorExists(tx, p.absorbed)) throw new AppError('CONFLICT', `${p.absorbed} exists again; undo would make two`);
        const res = await tx.run(this.cypher.get('correction-unmerge'), { survivor: p.survivor, absorbed: p.absorbed, snapshot: p.snapshot, added: p.added, survivorKeys: p.survivorKeys });
        if (res.records.length === 0) throw new AppError('CONFLICT', `${p.survivor} is no longer in the graph (merged or split since?): undo the later corrections first`);
        return;
      }
      case 'split': {
        const p = Payloads.split.parse(c.payload);
        const res = await tx.run(this.cypher.get('correction-unsplit'), { actorId: p.actor, newId: p.newId, alias: p.alias, key: p.key });
        if (res.records.length === 0) throw new AppError('CONFLICT', `${p.actor} or ${p.newId} is no longer in the graph: undo the later corrections first`);
        return;
      }
      case 'rename': {
        const p = Payloads.rename.parse(c.payload);
        await this.requireActor(tx, p.actor);
        await tx.run(this.cypher.get('correction-set-actor'), {
      kinds: [...KINDS],
          id: p.actor,
          name: p.oldName,
          kind: null,
          addAliases: [],
          dropAliases: p.addedAlias ? [p.oldName] : [],
          addKeys: [],
          dropKeys: p.addedKey === null ? [] : [p.addedKey],
        });
        return;
      }
      case 'kind': {
        const p = Payloads.kind.parse(c.payload);
        await this.requireActor(tx, p.actor);
        await tx.run(this.cypher.get('correction-set-actor'), {
      kinds: [...KINDS], id: p.actor, name: null, kind: p.from, addAliases: [], dropAliases: [], addKeys: [], dropKeys: [] });
        return;
      }
      case 'reject': {
        const p = Payloads.reject.parse(c.payload);
        if ((await this.putClaim(tx, p.article, p.claim)) === 0) {
          throw new AppError('CONFLICT', `the claim could not be restored: article ${p.article} or one of its actors is gone, or the claim is back already`);
        }
        return;
      }
      case 'add': {
        const p = Payloads.add.parse(c.payload);
        await this.removeClaim(tx, p.article, String(p.claim.props['id']));
        return;
      }
    }
  }

  /** One correction applied again after `article` was loaded; whether it changed anything. */
  private async again(tx: ManagedTransaction, kind: CorrectionKind, raw: unknown, article: string): Promise<boolean> {
    switch (kind) {
      case 'merge': {
        const p = Payloads.merge.parse(raw);
        if (!(await this.actorExists(tx, p.absorbed))) return false;
        await tx.run(this.cypher.get('correction-merge'), { survivor: p.survivor, absorbed: p.absorbed });
        return true;
      }
      case 'split': {
        const p = Payloads.split.parse(raw);
        if (!(await this.actorExists(tx, p.actor)) || !(await this.actorExists(tx, p.newId))) return false;
        return (await this.runSplit(tx, p, article)) > 0;
      }
      case 'rename': {
        const p = Payloads.rename.parse(raw);
        const res = await tx.run(this.cypher.get('correction-rename-again'), { id: p.actor, name: p.name });
        return res.records.length > 0;
      }
      case 'kind': {
        const p = Payloads.kind.parse(raw);
        const res = await tx.run(this.cypher.get('correction-kind-again'), { id: p.actor, kind: p.to, kinds: [...KINDS] });
        return res.records.length > 0;
      }
      case 'reject': {
        const p = Payloads.reject.parse(raw);
        if (p.article !== article) return false;
        return (await this.removeClaim(tx, p.article, String(p.claim.props['id']))) > 0;
      }
      case 'add': {
        const p = Payloads.add.parse(raw);
        if (p.article !== article) return false;
        return (await this.putClaim(tx, p.article, p.claim)) > 0;
      }
    }
  }
}

/** The article writer the API and `npm run load` use: every load re-applies the corrections in force, in its transaction. */
export function correctedArticleRepo(db: GraphDb, corrections = new CorrectionRepo(db)): ArticleRepo {
  return new ArticleRepo(db, { afterArticleWritten: (tx, articleId) => corrections.reapply(tx, articleId) });
}
