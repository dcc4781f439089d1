// One row of search-claims (s, r, t, articleTitle, score) as the API returns
// a claim found by its sentence: what the search box lists, and the elements
// that draw it.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { ClaimHit } from '../api/contract.ts';
import { actorSummary } from './actor-summary.ts';
import { recordsToElements } from './records-to-elements.ts';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function claimHit(row: Neo4jRecord): ClaimHit {
  const rel: unknown = row.get('r');
  if (!neo4j.isRelationship(rel)) throw new TypeError('search-claims: expected a relationship in r');
  const s = actorSummary(row.get('s'));
  const t = actorSummary(row.get('t'));
  const p = rel.properties as Record<string, unknown>;
  return {
    id: str(p['id']) ?? rel.elementId,
    elementId: rel.elementId,
    type: rel.type,
    source: s.id,
    sourceName: s.name,
    target: t.id,
    targetName: t.name,
    articleId: str(p['articleId']),
    articleTitle: str(row.get('articleTitle')),
    evidence: str(p['evidence']),
    when: str(p['when']),
    score: Number(row.get('score')),
    elements: recordsToElements([row]),
  };
}
