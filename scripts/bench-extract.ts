// Benchmark: the extractor over the dev corpus, one article at a time, parse
// included (clean, annotate by the NLP sidecar, the pure part), in tokens/s,
// against the parse alone (the raw sidecar call on the same clean texts),
// timed in turns article by article (the order alternating) so that both
// see the same machine load;
// the pure part alone on the recorded parses; then many synthetic articles
// through extractMany at the sidecar's concurrency against one at a time; and
// the sidecar's resident memory. The sidecar is the one shared under
// --data-dir (default DATA_DIR): reused if it answers, else started detached.
// `--json` prints the figures as one JSON object (for `npm run bench`).
//   tsx scripts/bench-extract.ts [--json] [--corpus DIR] [--limit N] [--seconds N] [--articles N] [--data-dir DIR]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { cleanArticle } from '../server/extract/clean/clean.ts';
import { extractMany } from '../server/extract/extract-many.ts';
import { extractAnnotated, extractArticle } from '../server/extract/extract.ts';
import type { ArticleInput } from '../server/extract/types.ts';
import type { Annotation, Annotator } from '../server/nlp/annotation.ts';
import { connectCliSidecar } from './extract/cli-annotator.ts';
import { procStatusMiB } from './bench/proc-memory.ts';
import { articleText, makeActors, makeArticles } from './bench/world.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const tokensOf = (a: Annotation): number => a.sentences.reduce((n, s) => n + s.tokens.length, 0);

const progress = (s: string): void => {
  // NOTE: stderr, so that --json keeps stdout parseable.
  process.stderr.write(`[bench-extract] ${s}\n`);
};

/** Seconds to extract every input once through extractMany with `concurrency` in flight. */
async function manySeconds(inputs: readonly ArticleInput[], annotator: Annotator, concurrency: number): Promise<number> {
  const start = performance.now();
  let failed = 0;
  for await (const r of extractMany(inputs, annotator, { concurrency })) if (!r.ok) failed++;
  if (failed > 0) progress(`${failed} of ${inputs.length} synthetic articles failed to extract`);
  return (performance.now() - start) / 1000;
}

const program = new Command()
  .name('bench-extract')
  .option('--json', 'print the figures as JSON')
  .option('--corpus <dir>', 'directory of .txt articles', path.resolve(repoRoot, '../shared/corpus/dev'))
  .option('--limit <n>', 'use only the first N articles of the corpus (0: all)', '0')
  .option('--seconds <n>', 'least time per corpus measurement (whole rounds over the corpus)', '2')
  .option('--articles <n>', 'synthetic articles for the concurrent vs one-at-a-time measurement', '200')
  .option('--data-dir <dir>', 'DATA_DIR whose shared NLP sidecar to use (default: the configured DATA_DIR)')
  .action(async (opts: { json?: boolean; corpus: string; limit: string; seconds: string; articles: string; dataDir?: string }) => {
    const config = loadConfig();
    const limit = Number(opts.limit) || Infinity;
    const files = readdirSync(opts.corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
    if (files.length === 0) {
      process.stderr.write(`${opts.corpus}: no .txt articles\n`);
      process.exit(1);
    }
    const sidecar = await connectCliSidecar(opts.dataDir);
    const annotator = sidecar.client;
    const info = sidecar.info();
    const inputs: ArticleInput[] = files.map((f) => ({ text: readFileSync(path.join(opts.corpus, f), 'utf8') }));
    const cleaned = inputs.map((i) => cleanArticle(i.text));

    // Warm-up (the sidecar's JIT), which also records each article's parse and token count.
    progress(`warm-up: parsing ${inputs.length} corpus articles`);
    const parses: Annotation[] = [];
    for (const c of cleaned) parses.push(await annotator.annotate(c.cleanText));
    const tokens = parses.reduce((n, a) => n + tokensOf(a), 0);

    // Parse alone and whole extraction, in turns per article, for whole rounds.
    const seconds = Number(opts.seconds) || 2;
    let annotateMs = 0;
    let extractMs = 0;
    let rounds = 0;
    const began = performance.now();
    do {
      progress(`round ${rounds + 1}: parse alone and whole extraction, article by article`);
      for (const [i, input] of inputs.entries()) {
        const parse = async (): Promise<void> => {
          const t = performance.now();
          await annotator.annotate(cleaned[i]?.cleanText ?? '');
          annotateMs += performance.now() - t;
        };
        const extract = async (): Promise<void> => {
          const t = performance.now();
          await extractArticle(input, annotator);
          extractMs += performance.now() - t;
        };
        // NOTE: the order alternates: the second parse of a text runs on warmer caches.
        if ((i + rounds) % 2 === 0) await parse().then(extract);
        else await extract().then(parse);
      }
      rounds++;
    } while (performance.now() - began < seconds * 1000);

    // The pure part alone, on the recorded parses.
    let pureRounds = 0;
    const pureStart = performance.now();
    do {
      for (const [i, input] of inputs.entries()) {
        const c = cleaned[i];
        const a = parses[i];
        if (c && a) extractAnnotated(input, c, a);
      }
      pureRounds++;
    } while (performance.now() - pureStart < seconds * 1000);
    const pureMs = performance.now() - pureStart;

    // Many synthetic articles: extractMany at the sidecar's threads against one at a time.
    const many = Number(opts.articles) || 200;
    const world = { actors: 2000, events: many * 20, articles: many, seed: 7 };
    const synthetic = [...makeArticles(world, makeActors(world))].map((x) => ({ text: articleText(x) }));
    const concurrency = config.nlp.threads;
    progress(`${synthetic.length} synthetic articles, one at a time`);
    const oneSeconds = await manySeconds(synthetic, annotator, 1);
    progress(`${synthetic.length} synthetic articles, ${concurrency} in flight`);
    const concurrentSeconds = await manySeconds(synthetic, annotator, concurrency);

    const memory = procStatusMiB(info.pid);
    const perSec = (ms: number): number => (tokens * rounds) / (ms / 1000);
    const figures = {
      articles: inputs.length,
      tokensPerRound: tokens,
      rounds,
      extractorTokensPerSec: Math.round(perSec(extractMs)),
      annotateTokensPerSec: Math.round(perSec(annotateMs)),
      ratioToAnnotate: Number((annotateMs / extractMs).toFixed(4)),
      extractorMsPerArticle: Number((extractMs / (rounds * inputs.length)).toFixed(1)),
      annotateMsPerArticle: Number((annotateMs / (rounds * inputs.length)).toFixed(1)),
      pureMsPerArticle: Number((pureMs / (pureRounds * inputs.length)).toFixed(3)),
      pureTokensPerSec: Math.round((tokens * pureRounds) / (pureMs / 1000)),
      manyArticles: synthetic.length,
      oneAtATimeArticlesPerSec: Number((synthetic.length / oneSeconds).toFixed(2)),
      concurrentArticlesPerSec: Number((synthetic.length / concurrentSeconds).toFixed(2)),
      concurrency,
      concurrencySpeedup: Number((oneSeconds / concurrentSeconds).toFixed(2)),
      sidecar: { pid: info.pid, reused: info.reused, rssMiB: memory.rssMiB, peakRssMiB: memory.peakRssMiB },
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(figures)}\n`);
    else {
      const n = (x: number): string => x.toLocaleString('en');
      process.stdout.write(`extractor, parse included: ${n(figures.extractorTokensPerSec)} tokens/s (${figures.extractorMsPerArticle} ms/article; ${inputs.length} articles, ${n(tokens)} tokens, ${rounds} round(s))\n`);
      process.stdout.write(`parse alone (sidecar): ${n(figures.annotateTokensPerSec)} tokens/s (${figures.annotateMsPerArticle} ms/article); extraction runs at ${(figures.ratioToAnnotate * 100).toFixed(1)}% of it\n`);
      process.stdout.write(`pure part alone: ${figures.pureMsPerArticle} ms/article (${n(figures.pureTokensPerSec)} tokens/s)\n`);
      process.stdout.write(`${figures.manyArticles} synthetic articles: ${figures.concurrentArticlesPerSec} articles/s with ${concurrency} in flight, ${figures.oneAtATimeArticlesPerSec} one at a time (×${figures.concurrencySpeedup})\n`);
      process.stdout.write(`sidecar pid ${info.pid}${info.reused ? ' (reused)' : ''}: RSS ${memory.rssMiB ?? '?'} MiB, peak ${memory.peakRssMiB ?? '?'} MiB\n`);
    }
  });

await program.parseAsync();
