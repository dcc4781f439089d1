// `npm run load -- FILE|DIR ...`: extracts each article and writes it to
// Neo4j, one transaction per article; a progress bar for many files and a
// summary of actors and edges by type at the end. Bad files get a one-line
// error and are skipped; the exit code is non-zero if any failed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../server/config.ts';
import { ArticleRepo } from '../server/db/article-repo.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { createLogger } from '../server/logger.ts';
import { loadArticle } from '../server/load/load-article.ts';

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
  try {
    for (const file of files) {
      try {
        const r = await loadArticle(repo, { name: file, content: readFileSync(file), published: opts.published, source: opts.source }, config.maxArticleBytes);
        for (const rel of r.extraction.relationships) byType.set(rel.type, (byType.get(rel.type) ?? 0) + 1);
        for (const n of r.extraction.nodes) actors.add(n.id);
        if (!bar) console.log(`${file}: ${r.actors} actors, ${r.relations} edges → ${r.articleId}`);
      } catch (e) {
        failed++;
        bar?.stop();
        console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
      }
      bar?.increment();
    }
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
