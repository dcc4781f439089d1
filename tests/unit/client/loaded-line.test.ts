import { describe, expect, it } from 'vitest';
import { loadedLine } from '../../../client/src/view/articles-panel.ts';

describe('loadedLine', () => {
  it('tells actors new and known, claims added and replaced, and corrections re-applied', () => {
    const l = { actors: 2, actorsNew: 0, actorsKnown: 2, relations: 1, claimsAdded: 1, claimsReplaced: 0, correctionsReapplied: 0 };
    expect(loadedLine('Again', l)).toBe('Loaded "Again": 2 actors (0 new, 2 already in the graph), 1 claims (1 added, 0 replaced).');
    expect(loadedLine('Again', { ...l, correctionsReapplied: 1 })).toContain('1 correction re-applied');
  });
});
