// Cypher export: one statement per line that recreates nodes (by `id` or
// `_exportId`) and relationships, with names and values that no property,
// label or manifest field can break out of.
import { describe, expect, it } from 'vitest';
import type { GraphElement } from '../../../server/api/contract.ts';
import { exportGraph } from '../../../server/export/export-graph.ts';
import { ELEMENTS, MANIFEST, attack1, freedonia, ruritania } from './fixtures.ts';

const script = (elements: readonly GraphElement[] = ELEMENTS, manifest = MANIFEST): string => String(exportGraph(elements, 'cypher', manifest).body);
const statements = (text: string): string[] => text.split('\n').filter((l) => l !== '' && !l.startsWith('//'));

/**
 * Scans one line as Cypher's lexer would for strings ('…' and "…" with
 * backslash escapes), quoted names (`…` with `` doubled) and comments, and
 * returns the positions of ';' outside them: a safe statement has exactly
 * one, at its end.
 */
function topLevelSemicolons(line: string): number[] {
  const found: number[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '`') {
      if (c === '`' && line[i + 1] === '`') i++;
      else if (c === '`') quote = '';
    } else if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && (line[i + 1] === '/' || line[i + 1] === '*')) return [...found, -1];
    else if (c === ';') found.push(i);
  }
  return quote === '' ? found : [...found, -2];
}

describe('Cypher export', () => {
  it('writes one statement per node and relationship, each on its own line ending with ;', () => {
    const lines = statements(script());
    expect(lines).toHaveLength(7);
    for (const l of lines) expect(topLevelSemicolons(l)).toEqual([l.length - 1]);
  });

  it('merges nodes on their id property, with labels quoted and renamed properties restored', () => {
    const [first, , third] = statements(script());
    expect(first).toBe(
      "MERGE (n:`Actor`:`Country` {id: 'country:ruritania'}) SET n += {name: 'Ruritania', kind: 'Country', aliases: ['Strelsau', 'the Kingdom']};",
    );
    expect(third).toBe("MERGE (n:`Actor`:`Person` {_exportId: '4:db:3'}) SET n += {name: 'Rufus T. Firefly', kind: 'Person', type: 'minister', score: 0.5};");
  });

  it('matches both ends and merges relationships on their id, parallel edges kept apart', () => {
    const lines = statements(script());
    expect(lines[4]).toBe(
      "MATCH (a:`Actor`:`Country` {id: 'country:ruritania'}), (b:`Actor`:`Country` {id: 'country:freedonia'}) " +
        "MERGE (a)-[r:`ATTACKED` {id: 'rel:a2'}]->(b) SET r += {articleId: 'article:two', when: '2031-07-02', " +
        "evidence: 'Ruritanian drones struck Freedonia.', start: 5, end: 40, certainty: 'reported', claimedBy: 'Rufus T. Firefly'};",
    );
    expect(lines[6]).toContain("MERGE (a)-[r:`PART_OF` {_exportId: '5:db:13'}]->(b)");
  });

  it('keeps hostile values, labels and types inside their literals', () => {
    const evil = "x'}) MATCH (m) DETACH DELETE m; //\n\\'; /* */ `";
    const nodes: GraphElement[] = [
      { group: 'nodes', data: { ...ruritania.data, labels: ['Actor', 'Bad`) DETACH DELETE n //'], name: evil } },
      { group: 'nodes', data: { ...freedonia.data, key: evil } },
    ];
    const rel: GraphElement = { group: 'edges', data: { ...attack1.data, type: 'HIT`]->() DELETE r //', evidence: evil } };
    const lines = statements(script([...nodes, rel]));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(topLevelSemicolons(l)).toEqual([l.length - 1]);
    expect(lines[0]).toContain(':`Bad``) DETACH DELETE n //`');
    expect(lines[0]).toContain("name: 'x\\'}) MATCH (m) DETACH DELETE m; //\\n\\\\\\'; /* */ `'");
    expect(lines[2]).toContain('[r:`HIT``]->() DELETE r //`');
  });

  it('keeps every manifest field in the header comments', () => {
    const hostile = { ...MANIFEST, producedBy: 'x\nMATCH (n) DETACH DELETE n', query: 'MATCH (n)\r\nRETURN n\u2028// \\u000a', params: { q: "'\n" } };
    const text = script([ruritania], hostile);
    const header = text.split('\n').filter((l) => !l.startsWith('MERGE'));
    for (const l of header.filter((x) => x !== '')) expect(l.startsWith('//')).toBe(true);
    expect(header).toContain('//   RETURN n');
    expect(header).toContain('// nodes: 1, relationships: 0, truncated: false');
    expect(text).toContain('\\\\u000a');
  });

  it('refuses a label it cannot quote safely, by code', () => {
    const bad: GraphElement = { group: 'nodes', data: { ...ruritania.data, labels: ['A\\u0060B'] } };
    expect(() => script([bad])).toThrow(expect.objectContaining({ name: 'AppError', code: 'VALIDATION_FAILED' }));
  });
});
