// A claim found in one sentence, before ids and offsets: who did what to whom,
// how the text says it, and what the rest of the article may still fill in.
import type { ActorRec } from '../actors/registry.ts';
import type { Certainty, EventType } from '../types.ts';

export interface Claim {
  readonly type: EventType;
  readonly source: ActorRec;
  readonly target: ActorRec;
  readonly sentence: number;
  /** Token of the trigger (its offset places the event's date). */
  readonly trigger: number;
  readonly certainty: Certainty;
  readonly claimedBy: ActorRec | null;
  readonly denies: EventType | null;
  /** The frame or rule that produced it, for debugging and tests. */
  readonly rule: string;
}

/** A claim's identity within an article: one per type, pair and sentence. */
export const claimKey = (c: Pick<Claim, 'type' | 'source' | 'target' | 'sentence'>): string => `${c.type}|${c.source.key}|${c.target.key}|${c.sentence}`;
