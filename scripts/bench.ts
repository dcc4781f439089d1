// `npm run bench [-- --quick] [--json]`: runs every benchmark, prints a table of
// figures with the reference each is measured against in the same run, and
// writes the table as JSON to bench-results/bench.json with the machine on top.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dbBench } from './bench/db-bench.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ROOT = path.resolve(import.meta.dirname, '..');

interface Row {
  readonly section: string;
  readonly figure: string;
  readonly value: string;
  readonly reference: string;
  readonly ratio: string;
  readonly target: string;
  readonly met: string;
}
const rows: Row[] = [];
const f = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const add = (r: Row): void => {
  rows.push(r);
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

  // Extraction throughput (issue 3).
  try {
    const x = jsonOf('scripts/bench-extract.ts') as { extractorTokensPerSec: number; winkTokensPerSec: number; extractorMsPerArticle: number };
    add({ section: 'extract', figure: 'extractor tokens/s (1 core, dev corpus)', value: f(x.extractorTokensPerSec, 0), reference: `bare wink tokenizer ${f(x.winkTokensPerSec, 0)}/s`, ratio: f(x.extractorTokensPerSec / x.winkTokensPerSec, 3), target: '≥ 50,000', met: x.extractorTokensPerSec >= 50_000 ? 'yes' : 'no' });
    add({ section: 'extract', figure: 'extraction ms per article', value: f(x.extractorMsPerArticle, 1), reference: '', ratio: '', target: '', met: '' });
  } catch (e) {
    add({ section: 'extract', figure: 'extractor tokens/s', value: 'failed', reference: String(e).slice(0, 80), ratio: '', target: '', met: 'no' });
  }

  // Database: load, neighbours, search (issues 4 and 6).
  const world = quick ? { actors: 2_000, events: 20_000 } : { actors: 20_000, events: 200_000 };
  const d = await dbBench({ ...world, seconds: quick ? 3 : 10, concurrency: quick ? [1, 10] : [1, 10, 50] });
  add({ section: 'load', figure: `batched load, relations/s (${d.world.events} relations)`, value: f(d.load.batchedPerSecond, 0), reference: `one tx per row ${f(d.load.perRowPerSecond, 0)}/s`, ratio: `${f(d.load.ratio, 1)}×`, target: '≥ 100× and ≥ 20,000/s', met: d.load.ratio >= 100 && d.load.batchedPerSecond >= 20_000 ? 'yes' : 'no' });
  for (const n of d.neighbours) {
    add({ section: 'read', figure: `neighbours API p50/p99 ms, ${n.concurrency} client(s)`, value: `${f(n.api.p50)} / ${f(n.api.p99)}`, reference: `raw driver ${f(n.raw.p50)} / ${f(n.raw.p99)}`, ratio: `p99 ${f(n.p99Ratio, 2)}×`, target: n.concurrency === 10 ? 'p99 ≤ 1.2× raw, < 20 ms' : 'p99 ≤ 1.2× raw', met: n.p99Ratio <= 1.2 && (n.concurrency !== 10 || n.api.p99 < 20) ? 'yes' : 'no' });
  }
  add({ section: 'read', figure: `full-text search p50 ms (${d.world.actors} actors)`, value: f(d.search.fulltextMs, 2), reference: `CONTAINS scan ${f(d.search.containsMs, 2)} ms`, ratio: `${f(d.search.ratio, 0)}×`, target: '≥ 100× faster', met: d.search.ratio >= 100 ? 'yes' : 'no' });
  add({ section: 'read', figure: 'search API p50 ms', value: f(d.search.apiP50, 1), reference: '', ratio: '', target: '', met: '' });

  // The explorer in Chromium (issue 5).
  try {
    interface Mode { readonly drawMs: number; readonly panFrameMs: number; readonly layout?: string }
    const c = jsonOf('scripts/bench-client.ts', quick ? ['--sizes', '1000,5000'] : []) as { rows: { elements: number; explorer?: Mode; bare?: Mode }[] };
    for (const r of c.rows) {
      if (!r.explorer || !r.bare) continue;
      add({ section: 'client', figure: `layout+draw ms, ${r.elements} elements`, value: f(r.explorer.drawMs, 0), reference: `bare Cytoscape ${f(r.bare.drawMs, 0)}`, ratio: f(r.explorer.drawMs / r.bare.drawMs, 2), target: '', met: '' });
      add({ section: 'client', figure: `pan frame ms, ${r.elements} elements`, value: f(r.explorer.panFrameMs, 1), reference: `bare Cytoscape ${f(r.bare.panFrameMs, 1)}`, ratio: f(r.explorer.panFrameMs / r.bare.panFrameMs, 2), target: '', met: '' });
    }
  } catch (e) {
    add({ section: 'client', figure: 'explorer draw/layout', value: 'failed', reference: String(e).slice(0, 80), ratio: '', target: '', met: 'no' });
  }

  const cols: (keyof Row)[] = ['section', 'figure', 'value', 'reference', 'ratio', 'target', 'met'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (vals: string[]): string => `| ${vals.map((v, i) => v.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(line(cols));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results', 'bench.json'), JSON.stringify({ machine, rows, raw: { db: d } }, null, 2));
  console.log('written: bench-results/bench.json');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
