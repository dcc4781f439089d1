// What a phrase denotes: an actor, how the phrase reaches it (its name, the
// state's government, its people, its weapons ...), and the context the
// readers of actor phrases share.
import type { ActorRec, ActorRegistry } from './registry.ts';
import type { Salience } from './salience.ts';

export type Via = 'name' | 'government' | 'body' | 'forces' | 'people' | 'weapon' | 'thing' | 'pronoun' | 'description' | 'modifier';

export interface Denotation {
  readonly rec: ActorRec;
  readonly via: Via;
  /** The head token of the phrase. */
  readonly head: number;
  /** For a state's or owner's people, weapons and things: the modifier token that names the owner ("Russian" in "Russian diplomats"). */
  readonly from?: number;
}

export interface ActorContext {
  readonly registry: ActorRegistry;
  readonly salience: Salience;
  /** Headlines and captions: title case defeats the tagger, so only known names and names the body introduced count. */
  readonly strict: boolean;
  /** The state of the city the story is filed from ("PRAGUE —"), whose officials need no demonym. */
  readonly home: string | null;
}
