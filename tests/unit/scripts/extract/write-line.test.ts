// The per-file line of `npm run load` tells what the write did.
import { describe, expect, it } from 'vitest';
import { writeLine } from '../../../../scripts/extract/write-line.ts';

const summary = { articleId: 'article:ab', actors: 2, actorsNew: 0, actorsKnown: 2, relations: 3, claimsAdded: 1, claimsReplaced: 2, correctionsReapplied: 0, reused: 2 };

describe('writeLine', () => {
  it('says how many actors were new and known, and how many edges were added and replaced', () => {
    expect(writeLine('a.txt', summary)).toBe('a.txt: 2 actors (0 new, 2 already known), 3 edges (1 added, 2 replaced) → article:ab');
  });

  it('mentions re-applied corrections only when there are some', () => {
    expect(writeLine('a.txt', { ...summary, correctionsReapplied: 4 })).toMatch(/replaced\), 4 correction\(s\) re-applied →/);
  });
});
