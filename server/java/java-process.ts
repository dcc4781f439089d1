// Runs one Java child (the local Neo4j, the NLP sidecar) until its ready line.
// Attached (the default): stdin stays an open pipe, so the child, which exits
// on stdin EOF, dies with this process; its output goes to a log file and a
// tail for error messages; an exit hook signals it as a last resort.
// Detached: the child gets its own session and writes its stderr straight to
// the log, its stdin is closed after the first line, and once it is ready
// nothing of it keeps this process alive, so it outlives it.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import type { JavaErrorFactory } from './java-error.ts';
import { fileTail, OutputTail } from './output-tail.ts';

export interface JavaProcessSpec<R> {
  /** What runs, for messages: "the local Neo4j". */
  readonly label: string;
  /** The java executable (findJava). */
  readonly command: string;
  /** JVM flags, -cp, the main class and its arguments. */
  readonly args: readonly string[];
  /** The child prints `${readyPrefix}{json}` on stdout once it serves. */
  readonly readyPrefix: string;
  readonly readySchema: z.ZodType<R>;
  /** Receives the child's output (appended). */
  readonly logFile: string;
  readonly timeoutMs: number;
  /** stop(): SIGTERM, then SIGKILL after this long. */
  readonly stopGraceMs: number;
  readonly error: JavaErrorFactory;
  /** More places to look, for failure messages: "Neo4j's own log: …". */
  readonly whereElse?: string;
  /** Written to the child's stdin as its first line. A secret: never logged, never in argv or the environment. */
  readonly stdinLine?: string;
  readonly detached?: boolean;
  /** Signal sent by the exit hook of an attached child; default SIGTERM. */
  readonly exitSignal?: NodeJS.Signals;
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface JavaProcess<R> {
  readonly ready: R;
  readonly pid: number;
  /** Resolves once the child has exited, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if it has not exited after the grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

interface Output {
  /** Copies the output to the log and the tail; resolves with the ready line's content. */
  readonly ready: Promise<unknown>;
  describeTail(): string;
  close(): Promise<void>;
}

function readyLine<R>(child: ChildProcess, spec: JavaProcessSpec<R>, record: (line: string) => void): Promise<R> {
  if (!child.stdout) throw new Error('the child has no stdout pipe');
  const stdout = child.stdout;
  return new Promise((resolve, reject) => {
    createInterface({ input: stdout }).on('line', (line) => {
      record(line);
      if (!line.startsWith(spec.readyPrefix)) return;
      try {
        resolve(spec.readySchema.parse(JSON.parse(line.slice(spec.readyPrefix.length))));
      } catch (e) {
        reject(spec.error('exited', `${spec.label} printed a malformed ready line: ${line}`, e));
      }
    });
  });
}

function attachedOutput<R>(child: ChildProcess, spec: JavaProcessSpec<R>): Output & { ready: Promise<R> } {
  const log: WriteStream = createWriteStream(spec.logFile, { flags: 'a' });
  const tail = new OutputTail();
  const record = (line: string): void => {
    log.write(`${line}\n`);
    tail.push(line);
  };
  if (child.stderr) createInterface({ input: child.stderr }).on('line', record);
  return {
    ready: readyLine(child, spec, record),
    describeTail: () => tail.toString(),
    close: () => new Promise((resolve) => log.end(() => resolve())),
  };
}

function detachedOutput<R>(child: ChildProcess, spec: JavaProcessSpec<R>, logFrom: number): Output & { ready: Promise<R> } {
  return {
    // NOTE: the ready line is not copied to the log: the log is the child's
    // own stderr, written by the child alone.
    ready: readyLine(child, spec, () => undefined),
    describeTail: () => fileTail(spec.logFile, logFrom),
    close: () => Promise.resolve(),
  };
}

function exitedPromise(child: ChildProcess): Promise<ExitStatus> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null });
    });
  });
}

/** Rejects when the child exits, fails to spawn or misses the deadline; cancel() disarms the timer. */
function failure<R>(child: ChildProcess, spec: JavaProcessSpec<R>, output: Output): { promise: Promise<never>; cancel(): void } {
  const where = `log: ${spec.logFile}${spec.whereElse ? `; ${spec.whereElse}` : ''}`;
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(spec.error('start-timeout', `${spec.label} was not ready after ${spec.timeoutMs} ms (${where}); last output:\n${output.describeTail()}`));
    }, spec.timeoutMs);
    child.once('error', (e) => reject(spec.error('exited', `could not start java: ${e.message}`, e)));
    // NOTE: 'close', not 'exit': it comes after the output is drained, so the tail has the last words.
    child.once('close', (code, signal) => {
      reject(spec.error('exited', `${spec.label} exited (${signal ?? `code ${code}`}) before it was ready (${where}); last output:\n${output.describeTail()}`));
    });
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function stopChild(child: ChildProcess, exited: Promise<ExitStatus>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

function spawnChild<R>(spec: JavaProcessSpec<R>): { child: ChildProcess; logFd: number | undefined } {
  if (!spec.detached) {
    // NOTE: stdin stays an open pipe: the child exits when it closes, i.e. when this process dies.
    return { child: spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'] }), logFd: undefined };
  }
  const logFd = openSync(spec.logFile, 'a');
  return { child: spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', logFd], detached: true }), logFd };
}

/** Starts the child and resolves with its parsed ready line; on failure it is stopped and the error says why. */
export async function startJavaProcess<R>(spec: JavaProcessSpec<R>): Promise<JavaProcess<R>> {
  mkdirSync(path.dirname(path.resolve(spec.logFile)), { recursive: true });
  const logFrom = statSync(spec.logFile, { throwIfNoEntry: false })?.size ?? 0;
  const { child, logFd } = spawnChild(spec);
  // The child has its own copy of the descriptor.
  if (logFd !== undefined) closeSync(logFd);
  const exited = exitedPromise(child);
  // NOTE: without a listener, EPIPE on a child that died at once would crash this process.
  child.stdin?.on('error', () => undefined);
  if (spec.stdinLine !== undefined) child.stdin?.write(`${spec.stdinLine}\n`);
  if (spec.detached) child.stdin?.end();
  const output = spec.detached ? detachedOutput(child, spec, logFrom) : attachedOutput(child, spec);
  if (!spec.detached) {
    // NOTE: last resort if this process exits without stop() ('exit' handlers must be synchronous).
    const killOnExit = (): void => {
      child.kill(spec.exitSignal ?? 'SIGTERM');
    };
    process.on('exit', killOnExit);
    void exited.then(() => process.off('exit', killOnExit));
  }
  const fail = failure(child, spec, output);
  let ready: R;
  try {
    ready = await Promise.race([output.ready, fail.promise]);
  } catch (e) {
    await stopChild(child, exited, 5_000);
    await output.close();
    throw e;
  } finally {
    fail.cancel();
  }
  if (spec.detached) {
    // Nothing of the child may keep this process alive now.
    child.stdout?.destroy();
    child.unref();
  }
  let stopping: Promise<void> | undefined;
  return {
    ready,
    pid: child.pid ?? -1,
    exited,
    stop() {
      stopping ??= stopChild(child, exited, spec.stopGraceMs).then(() => output.close());
      return stopping;
    },
  };
}
