// The text `npm run eval` prints: per directory a table (article, P, R, F1,
// traps) and its macro row; then a summary — macro F1 per directory and the
// total number of traps — last, so that the tail of the output carries it.
// Details (misses, false positives) only for directories that are not held out.
import type { ArticleResult, Macro } from './evaluate.ts';
import { macroOf } from './evaluate.ts';

export interface DirResults {
  /** How the directory is named in the output. */
  readonly label: string;
  readonly results: readonly ArticleResult[];
  /** Print what each article missed and wrongly found. */
  readonly details: boolean;
}

const f3 = (x: number): string => x.toFixed(3);
const row = (name: string, width: number, cells: readonly string[]): string => `${name.padEnd(width)}  ${cells.map((c) => c.padStart(6)).join('  ')}`;

export function dirTable(dir: DirResults): string[] {
  const width = Math.max(28, dir.label.length + 16, ...dir.results.map((r) => r.article.name.length));
  const macro = macroOf(dir.results);
  // NOTE: the directory's name heads the article column, so that two directories and the summary fit in 45 lines.
  const lines = [row(`${dir.label} (${dir.results.length} articles)`, width, ['P', 'R', 'F1', 'traps'])];
  for (const r of dir.results) {
    if (!r.ok) {
      lines.push(`${r.article.name.padEnd(width)}  failed: ${r.message}`);
      continue;
    }
    const s = r.score;
    lines.push(row(r.article.name, width, [f3(s.precision), f3(s.recall), f3(s.f1), String(s.traps)]));
    if (dir.details) {
      for (const m of s.misses) lines.push(`    miss  ${m}`);
      for (const fp of s.falsePositives) lines.push(`    false ${fp}`);
    }
  }
  lines.push(row('macro', width, [f3(macro.precision), f3(macro.recall), f3(macro.f1), String(macro.traps)]));
  return lines;
}

interface RunFacts {
  readonly seconds: number;
  readonly cached: number;
  readonly parsed: number;
}

export function summary(dirs: readonly DirResults[], facts: RunFacts): string[] {
  const macros: [string, Macro][] = dirs.map((d) => [d.label, macroOf(d.results)]);
  const width = Math.max(5, ...macros.map(([l]) => l.length));
  const lines: string[] = [];
  const head = (i: number): string => (i === 0 ? 'summary: ' : ' '.repeat('summary: '.length));
  macros.forEach(([label, m], i) => {
    const failed = m.failed > 0 ? `, ${m.failed} FAILED` : '';
    lines.push(`${head(i)}${label.padEnd(width)}  macro F1 ${f3(m.f1)}  (P ${f3(m.precision)}, R ${f3(m.recall)}; ${m.articles} articles, ${m.traps} traps${failed})`);
  });
  const traps = macros.reduce((n, [, m]) => n + m.traps, 0);
  const articles = macros.reduce((n, [, m]) => n + m.articles, 0);
  lines.push(`${head(lines.length)}${'traps'.padEnd(width)}  ${traps} in all`);
  lines.push(`${head(lines.length)}${articles} articles in ${facts.seconds.toFixed(1)} s (parses: ${facts.cached} cached, ${facts.parsed} from the sidecar)`);
  return lines;
}

/** The --json form: figures only, per article and per directory. */
export function jsonReport(dirs: readonly DirResults[], facts: RunFacts): unknown {
  return {
    dirs: dirs.map((d) => ({
      dir: d.label,
      macro: macroOf(d.results),
      articles: d.results.map((r) =>
        r.ok
          ? { article: r.article.name, precision: r.score.precision, recall: r.score.recall, f1: r.score.f1, traps: r.score.traps, ...(d.details ? { misses: r.score.misses, falsePositives: r.score.falsePositives } : {}) }
          : { article: r.article.name, failed: r.message },
      ),
    })),
    traps: dirs.reduce((n, d) => n + macroOf(d.results).traps, 0),
    ...facts,
  };
}
