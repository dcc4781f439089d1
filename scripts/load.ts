// `npm run load -- FILE|DIR ...`: extracts each article (in worker threads
// across cores when there are many) and writes them to Neo4j with the bulk
// writer (several articles per transaction; a failed batch is retried one
// article per transaction); a progress bar for many files and a summary of
// actors and edges by type at the end. Bad files get a one-line error and
// are skipped; the exit code is non-zero if any failed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/config.ts';
import { ArticleRepo } from '../server/db/article-repo.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { createLogger } from '../server/logger.ts';
import { extractMany } from '../server/extract/pool.ts';
import { hasNoActors } from '../server/extract/extract.ts';
import type { ArticleInput, Extraction } from '../server/extract/types.ts';
import { validateArticleText } from '../server/extract/validate.ts';

/**
 * Worker threads only where they pay: a worker takes 2–3 s to start (tsx
 * compiles the extractor, wink loads its model), and on 2 cores one core is
 * Neo4j's; there the pool measured 0.25× one thread (BENCHMARKS.md).
 */
const usePool = (files: number): boolean => availableParallelism() >= 4 && files >= 64;

const program = new Command()
  .name('load')
  .description('Extract news articles and write them to Neo4j')
  .argument('<paths...>', 'article files (.txt) or folders of them')
  .option('--published <date>', 'published date (YYYY-MM-DD) for every file given')
  .option('--source <name>', 'source (outlet) for every file given')
  .parse();

const opts = program.opts<{ published?: string; source?: string }>();

function articleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new Error(`${p}: no such file or folder`);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.txt')) files.push(path.join(p, f));
    } else files.push(p);
  }
  return files;
}

async function main(): Promise<number> {
  const config = loadConfig();
  // NOTE: a CLI prints its own lines; the server's info logs would drown them.
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, false);
  const files = articleFiles(program.args);
  const database = await openDatabase(config, log);
  const repo = new ArticleRepo(database.db);
  const byType = new Map<string, number>();
  const actors = new Set<string>();
  let failed = 0;
  const bar = files.length > 3 && process.stderr.isTTY ? new SingleBar({ stream: process.stderr }, Presets.shades_classic) : undefined;
  bar?.start(files.length, 0);
  const fail = (file: string, message: string): void => {
    failed++;
    if (bar) process.stderr.write('\n');
    console.error(`error: ${file}: ${message}`);
    bar?.increment();
  };
  // Files whose text went to the extractor, in order (the pool keeps it), and
  // the extraction of each article id until its transaction commits.
  const queue: string[] = [];
  const pending = new Map<string, { file: string; x: Extraction }>();
  function* inputs(): Generator<ArticleInput> {
    for (const file of files) {
      let checked: ReturnType<typeof validateArticleText>;
      try {
        checked = validateArticleText(readFileSync(file), { maxBytes: config.maxArticleBytes });
      } catch (e) {
        fail(file, e instanceof Error ? e.message : String(e));
        continue;
      }
      if (!checked.ok) {
        fail(file, checked.message);
        continue;
      }
      queue.push(file);
      yield { text: checked.text, ...(opts.published ? { published: opts.published } : {}), ...(opts.source ? { source: opts.source } : {}) };
    }
  }
  async function* extractions(): AsyncGenerator<Extraction> {
    for await (const r of extractMany(inputs(), { workers: usePool(files.length) ? undefined : 0 })) {
      const file = queue.shift() ?? '?';
      if (!r.ok) fail(file, `extraction failed: ${r.error}`);
      else if (hasNoActors(r.extraction)) fail(file, 'no actors found in the text, nothing to load');
      else {
        pending.set(r.extraction.article.id, { file, x: r.extraction });
        yield r.extraction;
      }
    }
  }
  try {
    await repo.writeMany(extractions(), {
      onArticle: (r) => {
        const p = pending.get(r.articleId);
        pending.delete(r.articleId);
        const file = p?.file ?? r.articleId;
        if (r.error !== undefined || !p || !r.summary) return fail(file, r.error ?? 'not written');
        for (const rel of p.x.relationships) byType.set(rel.type, (byType.get(rel.type) ?? 0) + 1);
        for (const n of p.x.nodes) actors.add(n.id);
        if (!bar) console.log(`${file}: ${r.summary.actors} actors, ${r.summary.relations} edges → ${r.articleId}`);
        bar?.increment();
      },
    });
  } finally {
    bar?.stop();
    await database.close();
  }
  const types = [...byType.entries()].sort().map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`loaded ${files.length - failed} of ${files.length} article(s): ${actors.size} actors; edges: ${types || 'none'}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
