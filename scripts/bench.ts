// `npm run bench [-- --quick]`: runs every benchmark, prints one table of
// figures with the reference each is measured against in the same run, and
// writes the table as JSON to bench-results/bench.json with the machine on
// top. Full mode: a world of 1M relations (about 15 minutes); quick mode:
// 20k relations (a few minutes), what CI may run. The bench starts one NLP
// sidecar of its own (Stanford CoreNLP) and records it in a temporary
// DATA_DIR, so that the extractor bench and the server of the read benchmarks
// reuse it; it is stopped at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractMany } from '../server/extract/extract-many.ts';
import type { Extraction } from '../server/extract/types.ts';
import type { Annotator } from '../server/nlp/annotation.ts';
import { NLP_DEFAULTS } from '../server/nlp/nlp-defaults.ts';
import { nlpLogFile, recordNlpSidecar } from '../server/nlp/nlp-runtime-file.ts';
import { startNlpSidecar } from '../server/nlp/sidecar-process.ts';
import { dbBench } from './bench/db-bench.ts';
import { procStatusMiB } from './bench/proc-memory.ts';
import { fmt, row, type Row } from './bench/table.ts';
import { articleText, makeActors, makeArticles } from './bench/world.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ROOT = path.resolve(import.meta.dirname, '..');
const rows: Row[] = [];
const f = fmt;
const add = (r: Partial<Row> & Pick<Row, 'section' | 'figure' | 'value'>): void => {
  rows.push(row(r));
};

function jsonOf(script: string, extra: string[] = []): unknown {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, script), '--json', ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.slice(-500)}`);
  return JSON.parse(r.stdout);
}

/** First line a command prints about its version (java prints it on stderr). */
function version(cmd: string, a: string[]): string {
  const r = spawnSync(cmd, a, { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`.split('\n')[0]?.trim() || 'missing';
}

/** Synthetic articles as text, extracted through the NLP sidecar, `concurrency` at a time: the first half of extract-then-load. */
async function extractSynthetic(n: number, annotator: Annotator, concurrency: number): Promise<{ extractions: Extraction[]; extractSeconds: number; concurrency: number; failed: number }> {
  const world = { actors: 2_000, events: n * 20, articles: n, seed: 11 };
  const texts = [...makeArticles(world, makeActors(world))].map((x, i) => ({ text: articleText(x), title: `Synthetic article ${i}`, published: '2024-01-01', source: 'Synthetic Wire' }));
  const t = performance.now();
  const extractions: Extraction[] = [];
  let failed = 0;
  for await (const r of extractMany(texts, annotator, { concurrency })) {
    if (r.ok) extractions.push(r.extraction);
    else failed++;
  }
  return { extractions, extractSeconds: (performance.now() - t) / 1000, concurrency, failed };
}

async function main(): Promise<void> {
  const machine = {
    date: new Date().toISOString(),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '?',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    java: version('java', ['-version']),
    mode: quick ? 'quick' : 'full',
  };
  console.log(`machine: ${JSON.stringify(machine)}`);

  // The bench's own NLP sidecar, recorded where the extractor bench and the read benchmarks' server find it.
  const nlpDir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-nlp-'));
  const sidecar = await startNlpSidecar({ logFile: nlpLogFile(nlpDir), threads: NLP_DEFAULTS.threads });
  recordNlpSidecar(nlpDir, sidecar, false);
  console.log(`NLP sidecar: CoreNLP ${sidecar.version}, pid ${sidecar.pid}, ${NLP_DEFAULTS.threads} threads, -Xmx${NLP_DEFAULTS.heap}, models loaded in ${sidecar.loadMs} ms`);
  let d: Awaited<ReturnType<typeof dbBench>>;
  try {
    // Extraction throughput: parse included against the parse alone, and many articles at the sidecar's threads.
    try {
      const x = jsonOf('scripts/bench-extract.ts', ['--data-dir', nlpDir, '--articles', quick ? '100' : '400', ...(quick ? ['--limit', '10', '--seconds', '1'] : [])]) as {
        articles: number; extractorTokensPerSec: number; annotateTokensPerSec: number; ratioToAnnotate: number; extractorMsPerArticle: number; pureMsPerArticle: number;
        manyArticles: number; oneAtATimeArticlesPerSec: number; concurrentArticlesPerSec: number; concurrency: number; concurrencySpeedup: number;
      };
      add({ section: 'extract', figure: `extractor tokens/s, parse included (${x.articles} dev articles, one at a time)`, value: f(x.extractorTokensPerSec, 0), reference: `parse alone (sidecar) ${f(x.annotateTokensPerSec, 0)}/s`, ratio: f(x.ratioToAnnotate, 3) });
      add({ section: 'extract', figure: 'extraction ms per article, parse included (dev corpus)', value: f(x.extractorMsPerArticle, 0), reference: `pure part alone ${f(x.pureMsPerArticle, 1)} ms` });
      add({ section: 'extract', figure: `articles/s, ${x.manyArticles} synthetic articles, ${x.concurrency} in flight`, value: f(x.concurrentArticlesPerSec, 1), reference: `one at a time ${f(x.oneAtATimeArticlesPerSec, 1)}/s`, ratio: `${f(x.concurrencySpeedup, 2)}×` });
    } catch (e) {
      add({ section: 'extract', figure: 'extractor tokens/s', value: 'failed', reference: String(e).slice(0, 80), met: 'no' });
    }

    // Database: load, extract-then-load, reads, memory, search (issues 4 and 6).
    const articles = quick ? 200 : 1_000;
    const extracted = await extractSynthetic(articles, sidecar.client, NLP_DEFAULTS.threads);
    if (extracted.failed > 0) console.error(`${extracted.failed} of ${articles} synthetic articles failed to extract`);
    const memory = procStatusMiB(sidecar.pid);
    add({ section: 'memory', figure: 'NLP sidecar peak RSS MiB (VmHWM, after extraction)', value: f(memory.peakRssMiB ?? NaN, 0), reference: `-Xmx${NLP_DEFAULTS.heap}; RSS now ${f(memory.rssMiB ?? NaN, 0)} MiB` });
    const serverEnv = { DATA_DIR: nlpDir, NLP_SHARED: 'true' };
    d = await dbBench(
      quick
        ? { actors: 5_000, scales: [20_000], sweep: [2_000, 20_000], sweepEvents: 3_000, seconds: 1, concurrency: [1, 10], heap: '1g', pageCache: '512m', extracted, serverEnv }
        : { actors: 340_000, scales: [10_000, 100_000, 1_000_000], sweep: [2_000, 5_000, 20_000, 50_000], sweepEvents: 20_000, seconds: 5, concurrency: [1, 10, 50], heap: '2g', pageCache: '2g', extracted, serverEnv },
    );
    rows.push(...d.rows);
  } finally {
    await sidecar.stop();
    rmSync(nlpDir, { recursive: true, force: true });
  }

  // The explorer in Chromium (issue 5).
  try {
    interface Mode { readonly drawMs: number; readonly panFrameMs: number; readonly layout?: string }
    const c = jsonOf('scripts/bench-client.ts', quick ? ['--sizes', '1000'] : []) as { rows: { elements: number; explorer?: Mode; bare?: Mode }[] };
    for (const r of c.rows) {
      if (!r.explorer || !r.bare) continue;
      add({ section: 'client', figure: `layout+draw ms, ${r.elements} elements`, value: f(r.explorer.drawMs, 0), reference: `bare Cytoscape ${f(r.bare.drawMs, 0)}`, ratio: f(r.explorer.drawMs / r.bare.drawMs, 2) });
      add({ section: 'client', figure: `pan frame ms, ${r.elements} elements`, value: f(r.explorer.panFrameMs, 1), reference: `bare Cytoscape ${f(r.bare.panFrameMs, 1)}`, ratio: f(r.explorer.panFrameMs / r.bare.panFrameMs, 2) });
    }
  } catch (e) {
    add({ section: 'client', figure: 'explorer draw/layout', value: 'failed', reference: String(e).slice(0, 80), met: 'no' });
  }

  // Start: `npm start` to healthy, cold and warm (full mode: it takes minutes).
  if (!quick) {
    try {
      const st = jsonOf('scripts/bench-start.ts') as { coldMs: number; warmMs: number; launcherMs: number; serverRssMiB: number | null; javaRssMiB: number | null };
      add({ section: 'start', figure: 'npm start → healthy, cold ms (new store + sample article)', value: f(st.coldMs, 0), reference: `bare Neo4j launcher ${f(st.launcherMs, 0)} ms`, ratio: f(st.coldMs / st.launcherMs, 2) });
      add({ section: 'start', figure: 'npm start → healthy, warm ms', value: f(st.warmMs, 0), reference: `bare Neo4j launcher ${f(st.launcherMs, 0)} ms`, ratio: f(st.warmMs / st.launcherMs, 2) });
      if (st.serverRssMiB !== null) add({ section: 'memory', figure: 'server peak RSS MiB after a warm start', value: f(st.serverRssMiB, 0), reference: st.javaRssMiB === null ? '' : `Neo4j (java) ${f(st.javaRssMiB, 0)} MiB` });
    } catch (e) {
      add({ section: 'start', figure: 'npm start → healthy', value: 'failed', reference: String(e).slice(0, 80), met: 'no' });
    }
  }

  const cols: (keyof Row)[] = ['section', 'figure', 'value', 'reference', 'ratio', 'target', 'met'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (vals: string[]): string => `| ${vals.map((v, i) => v.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'bench.json'), JSON.stringify({ machine, rows, raw: { db: d.raw } }, null, 2));
  console.log('written: bench-results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
