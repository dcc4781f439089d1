// Which claims, edges and actors the filters let through: relation types,
// actor kinds, articles and a date range over event dates. Pure: the canvas
// applies the verdict as classes.
import type { ActorData, ClaimData } from './elements.ts';

export interface Filters {
  /** Relation types shown; null means all. */
  readonly types: readonly string[] | null;
  /** Actor kinds shown; null means all. */
  readonly kinds: readonly string[] | null;
  /** Article ids whose claims are shown; null means all. */
  readonly articles: readonly string[] | null;
  /** First event date shown (partial ISO date), or null for no bound. */
  readonly from: string | null;
  /** Last event date shown (partial ISO date), or null for no bound. */
  readonly to: string | null;
  /** Whether undated event claims are shown (with or without a date range). */
  readonly undated: boolean;
  /** What happens to actors left without a visible edge. */
  readonly orphans: 'fade' | 'hide';
}

export const NO_FILTERS: Filters = Object.freeze({ types: null, kinds: null, articles: null, from: null, to: null, undated: true, orphans: 'fade' });

/** Structural edges have no date of their own; the date range leaves them alone. */
export const UNDATED_BY_NATURE: ReadonlySet<string> = new Set(['PART_OF', 'LEADS', 'SPEAKS_FOR']);

/** Earliest day a partial date can mean ('2022' → '2022-01-01'). */
export const dateStart = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Latest day a partial date can mean ('2022-07' → '2022-07-31'; 31 is enough to compare). */
export const dateEnd = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/**
 * NOTE: a claim passes the date range when the days it can mean overlap the
 * range, so a claim dated only '2022' stays while the range ends in July 2022:
 * the article does not say it happened later.
 */
export function inDateRange(when: string | null, f: Pick<Filters, 'from' | 'to' | 'undated'>): boolean {
  if (when === null) return f.undated;
  if (f.from === null && f.to === null) return true;
  if (f.from !== null && dateEnd(when) < dateStart(f.from)) return false;
  if (f.to !== null && dateStart(when) > dateEnd(f.to)) return false;
  return true;
}

export function claimPasses(c: ClaimData, f: Filters): boolean {
  if (f.types !== null && !f.types.includes(c.type)) return false;
  if (f.articles !== null && (c.articleId === null || !f.articles.includes(c.articleId))) return false;
  if (UNDATED_BY_NATURE.has(c.type)) return true;
  return inDateRange(c.when, f);
}

export const actorPasses = (a: Pick<ActorData, 'kind'>, f: Filters): boolean => f.kinds === null || (a.kind !== null && f.kinds.includes(a.kind));

export interface FilterInput {
  readonly nodes: readonly Pick<ActorData, 'id' | 'kind'>[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string; readonly claims: readonly ClaimData[] }[];
}

export interface FilterVerdict {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly fadedNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  /** Visible claims per edge (what its label counts). */
  readonly counts: ReadonlyMap<string, number>;
}

export function applyFilters(input: FilterInput, f: Filters): FilterVerdict {
  const hiddenNodes = new Set(input.nodes.filter((n) => !actorPasses(n, f)).map((n) => n.id));
  const hiddenEdges = new Set<string>();
  const counts = new Map<string, number>();
  const hasEdge = new Set<string>();
  const hasVisibleEdge = new Set<string>();
  for (const e of input.edges) {
    hasEdge.add(e.source).add(e.target);
    const n = e.claims.filter((c) => claimPasses(c, f)).length;
    counts.set(e.id, n);
    if (n === 0 || hiddenNodes.has(e.source) || hiddenNodes.has(e.target)) hiddenEdges.add(e.id);
    else hasVisibleEdge.add(e.source).add(e.target);
  }
  const fadedNodes = new Set<string>();
  for (const n of input.nodes) {
    // Actors drawn without any edge (a search hit) are not orphans of the filters.
    if (hiddenNodes.has(n.id) || !hasEdge.has(n.id) || hasVisibleEdge.has(n.id)) continue;
    if (f.orphans === 'hide') hiddenNodes.add(n.id);
    else fadedNodes.add(n.id);
  }
  return { hiddenNodes, fadedNodes, hiddenEdges, counts };
}

export const filtersActive = (f: Filters): boolean =>
  f.types !== null || f.kinds !== null || f.articles !== null || f.from !== null || f.to !== null || !f.undated;
