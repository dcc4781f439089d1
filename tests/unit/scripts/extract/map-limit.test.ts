// mapLimit: results in input order whatever finishes first, never more than
// `limit` calls in flight, each result seen in order as soon as it can be.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../../../scripts/extract/map-limit.ts';

describe('mapLimit', () => {
  it('keeps input order, bounds the calls in flight, and streams results in order', async () => {
    const delays = [30, 5, 20, 1, 10, 1];
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const results = await mapLimit(delays, 2, async (ms, i) => {
      most = Math.max(most, ++inFlight);
      await sleep(ms);
      inFlight--;
      return i * 10;
    }, (_r, i) => seen.push(i));
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it.each([
    ['no items', [], 3],
    ['a limit above the number of items', [1, 2], 10],
    ['a limit of 0, taken as 1', [1, 2], 0],
  ])('copes with %s', async (_what, items: number[], limit) => {
    expect(await mapLimit(items, limit, (n) => Promise.resolve(n * 2))).toEqual(items.map((n) => n * 2));
  });
});
