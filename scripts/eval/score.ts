// The corpus scorer (../shared/corpus/score.mjs) ported to a pure function, so
// that `npm run eval` and the corpus test score in-process: the same name
// normalisation, node-to-entity matching, folding of duplicates, recall over
// required relations and precision over the four event types. A test checks
// that both agree on real extractions.
import { EVENT_TYPES } from '../../server/extract/types.ts';
import { actorKey } from '../../server/graph/actor-keys.ts';

/** A gold entity or an extracted node, as the scorer reads it (extra fields ignored). */
export interface ScoredNames {
  readonly name?: unknown;
  readonly aliases?: readonly unknown[] | null;
  readonly properties?: { readonly name?: unknown; readonly aliases?: readonly unknown[] | null } | null;
}

export interface GoldEntity extends ScoredNames {
  readonly id: string;
}

export interface GoldRelation {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly required?: boolean;
}

export interface GoldTrap {
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly why?: string | null;
}

export interface ScoredGold {
  readonly entities: readonly GoldEntity[];
  readonly relations: readonly GoldRelation[];
  readonly not?: readonly GoldTrap[] | null;
}

export interface ScoredNode extends ScoredNames {
  readonly id?: unknown;
}

export interface ScoredRelationship {
  readonly type?: unknown;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
}

/** An Extraction (server/extract/types.ts) or any JSON of the same shape. */
export interface ScoredExtraction {
  readonly nodes?: readonly ScoredNode[] | null;
  readonly relationships?: readonly ScoredRelationship[] | null;
  readonly edges?: readonly ScoredRelationship[] | null;
}

export interface ArticleScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Extracted event relations after folding duplicates. */
  readonly extracted: number;
  readonly correct: number;
  readonly required: number;
  /** Required gold relations not found, as `TYPE source -> target` (gold ids). */
  readonly misses: readonly string[];
  /** Extracted relations that match no gold relation, by node names; a trap says why it is wrong. */
  readonly falsePositives: readonly string[];
  /** False positives that are on the gold `not` list. */
  readonly traps: number;
}

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/**
 * The scorer's name key: score.mjs folds names exactly as the graph's actor keys do (NFKC, straight
 * apostrophes, lower case, no dots, no leading "the" or trailing "'s"); the corpus test checks that the
 * two scorers agree.
 */
export function normaliseName(name: unknown): string {
  return actorKey(String(name));
}

function namesOf(node: ScoredNames): string[] {
  const names: unknown[] = [node.name, ...(node.aliases ?? [])];
  if (node.properties) names.push(node.properties.name, ...(node.properties.aliases ?? []));
  return names.filter((n): n is string => typeof n === 'string' && n.length > 0).map(normaliseName);
}

const key = (t: unknown, s: unknown, o: unknown): string => `${String(t)} ${String(s)} -> ${String(o)}`;

/** Scores one extraction against one gold file, exactly as score.mjs does. */
export function scoreExtraction(gold: ScoredGold, ext: ScoredExtraction): ArticleScore {
  const entityByName = new Map<string, string>();
  for (const e of gold.entities) for (const n of namesOf(e)) entityByName.set(n, e.id);

  // A node whose names hit two or more gold entities has merged distinct actors and matches none.
  const nodes = ext.nodes ?? [];
  const nodeEntities = new Map<string, ReadonlySet<string>>();
  for (const node of nodes) {
    const hits = new Set(namesOf(node).map((n) => entityByName.get(n)).filter((id): id is string => Boolean(id)));
    nodeEntities.set(String(node.id), hits.size === 1 ? hits : new Set());
  }

  const goldRel = new Set(gold.relations.map((r) => key(r.type, r.source, r.target)));
  const forbidden = new Map<string, GoldTrap>();
  for (const r of gold.not ?? []) forbidden.set(key(r.type, r.source, r.target), r);

  const label = (id: string): unknown => {
    const n = nodes.find((x) => String(x.id) === id);
    return n ? (n.name ?? n.properties?.name ?? id) : id;
  };

  // NOTE: folded by type and node *names*; like score.mjs, a later duplicate's node ids replace an earlier one's.
  const extracted = new Map<string, { type: string; s: string; o: string }>();
  for (const r of ext.relationships ?? ext.edges ?? []) {
    if (typeof r.type !== 'string' || !TYPES.has(r.type)) continue;
    const s = String(r.source ?? r.start);
    const o = String(r.target ?? r.end);
    extracted.set(key(r.type, label(s), label(o)), { type: r.type, s, o });
  }

  const found = new Set<string>();
  const falsePositives: string[] = [];
  let correct = 0;
  let traps = 0;
  for (const [k, r] of extracted) {
    let hit: string | null = null;
    let bad: GoldTrap | null = null;
    for (const s of nodeEntities.get(r.s) ?? []) {
      for (const o of nodeEntities.get(r.o) ?? []) {
        const gk = key(r.type, s, o);
        if (goldRel.has(gk)) hit = gk;
        bad = forbidden.get(gk) ?? bad;
      }
    }
    if (hit !== null) {
      correct++;
      found.add(hit);
    } else if (bad !== null) {
      traps++;
      falsePositives.push(`${k}  (wrong: ${String(bad.why)})`);
    } else falsePositives.push(k);
  }

  const required = gold.relations.filter((r) => r.required);
  const misses = required.map((r) => key(r.type, r.source, r.target)).filter((k) => !found.has(k));
  const precision = extracted.size ? correct / extracted.size : 0;
  const recall = required.length ? (required.length - misses.length) / required.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, extracted: extracted.size, correct, required: required.length, misses, falsePositives, traps };
}
