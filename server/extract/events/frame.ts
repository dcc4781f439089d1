// The shape of one event frame: a trigger, the constraints that make it an
// event of its type, and the dependency roles that give its source and target.
// The rows themselves are data (frames.ts); match.ts applies them.
import type { EventType } from '../types.ts';

/**
 * Where an argument is found, read from the trigger:
 * - `subject` / `object`: the clause's doer and patient, voice-aware ("X attacked Y", "Y was attacked by X");
 * - `obl:on`, `nmod:against`, ...: the trigger's dependent with that relation and preposition;
 * - `object:nmod:on`, ...: that dependent of the trigger's object ("imposed sanctions on X");
 * - `object:owner`: whoever owns the object ("froze the assets of X", "property belonging to X");
 * - `poss`, `by`, `modifier`: a noun trigger's possessor, by-phrase, or actor premodifier ("Russia's / U.S. sanctions");
 * - `light`: the doer of the verb that governs a noun trigger ("X launched an attack", "sanctions imposed by X");
 * - `speaker`: the one who says the sentence's clause ("the Treasury said the assets are blocked");
 * - `previous`: the doer of the last event of the same type, a sentence or two back ("Ten officials were also designated").
 */
export type Role =
  | 'subject'
  | 'object'
  | 'iobj'
  /** The grammatical subject as it stands, for nouns in a copular clause ("Y is on the list"). */
  | 'nsubj'
  /** Raw relations of the trigger, for triggers the tagger misreads ("the sanctions target X" with "target" as a noun). */
  | 'obj'
  | 'dep'
  | 'appos'
  | `obl:${string}`
  | `nmod:${string}`
  | `object:nmod:${string}`
  /** That dependent of the verb governing a noun trigger ("sanctions imposed by X on Y"). */
  | `verb:${string}`
  | 'object:owner'
  | 'poss'
  | 'by'
  | 'modifier'
  | 'light'
  | 'speaker'
  | 'previous'
  /** Objects of an attack verb in a clause on a noun trigger: "a campaign that compromised X", "the intrusions, which hit X". */
  | 'clause';

/** Something besides the trigger that must be there ("order X out", "declare X persona non grata"). */
export type Need =
  /** A particle, adverb or preposition attached to the trigger ("out", "down", "off", "home"). */
  | { readonly particle: readonly string[] }
  /** An open clause or adverbial clause of the trigger headed by one of these lemmas ("ordered X to leave"). */
  | { readonly clause: readonly string[] }
  /** One of these words within the trigger's phrase ("persona non grata"). */
  | { readonly word: readonly string[] };

export interface Frame {
  readonly type: EventType;
  /** The English the row matches, as a reader would say it. */
  readonly reads: string;
  /** Trigger lemmas; `pos` says whether they are verbs or nouns. */
  readonly lemmas: readonly string[];
  readonly pos: 'verb' | 'noun';
  /** Light-verb rows: the head of the trigger's object (or its `objectRel` dependent) must be one of these lemmas. */
  readonly object?: readonly string[];
  /** The relation of the required object; default the object (voice-aware). */
  readonly objectRel?: string;
  readonly needs?: readonly Need[];
  /** Alternatives in order: the first role that yields actors gives the sources. */
  readonly source: readonly Role[];
  readonly target: readonly Role[];
}
