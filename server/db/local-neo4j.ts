// Starts and stops the project's local Neo4j: the embedded Neo4j launcher
// (scripts/neo4j) as an attached java child (server/java/java-process.ts) with
// Bolt on loopback and authentication on (the password of its home's password
// file, written to its stdin). Its output goes to a log file; it dies with
// this process (stdin EOF, exit hook).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { startJavaProcess, type ExitStatus } from '../java/java-process.ts';
import { findJava } from '../java/java-runtime.ts';
import { ensureLauncherBuilt, LAUNCHER_MAIN_CLASS } from './launcher-build.ts';
import { localNeo4jError } from './local-neo4j-error.ts';
import { LOCAL_NEO4J_USER, localNeo4jPassword } from './neo4j-password.ts';

export { LocalNeo4jError, type LocalNeo4jErrorCode } from './local-neo4j-error.ts';
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
  /** db.memory.transaction.max, the most one transaction may use; default 160m (of a 512m heap). */
  readonly transactionMemory?: string;
  /** dbms.memory.transaction.total.max, the most all transactions together may use; default 256m. */
  readonly transactionMemoryTotal?: string;
}

export interface LocalNeo4j {
  readonly boltUri: string;
  /** Bolt port, fixed for the life of the store's process (a restart may ask for it again). */
  readonly port: number;
  readonly user: string;
  /** From the password file of its home (a secret: never log it). */
  readonly password: string;
  readonly version: string;
  readonly edition: string;
  readonly pid: number;
  /** Resolves once its JVM has exited, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if it has not exited after a grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

const READY_PREFIX = 'NEO4J_READY ';
const ReadyLine = z.object({ bolt: z.string(), version: z.string(), edition: z.string() });

const STOP_GRACE_MS = 30_000;
const USE_EXISTING = 'or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to use an existing Neo4j instead';

// The JVM flags of Neo4j's own neo4j.conf (5.26), less AlwaysPreTouch (it would
// commit the whole heap up front), the profiling ones and ExitOnOutOfMemoryError:
// a read query can build a value no memory limit tracks (a string doubled in
// `reduce`), and the OutOfMemoryError should end that query (Neo4j answers
// Neo.TransientError.General.OutOfMemoryError), not the database. If the heap
// is ever exhausted for real, the supervisor restarts Neo4j.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
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

function launcherArgs(classpath: string, opts: LocalNeo4jOptions): string[] {
  const heap = opts.heap ?? '512m';
  return [
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
    '--tx-memory',
    opts.transactionMemory ?? '160m',
    '--tx-memory-total',
    opts.transactionMemoryTotal ?? '256m',
  ];
}

/** Builds the launcher if needed, starts it, and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const java = await findJava({ who: 'The local Neo4j', alternative: USE_EXISTING, error: localNeo4jError });
  const { classpath } = await ensureLauncherBuilt();
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const password = localNeo4jPassword(opts.dataDir);
  const child = await startJavaProcess({
    label: 'the local Neo4j',
    command: java.command,
    args: launcherArgs(classpath, opts),
    stdinLine: password,
    readyPrefix: READY_PREFIX,
    readySchema: ReadyLine,
    logFile: opts.logFile,
    timeoutMs: opts.timeoutMs ?? 120_000,
    stopGraceMs: STOP_GRACE_MS,
    error: localNeo4jError,
    whereElse: `Neo4j's own log: ${path.join(path.resolve(opts.dataDir), 'logs', 'debug.log')}`,
    // NOTE: SIGTERM, not SIGKILL, if this process exits without stop(): the
    // launcher then still checkpoints and closes the store on its own.
    exitSignal: 'SIGTERM',
  });
  return {
    boltUri: child.ready.bolt,
    port: Number(new URL(child.ready.bolt).port),
    user: LOCAL_NEO4J_USER,
    password,
    version: child.ready.version,
    edition: child.ready.edition,
    pid: child.pid,
    exited: child.exited,
    stop: () => child.stop(),
  };
}
