// An Actor node as the API summarises it.
import neo4j from 'neo4j-driver';
import type { ActorSummary } from '../api/contract.ts';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function actorSummary(node: unknown): ActorSummary {
  if (!neo4j.isNode(node)) throw new TypeError('expected an Actor node');
  const p = node.properties as Record<string, unknown>;
  const aliases = Array.isArray(p['aliases']) ? p['aliases'].filter((a): a is string => typeof a === 'string') : [];
  return { id: str(p['id']) ?? node.elementId, elementId: node.elementId, name: str(p['name']) ?? node.elementId, kind: str(p['kind']), aliases };
}
