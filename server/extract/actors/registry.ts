// The actors of one article: one record per distinct actor, with every
// surface form the text uses for it. Records are found by identity key
// (kind + state + folded name), so that "Iran's foreign ministry" and the
// "Iranian Foreign Ministry" are one record and the Russian one another.
// Merging is conservative: two records join only on an exact key, a
// parenthesised acronym, or a surname of a person named in full.
import type { ActorKind, LinkType } from '../types.ts';
import { bodyKey } from './body-names.ts';

export interface ActorRec {
  readonly key: string;
  kind: ActorKind;
  name: string;
  readonly aliases: Set<string>;
  /** Key of the Country record this actor belongs to (bodies, officials, armed forces). */
  state: string | null;
  /** How it belongs to `state` or `parent`, with the sentence that says so. */
  link: { readonly type: LinkType; readonly target: string; readonly sentence: number } | null;
  mentions: number;
  readonly firstSentence: number;
  /** Only a weak name (capitalised words, no entity tag): kept only if an event uses it. */
  weak: boolean;
  /** Common nouns the text describes it with ("flight", "company", "militia"): later "the company" finds it. */
  readonly cues: Set<string>;
  /** A person's title of office as written ("Treasury Secretary"), lower case. */
  office: string | null;
}

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

/** Normalised surface form for alias lookups (case, dots, apostrophes, leading "the"). */
export const surfaceKey = (s: string): string => fold(s.replace(/^the\s+/i, ''));

/**
 * Whether two actors are on one side by their recorded states: the same actor, one the state of the other, or
 * two of one state ("Iran" and "Iran's foreign ministry"; the ministry and the Iranian envoy).
 */
export function sameStateSide(a: ActorRec, b: ActorRec): boolean {
  return a === b || a.state === b.key || b.state === a.key || (a.state !== null && a.state === b.state);
}

export class ActorRegistry {
  private readonly byKey = new Map<string, ActorRec>();
  private readonly redirects = new Map<string, string>();

  static countryKey(country: string): string {
    return `Country|${fold(country)}`;
  }

  static keyOf(kind: ActorKind, name: string, state: string | null): string {
    if (kind === 'Country') return ActorRegistry.countryKey(name);
    if (kind === 'GovernmentBody') return `GovernmentBody|${state ?? ''}|${bodyKey(name)}`;
    return `${kind}|${fold(name)}`;
  }

  get(key: string): ActorRec | undefined {
    return this.byKey.get(this.resolve(key));
  }

  resolve(key: string): string {
    let k = key;
    for (let n = 0; n < 20 && this.redirects.has(k); n++) k = this.redirects.get(k) as string;
    return k;
  }

  all(): ActorRec[] {
    return [...this.byKey.values()];
  }

  /** The record of this identity, created on first use; `surface` is added to its aliases. */
  ensure(kind: ActorKind, name: string, state: string | null, surface: string, sentence: number, weak = false): ActorRec {
    const key = ActorRegistry.keyOf(kind, name, state);
    const existing = this.get(key);
    if (existing) {
      existing.aliases.add(surface);
      if (!weak) existing.weak = false;
      return existing;
    }
    const rec: ActorRec = { key, kind, name, aliases: new Set([name, surface]), state, link: null, mentions: 0, firstSentence: sentence, weak, cues: new Set(), office: null };
    this.byKey.set(key, rec);
    return rec;
  }

  country(name: string, surface: string, sentence: number): ActorRec {
    return this.ensure('Country', name, null, surface, sentence);
  }

  /** Folds `from` into `into`: aliases and mentions join, `from`'s key redirects. */
  merge(into: ActorRec, from: ActorRec): ActorRec {
    if (into.key === from.key) return into;
    for (const a of from.aliases) into.aliases.add(a);
    into.mentions += from.mentions;
    into.state ??= from.state;
    into.link ??= from.link;
    into.weak &&= from.weak;
    for (const c of from.cues) into.cues.add(c);
    into.office ??= from.office;
    this.byKey.delete(from.key);
    this.redirects.set(from.key, into.key);
    return into;
  }

  /** Records whose aliases include `surface` (normalised). */
  byAlias(surface: string): ActorRec[] {
    const k = surfaceKey(surface);
    return this.all().filter((r) => [...r.aliases].some((a) => surfaceKey(a) === k));
  }
}
