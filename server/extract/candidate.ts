// The shape of an event candidate: what one sentence says about an event,
// with the roles it leaves open for discourse.ts to fill.
import type { Mention } from './mentions.ts';
import type { Certainty, EventType } from './types.ts';

/** Who fills a role when the sentence does not name them. */
export type Open = 'pronoun' | 'carry' | 'speaker' | 'victim' | 'none';

export interface Candidate {
  readonly type: EventType;
  readonly sentence: number;
  readonly trigger: number;
  agents: string[];
  patients: Mention[];
  agentOpen: Open;
  patientOpen: Open;
  readonly speakers: string[];
  readonly certainty: Certainty;
  /** DENIED: accusers named in the sentence, and victims of the denied act. */
  accusers?: string[];
  victims?: string[];
  /** Only people may be targets ("added four Russians to a blacklist: A; B"). */
  personsOnly?: boolean;
  /** EXPELLED "out of <Country>": the expelling state when no subject is named. */
  fromCountry?: string;
  /** ATTACKED inside a denial or question: only its target is kept, for discourse. */
  suppressed?: boolean;
  /** ATTACKED at a place ("an explosion at a depot"), no actor named as target. */
  location?: boolean;
  /** Class of the event noun ('blast', 'cyber', 'poison'), so "the blast" finds the last blast. */
  kind?: string;
  /** DENIED: where the statement was made ("In Washington, ..."), hinting at whom it answers. */
  place?: string;
}

export interface Accusation { readonly accuser: string; readonly accused: string; readonly sentence: number }

export interface SentenceEvents {
  readonly candidates: Candidate[];
  readonly accusations: Accusation[];
  /** Keys of the main subject, for a pronoun in the next sentence. */
  readonly subject: string[];
}

