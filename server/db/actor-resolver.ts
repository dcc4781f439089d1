// Actor resolution for bulk loads, in memory: the ids, name keys and aliases
// of every actor in the graph are read once per load, so that each incoming
// actor is matched without a database round trip (the single-article path
// asks the full-text index instead; the rule is the same: the same id, or
// else an actor of the same kind that shares a name or alias key). It also
// tells whether an actor brings anything the graph lacks, so that the writer
// sends only new actors and new aliases.

export interface ResolvableActor {
  readonly id: string;
  readonly kind: string;
  readonly keys: readonly string[];
  readonly aliases: readonly string[];
}

export interface Resolution {
  /** The id the actor is stored under. */
  readonly id: string;
  /** The actor is new, or adds keys or aliases to the one it resolved to. */
  readonly changed: boolean;
}

// NOTE: plain arrays and a map per kind, not a Set per actor and `kind|key`
// strings: a million-name graph must fit in a few hundred MiB of heap.
export class ActorResolver {
  /** id → the keys and aliases the graph has for it. */
  private readonly names = new Map<string, { keys: string[]; aliases: string[] }>();
  /** kind → key → the first actor id that claimed it. */
  private readonly byKey = new Map<string, Map<string, string>>();

  static of(known: Iterable<ResolvableActor>): ActorResolver {
    const r = new ActorResolver();
    for (const a of known) r.add(a.id, a);
    return r;
  }

  get size(): number {
    return this.names.size;
  }

  /** Records an actor's keys and aliases under `id`; says whether any was new. */
  private add(id: string, a: ResolvableActor): boolean {
    let known = this.names.get(id);
    let changed = known === undefined;
    if (!known) this.names.set(id, (known = { keys: [], aliases: [] }));
    let keys = this.byKey.get(a.kind);
    if (!keys) this.byKey.set(a.kind, (keys = new Map<string, string>()));
    for (const k of a.keys) {
      if (!keys.has(k)) keys.set(k, id);
      if (!known.keys.includes(k)) {
        known.keys.push(k);
        changed = true;
      }
    }
    for (const n of a.aliases)
      if (!known.aliases.includes(n)) {
        known.aliases.push(n);
        changed = true;
      }
    return changed;
  }

  /** Where an incoming actor goes; records it so that later articles of the load find it. */
  resolve(a: ResolvableActor): Resolution {
    if (!this.names.has(a.id)) {
      const keys = this.byKey.get(a.kind);
      for (const k of a.keys) {
        const found = keys?.get(k);
        // NOTE: the writer merges the incoming keys and aliases into the found actor; so do we.
        if (found !== undefined) return { id: found, changed: this.add(found, a) };
      }
    }
    return { id: a.id, changed: this.add(a.id, a) };
  }
}
