// What the search box's text becomes as Lucene queries: words ANDed, the last
// as a prefix, quoted phrases, and no Lucene syntax passed through.
import { describe, expect, it } from 'vitest';
import { evidenceQuery, searchQuery } from '../../../server/graph/lucene-query.ts';

describe('searchQuery', () => {
  it.each([
    ['Alban', '(alban OR alban*)'],
    ['foreign min', 'foreign AND (min OR min*)'],
    ['AND OR (', ''],
  ])('%s → %s', (input, q) => {
    expect(searchQuery(input)).toBe(q);
  });
});

describe('evidenceQuery', () => {
  it.each([
    ['wiper', '(wiper OR wiper*)'],
    ['wiper*', '(wiper OR wiper*)'],
    ['nerve agent', '(nerve AND (agent OR agent*)) OR "nerve agent"^2'],
    ['"nerve agent"', '"nerve agent"'],
    ['"nerve agent" salisbury', '"nerve agent" AND (salisbury OR salisbury*)'],
    ['"wiper"', 'wiper'],
    ['"nerve ag', '(nerve AND (ag OR ag*)) OR "nerve ag"^2'],
    ['AND OR (', ''],
    ['""', ''],
    ['a:b [c TO d] x~2 /.*/ \\', '(a AND b AND c AND d AND x AND 2) OR "a b c d x 2"^2'],
  ])('%s → %s', (input, q) => {
    expect(evidenceQuery(input)).toBe(q);
  });

  it('leaves no Lucene operator character outside its own syntax', () => {
    const q = evidenceQuery('+-&&||!(){}[]^"~*?:\\/ nerve "agent" x');
    expect(q.replace(/\(|\)|\*|"|\^2| OR | AND /g, ' ')).toMatch(/^[\p{L}\p{N} ]*$/u);
  });
});
