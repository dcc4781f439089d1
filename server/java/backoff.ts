// The restart schedule of a supervised child (Neo4j, the NLP sidecar): exponential delays, capped,
// a bounded number of tries. Pure.

export interface BackoffPolicy {
  /** Delay before the first restart. */
  readonly baseMs: number;
  /** No delay is longer. */
  readonly maxMs: number;
  /** Restarts tried in a row before giving up. */
  readonly maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({ baseMs: 1_000, maxMs: 30_000, maxAttempts: 5 });

/** The delay before restart number `attempt` (0-based), or undefined once the tries are used up. */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number | undefined {
  if (!Number.isInteger(attempt) || attempt < 0 || attempt >= policy.maxAttempts) return undefined;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
}

/** Every delay of the policy, in order. */
export function backoffSchedule(policy: BackoffPolicy = DEFAULT_BACKOFF): number[] {
  const out: number[] = [];
  for (let i = 0, d = backoffDelay(0, policy); d !== undefined; d = backoffDelay(++i, policy)) out.push(d);
  return out;
}
