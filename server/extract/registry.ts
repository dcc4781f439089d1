// The actors of one article: one canonical record per actor, every surface form
// kept as an alias, and the affiliations (body → state, person → body/state)
// that later let an event of a body count for its state too.
import type { ActorKind } from './types.ts';
import { actorKey } from '../graph/actor-keys.ts';

export type Affiliation = 'PART_OF' | 'LEADS' | 'SPEAKS_FOR';

export interface ActorRecord {
  readonly key: string;
  readonly kind: ActorKind;
  name: string;
  readonly aliases: Set<string>;
  mentions: number;
  /** The actor it belongs to, and how (a body PART_OF its state; a spokesman SPEAKS_FOR it). */
  parent: { key: string; type: Affiliation; sentence: number } | null;
  /** For an embassy or mission: the host country key. */
  host: string | null;
  /** Index of the first sentence that mentions it. */
  firstSentence: number;
  /** Index of the last sentence that mentioned it so far. */
  lastSeen: number;
}

const normCache = new Map<string, string>();

/** Normalises a surface form for alias lookup (as the scorer does). */
export function normName(s: string): string {
  let n = normCache.get(s);
  if (n === undefined) {
    n = actorKey(s);
    if (normCache.size > 50_000) normCache.clear(); // bounded: a long-running server sees many names
    normCache.set(s, n);
  }
  return n;
}

export class ActorRegistry {
  private readonly records = new Map<string, ActorRecord>();
  private readonly redirects = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly ambiguous = new Set<string>();

  /** The record a key ends at after merges. */
  resolve(key: string): string {
    let k = key;
    for (let next = this.redirects.get(k); next !== undefined; next = this.redirects.get(k)) k = next;
    return k;
  }

  get(key: string): ActorRecord | undefined {
    return this.records.get(this.resolve(key));
  }

  /** Creates (or finds) the actor under `key`, recording `surface` as an alias. */
  ensure(key: string, kind: ActorKind, name: string, surface: string, sentence: number): ActorRecord {
    const k = this.resolve(key);
    let rec = this.records.get(k);
    if (!rec) {
      rec = { key: k, kind, name, aliases: new Set(), mentions: 0, parent: null, host: null, firstSentence: sentence, lastSeen: sentence };
      this.records.set(k, rec);
      this.byAlias.set(normName(name), k);
    }
    this.addAlias(k, surface);
    return rec;
  }

  addAlias(key: string, surface: string): void {
    const rec = this.get(key);
    const clean = surface.replace(/\s+/g, ' ').trim();
    if (!rec || clean.length === 0) return;
    if (clean !== rec.name) rec.aliases.add(clean);
    const n = normName(clean);
    if (!this.byAlias.has(n)) this.byAlias.set(n, rec.key);
  }

  /**
   * Lets a short form (a surname, a company's first word) find the actor if no
   * other actor uses it. It becomes a visible alias only once the text uses it.
   */
  addAliasIfFree(key: string, surface: string): void {
    const n = normName(surface);
    const owner = this.byAlias.get(n);
    if (owner === undefined) this.byAlias.set(n, this.resolve(key));
    else if (this.resolve(owner) !== this.resolve(key)) this.ambiguous.add(n);
  }

  /** The actor a surface form was already seen for. */
  lookup(surface: string): ActorRecord | undefined {
    const n = normName(surface);
    const k = this.ambiguous.has(n) ? undefined : this.byAlias.get(n);
    return k === undefined ? undefined : this.get(k);
  }

  /** Merges `from` into `into` (an acronym into its long form, an apposition into its head). */
  merge(into: string, from: string): void {
    const a = this.resolve(into);
    const b = this.resolve(from);
    if (a === b) return;
    const ra = this.records.get(a);
    const rb = this.records.get(b);
    if (!ra || !rb) return;
    // Countries never merge with anything else: the scorer treats that as one wrong node.
    if (ra.kind === 'Country' || rb.kind === 'Country') return;
    ra.aliases.add(rb.name);
    for (const al of rb.aliases) ra.aliases.add(al);
    ra.mentions += rb.mentions;
    ra.parent ??= rb.parent;
    ra.host ??= rb.host;
    ra.firstSentence = Math.min(ra.firstSentence, rb.firstSentence);
    this.records.delete(b);
    this.redirects.set(b, a);
    for (const [n, k] of this.byAlias) if (k === b) this.byAlias.set(n, a);
  }

  setParent(key: string, parent: string, type: Affiliation, sentence: number): void {
    const rec = this.get(key);
    const p = this.resolve(parent);
    if (!rec || rec.key === p || rec.parent) return;
    rec.parent = { key: p, type, sentence };
  }

  /** The country an actor ultimately belongs to (itself for a country), if known. */
  stateOf(key: string): string | null {
    let rec = this.get(key);
    for (let hops = 0; rec && hops < 6; hops++) {
      if (rec.kind === 'Country') return rec.key;
      rec = rec.parent ? this.get(rec.parent.key) : undefined;
    }
    return null;
  }

  /** Every actor from `key` up its affiliation chain (itself first). */
  chain(key: string): string[] {
    const out: string[] = [];
    let rec = this.get(key);
    for (let hops = 0; rec && hops < 6 && !out.includes(rec.key); hops++) {
      out.push(rec.key);
      rec = rec.parent ? this.get(rec.parent.key) : undefined;
    }
    return out;
  }

  all(): ActorRecord[] {
    return [...this.records.values()];
  }
}
