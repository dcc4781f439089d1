import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffSchedule, DEFAULT_BACKOFF } from '../../../server/java/backoff.ts';

describe('backoff', () => {
  it('doubles from the base delay up to the cap, for the bounded number of tries', () => {
    expect(backoffSchedule(DEFAULT_BACKOFF)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(backoffSchedule({ baseMs: 1_000, maxMs: 5_000, maxAttempts: 5 })).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it.each([-1, 1.5, 5, 99])('gives no delay for attempt %s (out of tries or not one)', (attempt) => {
    expect(backoffDelay(attempt)).toBeUndefined();
  });

  it('gives no tries at all when maxAttempts is 0', () => {
    expect(backoffSchedule({ baseMs: 1, maxMs: 1, maxAttempts: 0 })).toEqual([]);
  });
});
