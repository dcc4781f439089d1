// Parallel claims of one type between one pair are drawn as one edge with a count.
import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../../client/src/graph/edge-merge.ts';
import type { ClaimData } from '../../../client/src/graph/elements.ts';

const claim = (id: string, source: string, target: string, type: string, when: string | null = null): ClaimData => ({
  id, source, target, type, when, key: null, articleId: 'a1', evidence: `${id} sentence`, certainty: 'stated', claimedBy: null, denies: null,
});

describe('mergeClaims', () => {
  it('merges claims of one type between one ordered pair, keeping every claim id', () => {
    const merged = mergeClaims([claim('r1', 'iran', 'albania', 'ATTACKED', '2022-09'), claim('r2', 'iran', 'albania', 'ATTACKED', '2022-07')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ source: 'iran', target: 'albania', type: 'ATTACKED', count: 2, label: 'ATTACKED ×2' });
    expect(merged[0]?.claims).toEqual(['r2', 'r1']);
  });

  it.each([
    ['another type', claim('r2', 'iran', 'albania', 'DENIED')],
    ['the other direction', claim('r2', 'albania', 'iran', 'ATTACKED')],
    ['another pair', claim('r2', 'iran', 'usa', 'ATTACKED')],
  ])('keeps %s apart', (_what, other) => {
    const merged = mergeClaims([claim('r1', 'iran', 'albania', 'ATTACKED'), other]);
    expect(merged).toHaveLength(2);
    expect(merged.every((m) => m.count === 1 && m.label === m.type)).toBe(true);
  });

  it('counts a claim seen twice once', () => {
    const c = claim('r1', 'iran', 'albania', 'ATTACKED');
    expect(mergeClaims([c, c])[0]?.count).toBe(1);
  });

  it('orders claims by date, undated last, then by id', () => {
    const merged = mergeClaims([claim('b', 's', 't', 'X', null), claim('c', 's', 't', 'X', '2022'), claim('a', 's', 't', 'X', null), claim('d', 's', 't', 'X', '2021-05')]);
    expect(merged[0]?.claims).toEqual(['d', 'c', 'a', 'b']);
  });

  it('gives the merged edge an id built from source, type and target', () => {
    expect(mergeClaims([claim('r1', '4:x:1', '4:x:2', 'ATTACKED')])[0]?.id).toBe('m:4:x:1|ATTACKED|4:x:2');
  });
});
