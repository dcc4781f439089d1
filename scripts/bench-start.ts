// `tsx scripts/bench-start.ts [--json] [--runs N]`: the time from `npm start`
// to the first 200 of /api/health, on an empty DATA_DIR (cold: a new Neo4j
// store and the sample article) and again on the same DATA_DIR (warm, N runs,
// median), beside the bare local Neo4j launcher (`npx tsx scripts/neo4j.ts`)
// on a fresh store, measured in the same run. Also splits each start into the
// client build, the local Neo4j and the app, and reads the peak RSS (VmHWM)
// of the server's Node process and of its java child once warm start is
// healthy. Every process runs in its own process group under a temp dir that
// is removed at the end; stdout carries only the table (or, with --json, one
// JSON object), progress goes to stderr.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAUNCHER_MAIN_CLASS } from '../server/db/launcher-build.ts';
import { ensureLauncherBuilt } from '../server/db/local-neo4j.ts';
import { runtimeFile } from '../server/db/runtime-file.ts';
import { freePort, REPO_ROOT } from '../tests/support/run-server.ts';

const POLL_MS = 100;
const START_TIMEOUT_MS = 300_000;
/** The app gives its Neo4j 30 s after SIGTERM before SIGKILL; a little more for the rest. */
const STOP_TIMEOUT_MS = 60_000;
const TAIL_LINES = 40;
/** `npm start` runs its script with sh, whose command line names server/main.ts from the start. */
const SHELLS = new Set(['sh', 'dash', 'bash']);

// --- arguments ---------------------------------------------------------------

function usage(problem: string): never {
  process.stderr.write(`bench-start: ${problem}\nusage: tsx scripts/bench-start.ts [--json] [--runs N]\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { json: boolean; runs: number } {
  let json = false;
  let runs = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--runs' || a?.startsWith('--runs=')) {
      const v = a === '--runs' ? argv[++i] : a.slice('--runs='.length);
      runs = Number(v);
      if (!Number.isInteger(runs) || runs < 1) usage(`--runs takes a positive integer, not ${v ?? '(nothing)'}`);
    } else usage(`unknown argument ${a}`);
  }
  return { json, runs };
}

const opts = parseArgs(process.argv.slice(2));

const progress = (s: string): void => {
  // NOTE: progress goes to stderr so that --json keeps stdout parseable.
  process.stderr.write(`${s}\n`);
};

// --- /proc -------------------------------------------------------------------

interface Proc {
  readonly pid: number;
  readonly comm: string;
  readonly state: string;
  readonly ppid: number;
  readonly pgrp: number;
}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // `pid (comm) state ppid pgrp …`: comm may hold spaces and parentheses.
    const open = stat.indexOf('(');
    const close = stat.lastIndexOf(')');
    const [state, ppid, pgrp] = stat.slice(close + 2).split(' ');
    return { pid, comm: stat.slice(open + 1, close), state: state ?? '?', ppid: Number(ppid), pgrp: Number(pgrp) };
  } catch {
    return undefined; // gone meanwhile
  }
}

function allProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = readProc(Number(name));
    if (p) out.push(p);
  }
  return out;
}

/** Live (not zombie) processes of a process group. */
const groupMembers = (pgid: number): Proc[] => allProcs().filter((p) => p.pgrp === pgid && p.state !== 'Z');

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** Peak resident set size (VmHWM) in MiB, or null when the process is gone. */
function peakRssMiB(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `pgrep -f <dir>`: pids whose command line names the directory (the java launcher does, via --data-dir). */
function pgrepPath(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', escapeRegex(dir)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map(Number)
      .filter((pid) => pid !== process.pid);
  } catch (e) {
    if ((e as { status?: number }).status === 1) return []; // pgrep: no match
    throw e;
  }
}

/** The Neo4j java child of the group and its parent, the Node process that runs the server (or scripts/neo4j.ts). */
function findJava(pgid: number): { java: Proc; parent: Proc | undefined } | undefined {
  const members = groupMembers(pgid);
  // NOTE: the server also runs the NLP sidecar's JVM; the launcher's main class tells Neo4j's apart.
  const java = members.find((p) => p.comm === 'java' && cmdline(p.pid).includes(LAUNCHER_MAIN_CLASS));
  return java ? { java, parent: members.find((p) => p.pid === java.ppid) } : undefined;
}

// --- process groups ----------------------------------------------------------

class Group {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly t0: number;
  readonly tail: string[] = [];
  exit: string | undefined;
  private readonly lineListeners: ((line: string) => void)[] = [];

  constructor(
    readonly label: string,
    command: string,
    args: readonly string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.t0 = performance.now();
    // detached: its own process group (pid = pgid), so one signal reaches npm, sh, tsx, node and java.
    this.child = spawn(command, args, { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (this.child.pid === undefined) throw new Error(`${label}: could not spawn ${command}`);
    this.pid = this.child.pid;
    live.add(this);
    this.child.once('error', (e) => {
      this.exit = `spawn error: ${e.message}`;
    });
    this.child.once('exit', (code, signal) => {
      this.exit = signal ?? `code ${code}`;
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        for (const l of this.lineListeners) l(line);
      });
    }
  }

  elapsed(): number {
    return performance.now() - this.t0;
  }

  onLine(listener: (line: string) => void): void {
    this.lineListeners.push(listener);
  }

  output(): string {
    return this.tail.length === 0 ? '(no output)' : this.tail.map((l) => `  | ${l}`).join('\n');
  }

  /** Fails with the output's tail if the group's leader has exited. */
  assertRunning(what: string): void {
    if (this.exit !== undefined) throw new Error(`${this.label} exited (${this.exit}) before ${what}; last output:\n${this.output()}`);
  }

  signal(sig: NodeJS.Signals): void {
    try {
      process.kill(-this.pid, sig);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
    }
  }

  /** SIGINT to the whole group (as Ctrl-C would), then waits until no process of it is left. Returns ms taken. */
  async stop(dataDir: string): Promise<number> {
    const t = performance.now();
    this.signal('SIGINT');
    const deadline = t + STOP_TIMEOUT_MS;
    while (groupMembers(this.pid).length > 0) {
      if (performance.now() > deadline) {
        const left = groupMembers(this.pid).map((p) => `${p.pid} ${p.comm}`).join(', ');
        this.kill();
        throw new Error(`${this.label} was still running ${STOP_TIMEOUT_MS} ms after SIGINT (${left}); killed it`);
      }
      await sleep(POLL_MS);
    }
    const ms = performance.now() - t;
    live.delete(this);
    const leftovers = pgrepPath(dataDir);
    if (leftovers.length > 0) {
      for (const pid of leftovers) killQuietly(pid);
      throw new Error(`after ${this.label} stopped, processes under ${dataDir} were left: ${leftovers.map((p) => `${p} ${cmdline(p).slice(0, 120)}`).join('; ')}; killed them`);
    }
    return ms;
  }

  kill(): void {
    this.signal('SIGKILL');
    live.delete(this);
  }
}

const live = new Set<Group>();

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

// --- measurements ------------------------------------------------------------

interface StartRun {
  readonly label: string;
  /** spawn → first 200 of /api/health */
  readonly healthyMs: number;
  /** spawn → the server's Node process exists (`vite build` done, tsx starting) */
  readonly buildMs: number | null;
  /** spawn → the server has spawned the java launcher (server modules loaded) */
  readonly javaMs: number | null;
  /** spawn → the app recorded its local Neo4j as ready (neo4j.runtime.json written) */
  readonly neo4jReadyMs: number | null;
  /** SIGINT → every process of the run gone */
  readonly stopMs: number;
  readonly serverRssMiB: number | null;
  readonly javaRssMiB: number | null;
  readonly nodes: number | null;
  readonly relationships: number | null;
}

interface HealthBody {
  status?: unknown;
  neo4j?: { nodes?: unknown; relationships?: unknown };
}

function startEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  // The app starts its own local Neo4j (on any free Bolt port) and seeds the sample article.
  delete env.NEO4J_URI;
  delete env.NEO4J_LOCAL_PORT;
  delete env.LOAD_SAMPLE;
  return env;
}

/** mtime of neo4j.runtime.json if it was written after `sinceEpochMs`. */
function runtimeWrittenSince(dataDir: string, sinceEpochMs: number): boolean {
  const st = statSync(runtimeFile(dataDir), { throwIfNoEntry: false });
  return st !== undefined && st.mtimeMs >= sinceEpochMs - 1;
}

async function npmStart(label: string, dataDir: string): Promise<StartRun> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/api/health`;
  const spawnedAt = Date.now();
  const g = new Group(`npm start (${label})`, 'npm', ['start'], startEnv(dataDir, port));
  let buildMs: number | null = null;
  let javaMs: number | null = null;
  let neo4jReadyMs: number | null = null;
  let body: HealthBody | undefined;
  let healthyMs: number;
  for (;;) {
    g.assertRunning('/api/health answered 200');
    if (buildMs === null || javaMs === null) {
      const members = groupMembers(g.pid);
      if (buildMs === null && members.some((p) => !SHELLS.has(p.comm) && cmdline(p.pid).includes('server/main.ts'))) buildMs = g.elapsed();
      if (javaMs === null && members.some((p) => p.comm === 'java')) javaMs = g.elapsed();
    }
    if (neo4jReadyMs === null && runtimeWrittenSince(dataDir, spawnedAt)) neo4jReadyMs = g.elapsed();
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
    if (res?.status === 200) {
      healthyMs = g.elapsed();
      body = (await res.json()) as HealthBody;
      break;
    }
    await res?.body?.cancel();
    if (g.elapsed() > START_TIMEOUT_MS) {
      g.kill();
      throw new Error(`${g.label}: /api/health not 200 within ${START_TIMEOUT_MS} ms (last: ${res ? `HTTP ${res.status}` : 'no answer'}); last output:\n${g.output()}`);
    }
    await sleep(POLL_MS);
  }
  // The runtime file is written just before the schema; the poll may have missed it only if it all took < 100 ms.
  if (neo4jReadyMs === null && runtimeWrittenSince(dataDir, spawnedAt)) neo4jReadyMs = healthyMs;
  const procs = findJava(g.pid);
  const serverRssMiB = procs?.parent ? peakRssMiB(procs.parent.pid) : null;
  const javaRssMiB = procs ? peakRssMiB(procs.java.pid) : null;
  if (procs?.parent && !cmdline(procs.parent.pid).includes('server/main.ts')) {
    progress(`  note: java's parent (pid ${procs.parent.pid}) does not run server/main.ts: ${cmdline(procs.parent.pid).slice(0, 160)}`);
  }
  if (!procs) progress(`  note: no java process found in the process group of ${g.label}`);
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const run = {
    label,
    healthyMs,
    buildMs,
    javaMs,
    neo4jReadyMs,
    serverRssMiB,
    javaRssMiB,
    nodes: num(body.neo4j?.nodes),
    relationships: num(body.neo4j?.relationships),
  };
  progress(`  healthy after ${fmt(healthyMs)} ms (build ${fmt(buildMs)}, java spawned ${fmt(javaMs)}, Neo4j ready ${fmt(neo4jReadyMs)}; graph ${run.nodes ?? '?'} nodes, ${run.relationships ?? '?'} relationships); stopping …`);
  const stopMs = await g.stop(dataDir);
  const noise = g.tail.filter((l) => l.trim() !== '' && !/^> /.test(l));
  if (noise.length > 0) progress(`  output of ${g.label}:\n${noise.map((l) => `  | ${l}`).join('\n')}`);
  return { ...run, stopMs };
}

interface LauncherRun {
  readonly readyMs: number;
  /** spawn → the java process exists (npx, tsx and the script's imports done) */
  readonly javaMs: number | null;
  readonly javaRssMiB: number | null;
  readonly stopMs: number;
}

async function bareLauncher(appDataDir: string): Promise<LauncherRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI;
  const g = new Group('npx tsx scripts/neo4j.ts', 'npx', ['tsx', 'scripts/neo4j.ts', '--port', '0', '--data-dir', appDataDir], env);
  let readyMs: number | undefined;
  g.onLine((line) => {
    // scripts/neo4j.ts prints `NEO4J_READY {json}` once Bolt accepts connections.
    if (readyMs === undefined && line.startsWith('NEO4J_READY ')) readyMs = g.elapsed();
  });
  let javaMs: number | null = null;
  while (readyMs === undefined) {
    g.assertRunning('it printed its ready line');
    if (javaMs === null && groupMembers(g.pid).some((p) => p.comm === 'java')) javaMs = g.elapsed();
    if (g.elapsed() > START_TIMEOUT_MS) {
      g.kill();
      throw new Error(`${g.label}: not ready within ${START_TIMEOUT_MS} ms; last output:\n${g.output()}`);
    }
    await sleep(POLL_MS); // the ready time comes from the line event, not this loop
  }
  const procs = findJava(g.pid);
  const javaRssMiB = procs ? peakRssMiB(procs.java.pid) : null;
  progress(`  ready after ${fmt(readyMs)} ms (java spawned ${fmt(javaMs)}); stopping …`);
  const stopMs = await g.stop(appDataDir);
  return { readyMs, javaMs, javaRssMiB, stopMs };
}

// --- statistics and output ----------------------------------------------------

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const medianOf = (runs: readonly StartRun[], pick: (r: StartRun) => number | null): number | null =>
  median(runs.map(pick).filter((v): v is number => v !== null));

function fmt(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
}

const round = (x: number | null, digits = 0): number | null => (x === null ? null : Number(x.toFixed(digits)));

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function printTable(cold: StartRun, warm: readonly StartRun[], launcher: LauncherRun): void {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const out: string[] = [];
  out.push(line(['run', 'to healthy ms', 'vite build ms', 'then java spawned ms', 'then Neo4j ready ms', 'then healthy ms', 'stop ms', 'server peak RSS MiB', 'java peak RSS MiB']));
  out.push(line(Array.from({ length: 9 }, () => '---')));
  const row = (r: StartRun): string =>
    line([
      r.label,
      fmt(r.healthyMs),
      fmt(r.buildMs),
      fmt(diff(r.javaMs, r.buildMs)),
      fmt(diff(r.neo4jReadyMs, r.javaMs)),
      fmt(diff(r.healthyMs, r.neo4jReadyMs)),
      fmt(r.stopMs),
      fmt(r.serverRssMiB, 1),
      fmt(r.javaRssMiB, 1),
    ]);
  out.push(row(cold));
  for (const r of warm) out.push(row(r));
  if (warm.length > 1) {
    out.push(line(['warm median', fmt(medianOf(warm, (r) => r.healthyMs)), fmt(medianOf(warm, (r) => r.buildMs)), fmt(medianOf(warm, (r) => diff(r.javaMs, r.buildMs))), fmt(medianOf(warm, (r) => diff(r.neo4jReadyMs, r.javaMs))), fmt(medianOf(warm, (r) => diff(r.healthyMs, r.neo4jReadyMs))), fmt(medianOf(warm, (r) => r.stopMs)), fmt(medianOf(warm, (r) => r.serverRssMiB), 1), fmt(medianOf(warm, (r) => r.javaRssMiB), 1)]));
  }
  out.push(line(['bare launcher, fresh store (reference)', fmt(launcher.readyMs), '', fmt(launcher.javaMs), fmt(diff(launcher.readyMs, launcher.javaMs)), '', fmt(launcher.stopMs), '', fmt(launcher.javaRssMiB, 1)]));
  out.push('');
  const warmMs = medianOf(warm, (r) => r.healthyMs);
  out.push(`The bare launcher (npx + tsx + java, new store) is ready after ${fmt(launcher.readyMs)} ms: ${fmt(warmMs === null ? null : (100 * launcher.readyMs) / warmMs)} % of the warm start (${fmt(warmMs)} ms), ${fmt((100 * launcher.readyMs) / cold.healthyMs)} % of the cold start (${fmt(cold.healthyMs)} ms).`);
  out.push(`Cold graph after start: ${cold.nodes ?? '?'} nodes, ${cold.relationships ?? '?'} relationships (the sample article).`);
  out.push('Phases (100 ms polling): "vite build" = spawn → the server\'s Node process exists; "then java spawned" = tsx start and the server\'s imports (for the launcher row: npx, tsx and the script\'s imports); "then Neo4j ready" = java start → the app wrote neo4j.runtime.json (launcher row: its ready line); "then healthy" = schema, the sample article (cold only), HTTP listen, the first health query. RSS is VmHWM right after health answered.');
  process.stdout.write(`${out.join('\n')}\n`);
}

// --- main --------------------------------------------------------------------

let tmp: string | undefined;

/** SIGKILL to every group still running and to anything under the temp dir; waits (up to 5 s) until they are gone. */
async function emergencyCleanup(): Promise<void> {
  const groups = [...live];
  for (const g of groups) g.kill();
  if (tmp) {
    for (const pid of pgrepPath(tmp)) killQuietly(pid);
  }
  const deadline = performance.now() + 5_000;
  while (groups.some((g) => groupMembers(g.pid).length > 0) && performance.now() < deadline) await sleep(POLL_MS);
}

function removeTmp(): void {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
}

async function main(): Promise<void> {
  progress('checking the Neo4j launcher build …');
  const tb = performance.now();
  await ensureLauncherBuilt();
  const buildMs = performance.now() - tb;
  if (buildMs > 2_000) progress(`  built it in ${fmt(buildMs)} ms (not counted in any figure)`);

  tmp = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-start-'));
  const launcherDir = path.join(tmp, 'launcher');
  const appDir = path.join(tmp, 'app');
  mkdirSync(launcherDir);
  mkdirSync(appDir);

  // The reference first: it also brings the Neo4j jars into the OS page cache, so
  // that the cold app start is not the one that pays for reading them from disk.
  progress('bare launcher on a fresh store (npx tsx scripts/neo4j.ts) …');
  const launcher = await bareLauncher(launcherDir);

  progress(`cold: npm start on an empty DATA_DIR (${appDir}) …`);
  const cold = await npmStart('cold', appDir);
  if (cold.nodes === 0) progress('  note: the graph is empty after the cold start: the sample article was not loaded');

  const warm: StartRun[] = [];
  for (let i = 1; i <= opts.runs; i++) {
    progress(`warm ${i}/${opts.runs}: npm start on the same DATA_DIR …`);
    warm.push(await npmStart(opts.runs === 1 ? 'warm' : `warm ${i}`, appDir));
  }
  removeTmp();

  const last = warm.length > 0 ? warm : [cold];
  const result = {
    coldMs: round(cold.healthyMs),
    warmMs: round(medianOf(warm, (r) => r.healthyMs)),
    launcherMs: round(launcher.readyMs),
    serverRssMiB: round(medianOf(last, (r) => r.serverRssMiB), 1),
    javaRssMiB: round(medianOf(last, (r) => r.javaRssMiB), 1),
    warmRunsMs: warm.map((r) => round(r.healthyMs)),
    phases: [cold, ...warm].map((r) => ({
      run: r.label,
      healthyMs: round(r.healthyMs),
      buildMs: round(r.buildMs),
      javaMs: round(r.javaMs),
      neo4jReadyMs: round(r.neo4jReadyMs),
      stopMs: round(r.stopMs),
      serverRssMiB: round(r.serverRssMiB, 1),
      javaRssMiB: round(r.javaRssMiB, 1),
      nodes: r.nodes,
      relationships: r.relationships,
    })),
    launcher: { readyMs: round(launcher.readyMs), javaMs: round(launcher.javaMs), stopMs: round(launcher.stopMs), javaRssMiB: round(launcher.javaRssMiB, 1) },
    machine: { cores: os.cpus().length, node: process.version, loadavg: os.loadavg().map((x) => Number(x.toFixed(2))) },
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else printTable(cold, warm, launcher);
}

async function fail(message: string, code: number): Promise<never> {
  process.stderr.write(`${message}\n`);
  try {
    await emergencyCleanup();
    removeTmp();
  } catch (err) {
    process.stderr.write(`bench-start: cleaning up failed (temp dir ${tmp ?? '—'}): ${String(err)}\n`);
  }
  process.exit(code);
}

process.once('SIGINT', () => void fail('bench-start: interrupted; stopping what it started', 130));

main().then(
  () => process.exit(0),
  (e: unknown) => fail(`bench-start failed: ${e instanceof Error ? e.message : String(e)}`, 1),
);
