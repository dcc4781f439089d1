// Parallel claims of one type between one pair become ONE drawn edge with a
// count; the claims themselves stay in the model for the details panel.
import { edgeLabel, mergedId, type ClaimData, type MergedEdgeData } from './elements.ts';

/** Claims in a stable order: by date (undated last), then id. */
export function byDateThenId(a: ClaimData, b: ClaimData): number {
  if (a.when !== b.when) {
    if (a.when === null) return 1;
    if (b.when === null) return -1;
    return a.when < b.when ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One merged edge per (source, type, target), direction kept. */
export function mergeClaims(claims: Iterable<ClaimData>): MergedEdgeData[] {
  const groups = new Map<string, ClaimData[]>();
  for (const c of claims) {
    const id = mergedId(c.source, c.type, c.target);
    const g = groups.get(id);
    if (g) {
      if (!g.some((x) => x.id === c.id)) g.push(c);
    } else groups.set(id, [c]);
  }
  return [...groups.entries()].map(([id, g]) => {
    g.sort(byDateThenId);
    const first = g[0] as ClaimData;
    return { id, source: first.source, target: first.target, type: first.type, claims: g.map((c) => c.id), count: g.length, label: edgeLabel(first.type, g.length) };
  });
}
