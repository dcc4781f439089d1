import { describe, expect, it } from 'vitest';
import { positionsInQuery } from '../../../server/db/query-runner.ts';

describe('positionsInQuery', () => {
  it('moves a line-1 position back by the prefix, column and offset', () => {
    expect(positionsInQuery("query: Invalid input 'MATC': expected … (line 1, column 9 (offset: 8))", 8)).toBe("query: Invalid input 'MATC': expected … (line 1, column 1 (offset: 0))");
  });

  it('keeps the column of a later line and moves only its offset', () => {
    expect(positionsInQuery('Variable `x` not defined (line 2, column 8 (offset: 30))', 8)).toBe('Variable `x` not defined (line 2, column 8 (offset: 22))');
  });

  it('leaves a message without positions alone', () => {
    expect(positionsInQuery('Unknown function foo', 8)).toBe('Unknown function foo');
  });
});
