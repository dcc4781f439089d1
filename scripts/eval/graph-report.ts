// What `npm run eval -- --graph` adds: per directory, each article's figures
// as it stands in the one graph beside its own F1, the graph actors its claims
// use that match two gold entities of the article (only for directories that are not held
// out: their names would show the texts), and a summary line with both macro
// F1s (per article, in one graph).
import type { ArticleResult } from './evaluate.ts';
import { macroOf } from './evaluate.ts';
import { sharedActors, type GraphArticle } from './graph-eval.ts';

export interface GraphDirResults {
  readonly label: string;
  /** The per-article results, in the order of `graph`. */
  readonly perArticle: readonly ArticleResult[];
  readonly graph: readonly GraphArticle[];
  /** Held out: figures only, no actor names. */
  readonly heldOut: boolean;
}

const f3 = (x: number): string => x.toFixed(3);
const signed = (x: number): string => (x >= 0 ? `+${f3(x)}` : f3(x));
const f1Of = (r: ArticleResult | undefined): number => (r?.ok ? r.score.f1 : 0);
const row = (name: string, width: number, cells: readonly string[]): string => `${name.padEnd(width)}  ${cells.map((c) => c.padStart(6)).join('  ')}`;

export function graphTable(dir: GraphDirResults): string[] {
  const width = Math.max(28, dir.label.length + 26, ...dir.graph.map((g) => g.result.article.name.length));
  const lines = [row(`${dir.label} in one graph (${dir.graph.length} articles)`, width, ['P', 'R', 'F1', 'ΔF1', 'merged'])];
  dir.graph.forEach((g, i) => {
    const r = g.result;
    if (!r.ok) {
      lines.push(`${r.article.name.padEnd(width)}  failed: ${r.message}`);
      return;
    }
    lines.push(row(r.article.name, width, [f3(r.score.precision), f3(r.score.recall), f3(r.score.f1), signed(r.score.f1 - f1Of(dir.perArticle[i])), String(g.merged.length)]));
    if (!dir.heldOut) for (const m of g.merged) lines.push(`    merged  ${m.actor} ("${m.name}") matches ${m.entities.join(', ')}`);
  });
  const m = macroOf(dir.graph.map((g) => g.result));
  lines.push(row('macro', width, [f3(m.precision), f3(m.recall), f3(m.f1), signed(m.f1 - macroOf(dir.perArticle).f1), String(mergedCount(dir))]));
  if (!dir.heldOut) {
    for (const s of sharedActors(dir.graph)) {
      lines.push(`shared  ${s.actor} stands for ${Object.entries(s.entities).map(([article, entity]) => `${entity} (${article})`).join(', ')}`);
    }
  }
  return lines;
}

const mergedCount = (dir: GraphDirResults): number => dir.graph.reduce((n, g) => n + g.merged.length, 0);

/** One line per directory: macro F1 per article and in one graph, and the merged actors. */
export function graphSummary(dirs: readonly GraphDirResults[]): string[] {
  const width = Math.max(5, ...dirs.map((d) => d.label.length));
  return dirs.map((d, i) => {
    const per = macroOf(d.perArticle).f1;
    const graph = macroOf(d.graph.map((g) => g.result)).f1;
    const shared = sharedActors(d.graph).length;
    return `${i === 0 ? 'graph:   ' : ' '.repeat(9)}${d.label.padEnd(width)}  macro F1 ${f3(per)} per article, ${f3(graph)} in one graph (${signed(graph - per)}); ${mergedCount(d)} graph actor(s) matching two gold entities of an article, ${shared} standing for different ones in different articles`;
  });
}

/** The --json form of the graph figures (no actor names for held-out directories). */
export function graphJson(dirs: readonly GraphDirResults[]): unknown {
  return dirs.map((d) => ({
    dir: d.label,
    perArticleMacro: macroOf(d.perArticle),
    graphMacro: macroOf(d.graph.map((g) => g.result)),
    merged: mergedCount(d),
    shared: d.heldOut ? sharedActors(d.graph).length : sharedActors(d.graph),
    articles: d.graph.map((g) =>
      g.result.ok
        ? { article: g.result.article.name, precision: g.result.score.precision, recall: g.result.score.recall, f1: g.result.score.f1, merged: d.heldOut ? g.merged.length : g.merged }
        : { article: g.result.article.name, failed: g.result.message },
    ),
  }));
}
