// CLI: score the extractor on corpus directories.
//   tsx scripts/eval.ts DIR... [--json] [--details] [--graph] [--no-cache]
// Every NAME.txt of a DIR that has a NAME.gold.json is extracted (published
// from the gold file, NAME.meta.json if present) on the shared NLP sidecar,
// three articles in flight, and scored in-process with the rules of the
// corpus's score.mjs (scripts/eval/score.ts). Prints a table per DIR and a
// summary (macro F1 per DIR, total traps). Parses are cached in
// DATA_DIR/nlp-cache unless --no-cache. --details adds misses and false
// positives, and is refused for a held-out directory (check/). --graph also
// writes every article of each DIR into one fresh graph (a throwaway local
// Neo4j, or the empty database at NEO4J_URI) and scores each article's claims
// as they stand there (scripts/eval/graph-eval.ts): both macro F1s, and the
// graph actors that match two gold entities of an article (names only for
// directories that are not held out).
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { openThrowawayDatabase } from '../server/db/throwaway-database.ts';
import { describeCliError } from './extract/cli-error.ts';
import { corpusArticles, isHeldOut, type CorpusArticle } from './eval/corpus-dir.ts';
import { evaluateArticles, type ArticleResult } from './eval/evaluate.ts';
import { evaluateInGraph } from './eval/graph-eval.ts';
import { graphJson, graphSummary, graphTable, type GraphDirResults } from './eval/graph-report.ts';
import { dirTable, jsonReport, summary, type DirResults } from './eval/report.ts';
import { openCliAnnotator } from './extract/cli-annotator.ts';

interface Options {
  readonly json?: boolean;
  readonly details?: boolean;
  readonly graph?: boolean;
  readonly cache: boolean;
}

/** Each directory's articles written into one fresh graph (emptied between directories) and scored as stored. */
async function inGraphs(dirs: readonly { label: string; dir: string; results: readonly ArticleResult[] }[]): Promise<GraphDirResults[]> {
  const graph = await openThrowawayDatabase(loadConfig());
  process.stderr.write(`eval: building each directory's graph in ${graph.where}\n`);
  try {
    const out: GraphDirResults[] = [];
    for (const [i, d] of dirs.entries()) {
      if (i > 0) await graph.clear();
      out.push({ label: d.label, perArticle: d.results, graph: await evaluateInGraph(d.results, graph.db), heldOut: isHeldOut(d.dir) });
    }
    return out;
  } finally {
    await graph.close();
  }
}

/** Short labels: the directory's own name, unless two share one. */
function labels(dirs: readonly string[]): string[] {
  const base = dirs.map((d) => path.basename(path.resolve(d)));
  return dirs.map((d, i) => (base.filter((b) => b === base[i]).length > 1 ? d : (base[i] as string)));
}

async function main(dirs: readonly string[], opts: Options): Promise<number> {
  const heldOut = dirs.filter(isHeldOut);
  if (opts.details && heldOut.length > 0) {
    process.stderr.write(`eval: --details is refused for held-out ${heldOut.join(', ')}: only its figures may be read\n`);
    return 2;
  }
  const listed: CorpusArticle[][] = [];
  for (const dir of dirs) {
    try {
      listed.push(corpusArticles(dir));
    } catch (e) {
      process.stderr.write(`${dir}: ${describeCliError(e)}\n`);
      return 1;
    }
  }
  const started = performance.now();
  const nlp = await openCliAnnotator({ cache: opts.cache });
  const all = await evaluateArticles(listed.flat(), nlp.annotator);
  const stats = nlp.cache?.stats() ?? { hits: 0, misses: all.length };
  const facts = { seconds: (performance.now() - started) / 1000, cached: stats.hits, parsed: stats.misses };

  const names = labels(dirs);
  let at = 0;
  const results: DirResults[] = listed.map((articles, i) => {
    const mine = all.slice(at, at + articles.length);
    at += articles.length;
    return { label: names[i] as string, results: mine, details: opts.details ?? false };
  });
  const graphs = opts.graph ? await inGraphs(results.map((r, i) => ({ label: r.label, dir: dirs[i] as string, results: r.results }))) : [];
  // NOTE: jsonReport's value is a plain object typed `unknown` (it is only ever serialised); the graph figures join it as one more key.
  if (opts.json) process.stdout.write(`${JSON.stringify({ ...(jsonReport(results, facts) as object), ...(opts.graph ? { graph: graphJson(graphs) } : {}) })}\n`);
  else {
    const tables = results.flatMap((d, i) => [...dirTable(d), '', ...(graphs[i] ? [...graphTable(graphs[i]), ''] : [])]);
    process.stdout.write(`${[...tables, ...summary(results, facts), ...graphSummary(graphs)].join('\n')}\n`);
  }
  return all.every((r) => r.ok) ? 0 : 1;
}

new Command()
  .name('eval')
  .description('Score the extractor on corpus directories (NAME.txt + NAME.gold.json)')
  .argument('<dir...>', 'corpus directories')
  .option('--json', 'print the figures as one JSON object')
  .option('--details', 'also print each article\'s misses and false positives (not for held-out directories)')
  .option('--graph', 'also write each directory\'s articles into one fresh graph and score them as they stand there')
  .option('--no-cache', 'parse every article again instead of reusing DATA_DIR/nlp-cache')
  .action(async (dirs: string[], opts: Options) => {
    process.exitCode = await main(dirs, opts);
  })
  .parseAsync()
  .catch((e: unknown) => {
    process.stderr.write(`eval: ${describeCliError(e)}\n`);
    process.exitCode = 1;
  });
