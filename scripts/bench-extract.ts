// Benchmark: extractor throughput (tokens/s) over the dev corpus, against the
// bare wink-nlp tokenizer on the same texts; then many synthetic articles
// extracted inline on one thread against the worker pool on every core.
// `--json` prints the figures as one JSON object (for `npm run bench`).
//   tsx scripts/bench-extract.ts [--json] [--corpus DIR] [--seconds N] [--articles N]
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { extractArticle } from '../server/extract/extract.ts';
import { getNlp } from '../server/extract/nlp.ts';
import { extractMany } from '../server/extract/pool.ts';
import type { ArticleInput } from '../server/extract/types.ts';
import { articleText, makeActors, makeArticles } from './bench/world.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `fn` over all texts repeatedly for about `seconds`; returns texts processed per second-run stats. */
function timeIt(texts: readonly string[], seconds: number, fn: (t: string) => void): { rounds: number; ms: number } {
  for (const t of texts) fn(t); // warm-up (model load, JIT)
  const start = performance.now();
  let rounds = 0;
  while (performance.now() - start < seconds * 1000) {
    for (const t of texts) fn(t);
    rounds++;
  }
  return { rounds, ms: performance.now() - start };
}

/** Articles per second extracting all `inputs` once with `workers` (0 = inline), worker start-up included. */
async function articlesPerSec(inputs: readonly ArticleInput[], workers: number): Promise<number> {
  const start = performance.now();
  let failed = 0;
  for await (const r of extractMany(inputs, { workers })) if (!r.ok) failed++;
  const ms = performance.now() - start;
  if (failed > 0) process.stderr.write(`${failed} of ${inputs.length} synthetic articles failed to extract\n`);
  return inputs.length / (ms / 1000);
}

const program = new Command()
  .name('bench-extract')
  .option('--json', 'print the figures as JSON')
  .option('--corpus <dir>', 'directory of .txt articles', path.resolve(repoRoot, '../shared/corpus/dev'))
  .option('--seconds <n>', 'time per measurement', '2')
  .option('--articles <n>', 'synthetic articles for the inline vs worker-pool measurement', '200')
  .action(async (opts: { json?: boolean; corpus: string; seconds: string; articles: string }) => {
    const files = readdirSync(opts.corpus).filter((f) => f.endsWith('.txt')).sort();
    if (files.length === 0) {
      process.stderr.write(`${opts.corpus}: no .txt articles\n`);
      process.exit(1);
    }
    const texts = files.map((f) => readFileSync(path.join(opts.corpus, f), 'utf8'));
    const nlp = getNlp();
    const tokens = texts.reduce((n, t) => n + nlp.readDoc(t).tokens().length(), 0);
    const seconds = Number(opts.seconds) || 2;
    const ext = timeIt(texts, seconds, (t) => { extractArticle({ text: t }); });
    const wink = timeIt(texts, seconds, (t) => { nlp.readDoc(t).tokens().length(); });
    const extractorTokensPerSec = (tokens * ext.rounds) / (ext.ms / 1000);
    const winkTokensPerSec = (tokens * wink.rounds) / (wink.ms / 1000);

    const many = Number(opts.articles) || 200;
    const world = { actors: 2000, events: many * 20, articles: many, seed: 7 };
    const synthetic = [...makeArticles(world, makeActors(world))].map((x) => ({ text: articleText(x) }));
    const poolWorkers = availableParallelism();
    const inlineArticlesPerSec = await articlesPerSec(synthetic, 0);
    const poolArticlesPerSec = await articlesPerSec(synthetic, poolWorkers);
    const figures = {
      articles: texts.length,
      tokensPerRound: tokens,
      extractorTokensPerSec: Math.round(extractorTokensPerSec),
      winkTokensPerSec: Math.round(winkTokensPerSec),
      ratioToWink: Number((extractorTokensPerSec / winkTokensPerSec).toFixed(4)),
      extractorMsPerArticle: Number((ext.ms / (ext.rounds * texts.length)).toFixed(3)),
      manyArticles: synthetic.length,
      inlineArticlesPerSec: Number(inlineArticlesPerSec.toFixed(1)),
      poolArticlesPerSec: Number(poolArticlesPerSec.toFixed(1)),
      poolWorkers,
      poolSpeedup: Number((poolArticlesPerSec / inlineArticlesPerSec).toFixed(2)),
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
    else {
      process.stdout.write(`extractor: ${figures.extractorTokensPerSec.toLocaleString('en')} tokens/s (${figures.extractorMsPerArticle} ms/article, ${texts.length} articles, ${tokens} tokens)\n`);
      process.stdout.write(`wink-nlp tokenizer: ${figures.winkTokensPerSec.toLocaleString('en')} tokens/s\n`);
      process.stdout.write(`ratio: ${(figures.ratioToWink * 100).toFixed(1)}% of bare wink\n`);
      process.stdout.write(`${figures.manyArticles} synthetic articles: inline ${figures.inlineArticlesPerSec} articles/s, pool of ${poolWorkers} workers ${figures.poolArticlesPerSec} articles/s (×${figures.poolSpeedup}, worker start-up included)\n`);
    }
  });

await program.parseAsync();
