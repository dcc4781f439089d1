// The shapes of the element data the explorer works with: actors (nodes),
// claims (one relationship of the database each) and merged edges (one drawn
// line per source, type and target, standing for all the claims between them).
import type { GraphElement } from '../../../server/api/contract.ts';

export interface ActorData {
  /** Neo4j elementId. */
  readonly id: string;
  /** The actor's `id` property ('country:iran'). */
  readonly key: string;
  readonly label: string;
  readonly kind: string | null;
  readonly aliases: readonly string[];
  readonly labels: readonly string[];
}

export interface ClaimData {
  /** Neo4j elementId of the relationship. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly key: string | null;
  readonly articleId: string | null;
  readonly when: string | null;
  readonly evidence: string | null;
  readonly certainty: string | null;
  readonly claimedBy: string | null;
  readonly denies: string | null;
}

export interface MergedEdgeData {
  /** `m:` + source + type + target; stable while those are. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** Ids of the claims behind this edge, in a stable order. */
  readonly claims: readonly string[];
  /** Claims behind it that pass the filters (what the label counts). */
  readonly count: number;
  readonly label: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function actorData(e: Extract<GraphElement, { group: 'nodes' }>): ActorData {
  const d = e.data as Record<string, unknown> & { id: string; label: string; labels: string[] };
  const labels = d.labels;
  const kind = str(d['kind']) ?? labels.find((l) => l !== 'Actor') ?? null;
  const aliases = Array.isArray(d['aliases']) ? d['aliases'].filter((a): a is string => typeof a === 'string') : [];
  return { id: d.id, key: str(d['key']) ?? d.id, label: str(d['name']) ?? d.label, kind, aliases, labels };
}

export function claimData(e: Extract<GraphElement, { group: 'edges' }>): ClaimData {
  const d = e.data as Record<string, unknown> & { id: string; source: string; target: string; type: string };
  return {
    id: d.id,
    source: d.source,
    target: d.target,
    type: d.type,
    key: str(d['key']),
    articleId: str(d['articleId']),
    when: str(d['when']),
    evidence: str(d['evidence']),
    certainty: str(d['certainty']),
    claimedBy: str(d['claimedBy']),
    denies: str(d['denies']),
  };
}

export const mergedId = (source: string, type: string, target: string): string => `m:${source}|${type}|${target}`;

/** The label of a merged edge: the type, and the count when more than one claim. */
export const edgeLabel = (type: string, count: number): string => (count > 1 ? `${type} ×${count}` : type);

/** "Iran → ATTACKED → Albania": how a claim is named in lists, buttons and undo steps. */
export const claimLabel = (c: { readonly sourceName: string; readonly type: string; readonly targetName: string }): string => `${c.sourceName} → ${c.type} → ${c.targetName}`;
