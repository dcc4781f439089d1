// A double tap counts only when both taps hit the same node in time.
import { describe, expect, it } from 'vitest';
import { doubleTapDetector } from '../../../client/src/view/double-tap.ts';

const run = (taps: readonly (readonly [string | null, number])[]): boolean[] => {
  const detect = doubleTapDetector(250);
  return taps.map(([t, at]) => detect(t, at));
};

describe('doubleTapDetector', () => {
  it.each([
    ['two quick taps on one node', [['a', 0], ['a', 200]], [false, true]],
    ['two taps on one node too far apart', [['a', 0], ['a', 400]], [false, false]],
    ['a tap on one node, then on another', [['a', 0], ['b', 100]], [false, false]],
    ['a, b, then b again quickly: b is double-tapped', [['a', 0], ['b', 100], ['b', 200]], [false, false, true]],
    ['a, the background, a', [['a', 0], [null, 50], ['a', 100]], [false, false, false]],
    ['three quick taps make one double tap', [['a', 0], ['a', 100], ['a', 200]], [false, true, false]],
    ['exactly on the interval still counts', [['a', 0], ['a', 250]], [false, true]],
  ] as const)('%s', (_what, taps, expected) => {
    expect(run(taps)).toEqual(expected);
  });
});
