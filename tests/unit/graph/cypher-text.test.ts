import { describe, expect, it } from 'vitest';
import { blankLiterals, checkQueryText } from '../../../server/graph/cypher-text.ts';

describe('blankLiterals', () => {
  it('blanks strings and comments but keeps the length', () => {
    const q = "MATCH (n) WHERE n.name = 'LOAD CSV' // LOAD CSV\nRETURN n /* ; */";
    const b = blankLiterals(q);
    expect(b).toHaveLength(q.length);
    expect(b).not.toMatch(/LOAD/);
    expect(b).toMatch(/^MATCH \(n\) WHERE n\.name = '/);
  });

  it('handles escaped quotes inside strings', () => {
    expect(blankLiterals("RETURN 'it\\'s; LOAD CSV' AS x")).not.toMatch(/LOAD|;/);
  });
});

describe('checkQueryText', () => {
  it.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "load  csv with headers from 'http://x' as l return l",
    'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
    'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1',
    'PROFILE MATCH (n) RETURN n',
    'EXPLAIN MATCH (n) RETURN n',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'USE system SHOW USERS',
    ':param x => 1',
  ])('rejects %s', (q) => {
    expect(checkQueryText(q).ok).toBe(false);
  });

  it.each([
    'MATCH (n:Actor) RETURN n LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV; USE x' RETURN n;",
    'MATCH (a)-[r:ATTACKED]->(b) RETURN a, r, b // trailing comment',
    'MATCH (user:Actor) RETURN user.name',
  ])('accepts %s', (q) => {
    expect(checkQueryText(q)).toEqual({ ok: true });
  });
});
