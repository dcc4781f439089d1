// What the writer compares when it decides whether an incoming actor is one
// already in the graph (DESIGN.md, "Graph model"): the key of its canonical
// name, the keys of its specific names (server/extract/actors/generic-names.ts:
// never "Foreign Ministry" or "the president"), and for bodies and people the
// state it belongs to — from the article's PART_OF/LEADS/SPEAKS_FOR links to a
// country (or to a body of one), or, for a body, the state its name names.
import { isGenericName, stateNamedIn } from '../extract/actors/generic-names.ts';
import { statePrefix } from '../extract/actors/body-names.ts';
import { actorId } from '../extract/ids.ts';
import { LINK_TYPES } from '../extract/types.ts';
import type { ActorKind, ExtractedActor, Extraction } from '../extract/types.ts';
import { actorKey } from '../graph/actor-keys.ts';

export interface ActorIdentity {
  /** Key of the canonical name. */
  readonly nameKey: string;
  /** Keys of the names (canonical and aliases) that are specific: an actor of another article sharing one is this one. */
  readonly idKeys: readonly string[];
  /** For bodies and people: the id, in this article, of the Country it belongs to; else null. */
  readonly state: string | null;
  /** For a body with a state: the id and name it takes when another state's body already holds its id ("Embassy in London"). */
  readonly ofState: { readonly id: string; readonly name: string } | null;
}

/** Kinds whose identity includes the state they belong to. */
export const STATE_KINDS: ReadonlySet<ActorKind> = new Set(['GovernmentBody', 'Person']);

const LINKS: ReadonlySet<string> = new Set(LINK_TYPES);

/** The keys of the specific names among `names`. */
export function specificKeys(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => !isGenericName(n)).map(actorKey).filter((k) => k.length > 0))];
}

/** The one value of a set, or null when it has none or several (links that disagree are no evidence). */
const only = (s: ReadonlySet<string>): string | null => (s.size === 1 ? ([...s][0] as string) : null);

/** The identity of every actor of an extraction, by the actor's id in it. */
export function actorIdentities(x: Extraction): Map<string, ActorIdentity> {
  const byId = new Map<string, ExtractedActor>(x.nodes.map((n) => [n.id, n]));
  const linked = new Map<string, Set<string>>();
  for (const r of x.relationships) {
    if (!LINKS.has(r.type)) continue;
    const set = linked.get(r.source) ?? new Set<string>();
    linked.set(r.source, set.add(r.target));
  }
  const states = new Map<string, string | null>();
  const stateOf = (a: ExtractedActor): string | null => {
    if (!STATE_KINDS.has(a.kind)) return null;
    if (states.has(a.id)) return states.get(a.id) ?? null;
    states.set(a.id, null); // NOTE: guards against a cycle of links between bodies and people.
    const named = a.kind === 'GovernmentBody' ? stateNamedIn(a.name) : null;
    let state = named === null ? null : actorId('Country', named);
    if (state === null) {
      const via = new Set<string>();
      for (const t of linked.get(a.id) ?? []) {
        const target = byId.get(t);
        if (target?.kind === 'Country') via.add(target.id);
        else if (target && target.kind === 'GovernmentBody') {
          const s = stateOf(target);
          if (s) via.add(s);
        }
      }
      state = only(via);
    }
    states.set(a.id, state);
    return state;
  };
  const out = new Map<string, ActorIdentity>();
  for (const a of x.nodes) {
    const state = stateOf(a);
    const stateName = state === null ? null : (byId.get(state)?.name ?? state.replace(/^country:/, ''));
    // NOTE: a body whose name names its state ("Iranian Foreign Ministry") has that state wherever its id occurs.
    const ofState = a.kind === 'GovernmentBody' && stateName !== null && stateNamedIn(a.name) === null ? ofStateName(a.name, stateName) : null;
    out.set(a.id, { nameKey: actorKey(a.name), idKeys: specificKeys([a.name, ...a.aliases]), state, ofState });
  }
  return out;
}

/** "Embassy in London" of Russia: "Russian Embassy in London", `body:russian-embassy-in-london`. */
function ofStateName(name: string, stateName: string): { id: string; name: string } {
  const full = `${statePrefix(stateName)} ${name}`;
  return { id: actorId('GovernmentBody', full), name: full };
}

/**
 * The identity of an actor written before the graph kept one, from its names
 * and the countries it is linked to: a body's own name's state first, else
 * the one country its links agree on.
 */
export function storedIdentity(a: { kind: string; name: string; aliases: readonly string[]; linkedStates: readonly string[] }): Omit<ActorIdentity, 'ofState'> {
  let state: string | null = null;
  if (STATE_KINDS.has(a.kind as ActorKind)) {
    const named = a.kind === 'GovernmentBody' ? stateNamedIn(a.name) : null;
    state = named === null ? only(new Set(a.linkedStates)) : actorId('Country', named);
  }
  return { nameKey: actorKey(a.name), idKeys: specificKeys([a.name, ...a.aliases]), state };
}
