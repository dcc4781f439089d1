import { describe, expect, it } from 'vitest';
import { blankLiterals, calledProcedures, checkQueryText } from '../../../server/graph/cypher-text.ts';

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

  it('ends a line comment at a carriage return, as Neo4j does', () => {
    expect(blankLiterals('RETURN 1 //x\rUSE neo4j')).toMatch(/USE neo4j$/);
  });

  it('makes the separators Neo4j skips as whitespace plain spaces', () => {
    expect(blankLiterals('USE\u001cneo4j')).toBe('USE neo4j');
  });
});

describe('checkQueryText', () => {
  it.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "load  csv with headers from 'http://x' as l return l",
    "load\tcsv from 'file:///etc/hosts' as l return l",
    "LOAD/* hidden */CSV FROM 'file:///etc/hosts' AS l RETURN l",
    "WITH 1 AS x // comment\nLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
    "RETURN ';' ; CREATE (n)",
    'RETURN "\\\\"; CREATE (n) //"',
    'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1',
    'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1 ROW',
    'UNWIND [1] AS i CALL (i) { CREATE () } IN $n CONCURRENT TRANSACTIONS',
    'PROFILE MATCH (n) RETURN n',
    'EXPLAIN MATCH (n) RETURN n',
    '/* first */ EXPLAIN CREATE (n)',
    'CYPHER runtime=slotted MATCH (n) RETURN n',
    'CYPHER 5 CREATE (n)',
    'USE system SHOW USERS',
    'USE `system` SHOW USERS',
    'USE`system` SHOW USERS',
    'USE\n system SHOW USERS',
    'USE\u001cneo4j RETURN 1',
    '//x\rUSE neo4j MATCH (n) RETURN n',
    'USE neo4j.x MATCH (n) RETURN n',
    "USE graph.byName('system') SHOW USERS",
    'CALL () { USE neo4j RETURN 1 AS x } RETURN x',
    ':param x => 1',
    '/* x */ :use system',
  ])('rejects %j', (q) => {
    expect(checkQueryText(q).ok).toBe(false);
  });

  it('says why USE is refused when a backtick follows it directly', () => {
    expect(checkQueryText('USE`system` SHOW USERS')).toEqual({ ok: false, reason: 'USE is not allowed: queries run on the configured database' });
  });

  it.each([
    'MATCH (n:Actor) RETURN n LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV; USE x' RETURN n;",
    'MATCH (a)-[r:ATTACKED]->(b) RETURN a, r, b // trailing comment',
    'MATCH (user:Actor) RETURN user.name',
    'WITH 1 AS use RETURN use',
    'MATCH (n) RETURN n.use AS x, n.transactions AS t',
    'CALL () { MATCH (n:Actor) RETURN n } RETURN n',
  ])('accepts %j', (q) => {
    expect(checkQueryText(q)).toEqual({ ok: true });
  });
});

describe('calledProcedures', () => {
  it.each([
    ['CALL db.labels()', ['db.labels']],
    ['CALL db.labels', ['db.labels']],
    ['CALL db . createLabel ( $x )', ['db.createLabel']],
    ['CALL `db`.`labels`() YIELD label RETURN label', ['db.labels']],
    ["CALL `apoc`.`cypher`.`runWrite`('CREATE (n)', {})", ['apoc.cypher.runWrite']],
    ['CALL `odd``name`()', ['odd`name']],
    ["OPTIONAL CALL db.createLabel('x')", ['db.createLabel']],
    ['CALL DB.LABELS()', ['DB.LABELS']],
    ['CALL db/* c */.checkpoint()', ['db.checkpoint']],
    ['CALL dbms.components() YIELD name CALL tx.setMetaData({})', ['dbms.components', 'tx.setMetaData']],
    ['RETURN COLLECT { CALL db.labels() YIELD label RETURN label } AS l', ['db.labels']],
  ])('reads %j as %j', (q, names) => {
    expect(calledProcedures(q)).toEqual(names);
  });

  it.each([
    'CALL () { MATCH (n) RETURN n } RETURN n',
    'CALL { CREATE () }',
    "RETURN 'CALL apoc.x()' AS s // CALL apoc.y()",
    'WITH 1 AS call RETURN call',
    'MATCH (n) RETURN n.call',
  ])('finds no procedure in %j', (q) => {
    expect(calledProcedures(q)).toEqual([]);
  });
});
