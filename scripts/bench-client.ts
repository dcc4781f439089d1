// `tsx scripts/bench-client.ts [--json] [--sizes 1000,5000,20000]`: in
// headless Chromium, the time to lay out and draw n synthetic elements and
// the frame time while panning, for the explorer's own rendering set-up
// (style, options by size, its layout) beside a bare default Cytoscape page,
// both measured in the same run. Builds client/bench/ with Vite into a temp
// directory and serves it from a tiny static server.
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../tests/support/browser.ts';
import type { BenchResult, Mode } from '../client/bench/bench.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const sizesArg = args[args.indexOf('--sizes') + 1];
const SIZES = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1_000, 5_000, 20_000];
const MODES: readonly Mode[] = ['explorer', 'bare'];

const log = (s: string): void => {
  // NOTE: progress goes to stderr so that --json keeps stdout parseable.
  process.stderr.write(`${s}\n`);
};

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const a = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
  }));
}

async function main(): Promise<void> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-client-'));
  log('building client/bench …');
  await build({ root: path.join(ROOT, 'client/bench'), base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5_000 } });
  const { server, url } = await serve(out);
  const browser = await launchBrowser();
  const results: (BenchResult & { mode: Mode })[] = [];
  try {
    for (const n of SIZES) {
      for (const mode of MODES) {
        // A fresh page per run: no warm caches or leftover canvases between modes.
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(url);
        await page.waitForSelector('body[data-ready="true"]');
        log(`${mode} ${n} elements …`);
        const r = await page.evaluate(([m, size]) => (window as unknown as { bench: (m: Mode, n: number) => Promise<BenchResult> }).bench(m, size), [mode, n] as const);
        results.push({ ...r, mode });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }

  const rows = SIZES.map((n) => {
    const e = results.find((r) => r.elements === n && r.mode === 'explorer');
    const b = results.find((r) => r.elements === n && r.mode === 'bare');
    return { elements: n, explorer: e, bare: b, drawRatio: e && b ? e.drawMs / b.drawMs : NaN, panRatio: e && b ? e.panFrameMs / b.panFrameMs : NaN };
  });
  if (json) {
    process.stdout.write(`${JSON.stringify({ chromium: 'Debian /usr/bin/chromium, headless, --disable-gpu', rows }, null, 2)}\n`);
    return;
  }
  const f = (x: number | undefined, d = 0): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(line(['elements', 'nodes', 'explorer layout', 'explorer draw ms', 'bare (grid) draw ms', 'draw ratio', 'explorer pan frame ms (p95)', 'bare pan frame ms (p95)', 'pan ratio']));
  console.log(line(Array.from({ length: 9 }, () => '---')));
  for (const r of rows) {
    console.log(
      line([
        String(r.elements),
        String(r.explorer?.nodes ?? ''),
        r.explorer?.layout ?? '',
        f(r.explorer?.drawMs),
        f(r.bare?.drawMs),
        `${f(r.drawRatio, 2)}×`,
        `${f(r.explorer?.panFrameMs, 1)} (${f(r.explorer?.panFrameP95Ms, 1)})`,
        `${f(r.bare?.panFrameMs, 1)} (${f(r.bare?.panFrameP95Ms, 1)})`,
        `${f(r.panRatio, 2)}×`,
      ]),
    );
  }
  console.log('\nDraw = creating the core with the elements, running the layout and painting the first frame. The explorer lays out with fCoSE (a force layout); the bare page uses Cytoscape\'s default grid, so its draw time is the floor of rendering alone.');
}

void main();
