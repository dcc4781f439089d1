// Actor resolution: where each incoming actor of an article is stored. Both
// write paths use it — bulk loads over the ids, keys and states of every actor
// in the graph, read once per load; one-article writes over the candidates the
// full-text index finds for that article — so the rule is the same:
//   - the same id, unless it is a body of another state (two states'
//     "Embassy in London"): that one goes to the id named for its state;
//   - else an actor of the same kind with the same canonical name key, or one
//     that shares a specific name (actor-identity.ts: never "Foreign
//     Ministry"), and, for bodies and people, the same state when both have
//     one; an actor without a state that would fit actors of several states
//     joins none of them;
//   - else a new actor under its own id.
// It also tells whether an actor brings anything the graph lacks, so that the
// writer sends only new actors and new names, and whether it was known.
import { actorKey } from '../graph/actor-keys.ts';
import { STATE_KINDS } from './actor-identity.ts';
import type { ActorKind } from '../extract/types.ts';

/** An actor as the graph has it. */
export interface KnownActor {
  readonly id: string;
  readonly kind: string;
  /** Key of the canonical name ('' when unknown). */
  readonly nameKey: string;
  /** Keys of its specific names. */
  readonly idKeys: readonly string[];
  /** The Country it belongs to (bodies and people), or null. */
  readonly state: string | null;
  /** Keys of all its names. */
  readonly keys: readonly string[];
  /** Every name it is known by, canonical name included. */
  readonly aliases: readonly string[];
}

/** An actor of an article, as actor-identity.ts describes it; `state` is an id of the same article. */
export interface IncomingActor extends KnownActor {
  readonly name: string;
  readonly ofState: { readonly id: string; readonly name: string } | null;
}

/** Where an incoming actor goes, and the row that writes it there (its names, keys and resolved state). */
export interface Resolution extends KnownActor {
  /** The id the actor is stored under. */
  readonly id: string;
  /** The name it is created under if new (its own, or its state's body name). */
  readonly name: string;
  /** The actor is new, or adds keys, names or its state to the one it resolved to. */
  readonly changed: boolean;
  /** The id was known before (in the graph, or written by an earlier article of the load). */
  readonly known: boolean;
}

interface Entry {
  readonly kind: string;
  state: string | null;
  readonly keys: string[];
  readonly idKeys: string[];
  readonly aliases: string[];
}

/** Ids under one key: one string for the common case (memory), an array when several share it. */
type Ids = string | string[];

const hasState = (kind: string): boolean => STATE_KINDS.has(kind as ActorKind);

/** Whether two actors may be one by their states: not bodies or people of two different states. */
const statesAgree = (kind: string, a: string | null, b: string | null): boolean => !hasState(kind) || a === null || b === null || a === b;

function addTo(a: string[], values: readonly string[]): boolean {
  let added = false;
  for (const v of values)
    if (!a.includes(v)) {
      a.push(v);
      added = true;
    }
  return added;
}

const rowOf = (a: KnownActor, aliases: readonly string[]): KnownActor => ({ id: a.id, kind: a.kind, nameKey: a.nameKey, idKeys: a.idKeys, state: a.state, keys: a.keys, aliases });

// NOTE: plain arrays and maps per kind, not a Set per actor and `kind|key`
// strings: a million-name graph must fit in a few hundred MiB of heap.
export class ActorResolver {
  private readonly entries = new Map<string, Entry>();
  /** kind → name key → ids whose canonical name has it. */
  private readonly byName = new Map<string, Map<string, Ids>>();
  /** kind → specific key → ids that have a name with it. */
  private readonly byKey = new Map<string, Map<string, Ids>>();

  static of(known: Iterable<KnownActor>): ActorResolver {
    const r = new ActorResolver();
    for (const a of known) r.create(a.id, a);
    return r;
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The state recorded for an actor, if any. */
  stateOf(id: string): string | null {
    return this.entries.get(id)?.state ?? null;
  }

  /**
   * Resolves the actors of one article, countries and other stateless kinds
   * first, so that a body's or a person's state is compared as the graph's
   * country it resolved to. Records them, so that later articles of a load
   * find them. Keyed by incoming id.
   */
  resolveArticle(actors: readonly IncomingActor[]): Map<string, Resolution> {
    const out = new Map<string, Resolution>();
    for (const a of actors) if (!hasState(a.kind)) out.set(a.id, this.resolve(a));
    for (const a of actors) {
      if (!hasState(a.kind)) continue;
      const state = a.state === null ? null : (out.get(a.state)?.id ?? a.state);
      out.set(a.id, this.resolve({ ...a, state }));
    }
    return out;
  }

  /** Where one incoming actor goes (its state already resolved); records it. */
  resolve(a: IncomingActor): Resolution {
    const same = this.entries.get(a.id);
    // NOTE: one id is one person whatever the links say (the extractor's are noisy); a body's id may be
    // a bare name that several states' bodies have ("Embassy in London").
    if (same && (a.kind !== 'GovernmentBody' || statesAgree(a.kind, same.state, a.state))) return this.into(a.id, a);
    let target = a;
    if (same && a.ofState) {
      const there = this.entries.get(a.ofState.id);
      const key = actorKey(a.ofState.name);
      const named = { ...a, id: a.ofState.id, name: a.ofState.name, nameKey: key, aliases: [a.name, ...a.aliases], keys: [...new Set([key, ...a.keys])], idKeys: [...new Set([key, ...a.idKeys])] };
      if (there && statesAgree(a.kind, there.state, a.state)) return this.into(named.id, named);
      target = named;
    } else if (same) return this.into(a.id, a);
    const found = this.candidate(target);
    return found === null ? this.create(target.id, target) : this.into(found, target);
  }

  /** The known actor an incoming one with another id is, if the evidence says so. */
  private candidate(a: IncomingActor): string | null {
    const ids: string[] = [];
    const push = (v: Ids | undefined): void => {
      for (const id of typeof v === 'string' ? [v] : (v ?? [])) if (!ids.includes(id)) ids.push(id);
    };
    if (a.nameKey !== '') push(this.byName.get(a.kind)?.get(a.nameKey));
    const keys = this.byKey.get(a.kind);
    for (const k of a.idKeys) push(keys?.get(k));
    const fits = ids.filter((id) => {
      const e = this.entries.get(id);
      return e !== undefined && e.kind === a.kind && statesAgree(a.kind, e.state, a.state);
    });
    if (fits.length === 0) return null;
    if (hasState(a.kind) && a.state === null) {
      const states = new Set(fits.map((id) => this.entries.get(id)?.state).filter((s) => s !== null && s !== undefined));
      if (states.size > 1) return null;
    }
    return fits[0] ?? null;
  }

  private index(map: Map<string, Map<string, Ids>>, kind: string, key: string, id: string): void {
    let m = map.get(kind);
    if (!m) map.set(kind, (m = new Map<string, Ids>()));
    const had = m.get(key);
    if (had === undefined) m.set(key, id);
    else if (typeof had === 'string') {
      if (had !== id) m.set(key, [had, id]);
    } else if (!had.includes(id)) had.push(id);
  }

  private create(id: string, a: KnownActor & { readonly name?: string }): Resolution {
    const aliases = [...new Set([...(a.name === undefined ? [] : [a.name]), ...a.aliases])];
    this.entries.set(id, { kind: a.kind, state: a.state, keys: [...a.keys], idKeys: [...a.idKeys], aliases });
    if (a.nameKey !== '') this.index(this.byName, a.kind, a.nameKey, id);
    for (const k of a.idKeys) this.index(this.byKey, a.kind, k, id);
    return { ...rowOf(a, aliases), id, name: a.name ?? '', changed: true, known: false };
  }

  /** Merges an incoming actor's names and state into the known actor `id`. */
  private into(id: string, a: IncomingActor): Resolution {
    const e = this.entries.get(id) as Entry;
    const aliases = [...new Set([a.name, ...a.aliases])];
    let changed = addTo(e.keys, a.keys);
    changed = addTo(e.aliases, aliases) || changed;
    const newKeys = a.idKeys.filter((k) => !e.idKeys.includes(k));
    if (newKeys.length > 0) {
      addTo(e.idKeys, newKeys);
      for (const k of newKeys) this.index(this.byKey, e.kind, k, id);
      changed = true;
    }
    if (e.state === null && a.state !== null) {
      e.state = a.state;
      changed = true;
    }
    return { ...rowOf(a, aliases), id, name: a.name, changed, known: true };
  }
}
