// Starts and stops the project's local Neo4j: the embedded Neo4j launcher
// (scripts/neo4j) as a java child process with Bolt on loopback. Its output
// goes to a log file; it dies with this process (stdin EOF, exit hook).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { findJava, LocalNeo4jError } from './java-runtime.ts';
import { ensureLauncherBuilt, LAUNCHER_MAIN_CLASS } from './launcher-build.ts';

export { LocalNeo4jError, type LocalNeo4jErrorCode } from './java-runtime.ts';
export { ensureLauncherBuilt } from './launcher-build.ts';

export interface LocalNeo4jOptions {
  /** Neo4j home: the store goes to data/, Neo4j's debug.log to logs/. Kept between runs. */
  readonly dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Receives the launcher's output (appended). */
  readonly logFile: string;
  /** How long to wait for the ready line; default 120 s. */
  readonly timeoutMs?: number;
  /** JVM -Xmx; default 512m. */
  readonly heap?: string;
  /** server.memory.pagecache.size; default 256m. */
  readonly pageCache?: string;
  /** db.transaction.timeout; default 60s. */
  readonly transactionTimeout?: string;
}

export interface LocalNeo4j {
  readonly boltUri: string;
  readonly version: string;
  readonly edition: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

const READY_PREFIX = 'NEO4J_READY ';
const ReadyLine = z.object({ bolt: z.string(), version: z.string(), edition: z.string() });
type Ready = z.infer<typeof ReadyLine>;

const STOP_GRACE_MS = 30_000;
const TAIL_LINES = 30;

// The JVM flags of Neo4j's own neo4j.conf (5.26), less AlwaysPreTouch (it would
// commit the whole heap up front) and the profiling ones.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** Keeps the last lines written to the log, for error messages. */
class Tail {
  private readonly lines: string[] = [];

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > TAIL_LINES) this.lines.shift();
  }

  toString(): string {
    return this.lines.length === 0 ? '(no output)' : this.lines.join('\n');
  }
}

function spawnLauncher(command: string, classpath: string, opts: LocalNeo4jOptions): ChildProcessWithoutNullStreams {
  const heap = opts.heap ?? '512m';
  const args = [
    // NOTE: no -Xms (Neo4j's debug.log warns about it): initial = max heap, as Neo4j recommends
    // for servers, raised the idle RSS from ~340 to ~520 MB here.
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    LAUNCHER_MAIN_CLASS,
    '--data-dir',
    path.resolve(opts.dataDir),
    '--port',
    String(opts.port ?? 0),
    '--page-cache',
    opts.pageCache ?? '256m',
    '--tx-timeout',
    opts.transactionTimeout ?? '60s',
  ];
  // NOTE: stdin stays an open pipe: the launcher exits when it closes, i.e. when this process dies.
  return spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Copies the child's output to the log and the tail; resolves with the ready line's content. */
function pipeOutput(child: ChildProcessWithoutNullStreams, log: WriteStream, tail: Tail): Promise<Ready> {
  const record = (line: string): void => {
    log.write(`${line}\n`);
    tail.push(line);
  };
  createInterface({ input: child.stderr }).on('line', record);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      record(line);
      if (!line.startsWith(READY_PREFIX)) return;
      try {
        resolve(ReadyLine.parse(JSON.parse(line.slice(READY_PREFIX.length))));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Rejects when the child exits, fails to spawn or misses the deadline; cancel() disarms the timer. */
function failure(child: ChildProcessWithoutNullStreams, opts: LocalNeo4jOptions, tail: Tail): { promise: Promise<never>; cancel(): void } {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const where = `log: ${opts.logFile}; Neo4j's own log: ${path.join(path.resolve(opts.dataDir), 'logs', 'debug.log')}`;
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new LocalNeo4jError('NEO4J_START_TIMEOUT', `the local Neo4j was not ready after ${timeoutMs} ms (${where}); last output:\n${tail.toString()}`));
    }, timeoutMs);
    child.once('error', (e) => reject(new LocalNeo4jError('NEO4J_EXITED', `could not start java: ${e.message}`, { cause: e })));
    // NOTE: 'close', not 'exit': it comes after the output is drained, so the tail has the last words.
    child.once('close', (code, signal) => {
      reject(new LocalNeo4jError('NEO4J_EXITED', `the local Neo4j exited (${signal ?? `code ${code}`}) before it was ready (${where}); last output:\n${tail.toString()}`));
    });
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function stopChild(child: ChildProcessWithoutNullStreams, graceMs: number): Promise<void> {
  const done = exited(child);
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

function closeLog(log: WriteStream): Promise<void> {
  return new Promise((resolve) => log.end(() => resolve()));
}

/** Builds the launcher if needed, starts it, and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const java = await findJava();
  const { classpath } = await ensureLauncherBuilt();
  mkdirSync(opts.dataDir, { recursive: true });
  mkdirSync(path.dirname(path.resolve(opts.logFile)), { recursive: true });
  const log = createWriteStream(opts.logFile, { flags: 'a' });
  const tail = new Tail();
  const child = spawnLauncher(java.command, classpath, opts);
  // NOTE: last resort if this process exits without stop() ('exit' handlers must be synchronous).
  // SIGTERM, not SIGKILL: the launcher then still checkpoints and closes the store on its own.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const fail = failure(child, opts, tail);
  let ready: Ready;
  try {
    ready = await Promise.race([pipeOutput(child, log, tail), fail.promise]);
  } catch (e) {
    if (child.exitCode === null && child.signalCode === null) await stopChild(child, 5_000);
    await closeLog(log);
    throw e;
  } finally {
    fail.cancel();
  }
  let stopping: Promise<void> | undefined;
  return {
    boltUri: ready.bolt,
    version: ready.version,
    edition: ready.edition,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= stopChild(child, STOP_GRACE_MS).then(() => closeLog(log));
      return stopping;
    },
  };
}
