// `npm run load -- FILE|DIR ...`: extracts each article (a text file or a
// saved web page, .txt/.html/.htm in a folder; NAME.meta.json beside a file
// gives its title, date, outlet and address) — parsed by the NLP
// sidecar shared under DATA_DIR (the running server's, a warm detached one,
// or one started now that stays for the next call and exits when idle; its
// progress goes to stderr), a bounded number at a time (extractMany) — and
// writes them to Neo4j with the bulk writer (several articles per
// transaction; a failed batch is retried one article per transaction); a
// progress bar for many files and a summary of actors and edges by type at
// the end. Bad files get a one-line error and are skipped; the exit code is
// non-zero if any failed.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/config.ts';
import { correctedArticleRepo } from '../server/db/correction-repo.ts';
import { writeLine } from './extract/write-line.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { createLogger } from '../server/logger.ts';
import { extractMany } from '../server/extract/extract-many.ts';
import { hasNoActors } from '../server/extract/extract.ts';
import type { ArticleInput, Extraction } from '../server/extract/types.ts';
import { isNlpError } from '../server/nlp/nlp-error.ts';
import { isArticleFileName, readArticleFile } from './extract/article-file.ts';
import { connectCliSidecar } from './extract/cli-annotator.ts';

const program = new Command()
  .name('load')
  .description('Extract news articles and write them to Neo4j')
  .argument('<paths...>', 'article files (.txt, or saved web pages .html/.htm) or folders of them')
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
      for (const f of readdirSync(p).sort()) if (isArticleFileName(f)) files.push(path.join(p, f));
    } else files.push(p);
  }
  return files;
}

async function main(): Promise<number> {
  const config = loadConfig();
  // NOTE: a CLI prints its own lines; the server's info logs would drown them.
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, false);
  const files = articleFiles(program.args);
  // NOTE: the sidecar and Neo4j start in parallel (each takes seconds). Only
  // the database (a local Neo4j this process may have started) is ours to
  // close; the shared sidecar stays for the next call and exits when idle.
  const [nlp, db] = await Promise.allSettled([connectCliSidecar(config.dataDir), openDatabase(config, log)]);
  if (nlp.status === 'rejected') {
    if (db.status === 'fulfilled') await db.value.close();
    throw nlp.reason;
  }
  if (db.status === 'rejected') throw db.reason;
  const sidecar = nlp.value;
  const database = db.value;
  const repo = correctedArticleRepo(database.db);
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
  // Files whose text went to the extractor, in order (extractMany keeps it), and
  // the extraction of each article id until its transaction commits.
  const queue: string[] = [];
  const pending = new Map<string, { file: string; x: Extraction }>();
  function* inputs(): Generator<ArticleInput> {
    for (const file of files) {
      const read = readArticleFile(file, { published: opts.published, source: opts.source }, config.maxArticleBytes);
      if (!read.ok) {
        fail(file, read.message);
        continue;
      }
      queue.push(file);
      yield read.input;
    }
  }
  async function* extractions(): AsyncGenerator<Extraction> {
    for await (const r of extractMany(inputs(), sidecar.client, { concurrency: config.nlp.threads })) {
      const file = queue.shift() ?? '?';
      if (!r.ok) fail(file, `extraction failed: ${isNlpError(r.error) ? `[${r.error.code}] ` : ''}${r.error.message}`);
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
        if (!bar) console.log(writeLine(file, r.summary));
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
    console.error(`error: ${isNlpError(e) ? `[${e.code}] ` : ''}${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
