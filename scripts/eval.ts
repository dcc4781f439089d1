// CLI: score the extractor on corpus directories.
//   tsx scripts/eval.ts DIR... [--json] [--details] [--no-cache]
// Every NAME.txt of a DIR that has a NAME.gold.json is extracted (published
// from the gold file, NAME.meta.json if present) on the shared NLP sidecar,
// three articles in flight, and scored in-process with the rules of the
// corpus's score.mjs (scripts/eval/score.ts). Prints a table per DIR and a
// summary (macro F1 per DIR, total traps). Parses are cached in
// DATA_DIR/nlp-cache unless --no-cache. --details adds misses and false
// positives, and is refused for a held-out directory (check/).
import path from 'node:path';
import { Command } from 'commander';
import { describeCliError } from './extract/cli-error.ts';
import { corpusArticles, isHeldOut, type CorpusArticle } from './eval/corpus-dir.ts';
import { evaluateArticles } from './eval/evaluate.ts';
import { dirTable, jsonReport, summary, type DirResults } from './eval/report.ts';
import { openCliAnnotator } from './extract/cli-annotator.ts';

interface Options {
  readonly json?: boolean;
  readonly details?: boolean;
  readonly cache: boolean;
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
  if (opts.json) process.stdout.write(`${JSON.stringify(jsonReport(results, facts))}\n`);
  else process.stdout.write(`${[...results.flatMap((d) => [...dirTable(d), '']), ...summary(results, facts)].join('\n')}\n`);
  return all.every((r) => r.ok) ? 0 : 1;
}

new Command()
  .name('eval')
  .description('Score the extractor on corpus directories (NAME.txt + NAME.gold.json)')
  .argument('<dir...>', 'corpus directories')
  .option('--json', 'print the figures as one JSON object')
  .option('--details', 'also print each article\'s misses and false positives (not for held-out directories)')
  .option('--no-cache', 'parse every article again instead of reusing DATA_DIR/nlp-cache')
  .action(async (dirs: string[], opts: Options) => {
    process.exitCode = await main(dirs, opts);
  })
  .parseAsync()
  .catch((e: unknown) => {
    process.stderr.write(`eval: ${describeCliError(e)}\n`);
    process.exitCode = 1;
  });
