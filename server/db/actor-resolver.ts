// Actor resolution for bulk loads, in memory: the ids and name keys of every
// actor in the graph are read once per load, so that each incoming actor is
// matched without a database round trip (the single-article path asks the
// full-text index instead; the rule is the same: the same id, or else an actor
// of the same kind that shares a name or alias key).

export interface ResolvableActor {
  readonly id: string;
  readonly kind: string;
  readonly keys: readonly string[];
}

export class ActorResolver {
  private readonly ids = new Set<string>();
  /** `kind|key` → the first actor id that claimed it. */
  private readonly byKey = new Map<string, string>();

  static of(known: Iterable<ResolvableActor>): ActorResolver {
    const r = new ActorResolver();
    for (const a of known) r.add(a);
    return r;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Records an actor as present; its keys point at it unless another actor has them. */
  add(a: ResolvableActor): void {
    this.ids.add(a.id);
    for (const k of a.keys) {
      const slot = `${a.kind}|${k}`;
      if (!this.byKey.has(slot)) this.byKey.set(slot, a.id);
    }
  }

  /** The id an incoming actor is stored under; records it so later articles of the load find it. */
  resolve(a: ResolvableActor): string {
    if (this.ids.has(a.id)) {
      this.add(a);
      return a.id;
    }
    for (const k of a.keys) {
      const found = this.byKey.get(`${a.kind}|${k}`);
      if (found !== undefined) {
        // NOTE: the writer merges the incoming keys into the found actor; so do we.
        this.add({ ...a, id: found });
        return found;
      }
    }
    this.add(a);
    return a.id;
  }
}
