// Starts the NLP sidecar (scripts/nlp, Stanford CoreNLP) as a java child:
// builds it if needed, writes a fresh token to its stdin and waits for its
// ready line. Attached (startNlpSidecar) it dies with this process;
// detached (startDetachedNlpSidecar, for the sidecar CLIs share) it outlives
// it and exits by itself after an idle period.
import { z } from 'zod';
import { startJavaProcess, type ExitStatus, type JavaProcess } from '../java/java-process.ts';
import { findJava } from '../java/java-runtime.ts';
import { NLP_DEFAULTS } from './nlp-defaults.ts';
import { nlpJavaError } from './nlp-error.ts';
import { sidecarArgs } from './sidecar-args.ts';
import { ensureSidecarBuilt, stderrProgress } from './sidecar-build.ts';
import { SidecarClient } from './sidecar-client.ts';
import { newSidecarToken } from './sidecar-token.ts';
import { SIDECAR_STOP_GRACE_MS } from './recorded-sidecar.ts';

export interface NlpSidecarOptions {
  /** Receives the sidecar's output (appended). */
  readonly logFile: string;
  /** Port on 127.0.0.1; default 0, any free one. */
  readonly port?: number;
  /** Annotations at a time; default NLP_DEFAULTS.threads. */
  readonly threads?: number;
  /** JVM -Xmx; default NLP_DEFAULTS.heap. */
  readonly heap?: string;
  /** Longest wait for the ready line; default NLP_DEFAULTS.startTimeoutMs (a first build comes before it). */
  readonly timeoutMs?: number;
  /** The client's timeout per annotation; default NLP_DEFAULTS.requestTimeoutMs. */
  readonly requestTimeoutMs?: number;
  /** Longest text accepted; default NLP_DEFAULTS.maxChars. */
  readonly maxChars?: number;
  /** Receives the build's progress messages; default: stderr. */
  readonly progress?: (message: string) => void;
}

export interface DetachedNlpSidecarOptions extends NlpSidecarOptions {
  /** Exits after this many seconds without a request; 0: never. Default NLP_DEFAULTS.idleExitSeconds. */
  readonly idleExitSeconds?: number;
}

const READY_PREFIX = 'NLP_READY ';
const ReadyLine = z.object({
  port: z.number().int().positive(),
  host: z.string(),
  loadMs: z.number().int().nonnegative(),
  version: z.string(),
  pipeline: z.string(),
  maxHeapMiB: z.number().int().positive(),
});
type Ready = z.infer<typeof ReadyLine>;

/** One running sidecar and its client. */
export class NlpSidecar {
  readonly port: number;
  readonly pid: number;
  /** How long CoreNLP took to load its models and warm up, in ms. */
  readonly loadMs: number;
  readonly version: string;
  /** Fingerprint of the annotators and their options: a key for caches of parses. */
  readonly pipeline: string;
  readonly maxHeapMiB: number;
  readonly client: SidecarClient;
  /** Resolves once the JVM has exited, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  // NOTE: private, so that logging the sidecar never shows the token.
  readonly #token: string;
  readonly #process: JavaProcess<Ready>;

  constructor(process: JavaProcess<Ready>, token: string, requestTimeoutMs: number | undefined) {
    this.#process = process;
    this.#token = token;
    this.port = process.ready.port;
    this.pid = process.pid;
    this.loadMs = process.ready.loadMs;
    this.version = process.ready.version;
    this.pipeline = process.ready.pipeline;
    this.maxHeapMiB = process.ready.maxHeapMiB;
    this.exited = process.exited;
    this.client = new SidecarClient({ port: this.port, token }, requestTimeoutMs === undefined ? {} : { timeoutMs: requestTimeoutMs });
  }

  /** The bearer token, for DATA_DIR/nlp.runtime.json only. */
  get token(): string {
    return this.#token;
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves once it has exited. */
  stop(): Promise<void> {
    return this.#process.stop();
  }
}

async function start(opts: DetachedNlpSidecarOptions, detached: boolean): Promise<NlpSidecar> {
  const java = await findJava({ who: 'The NLP sidecar (Stanford CoreNLP)', error: nlpJavaError });
  const { classpath } = await ensureSidecarBuilt(opts.progress ?? stderrProgress);
  const token = newSidecarToken();
  const args = sidecarArgs({
    classpath,
    heap: opts.heap ?? NLP_DEFAULTS.heap,
    port: opts.port ?? NLP_DEFAULTS.port,
    threads: opts.threads ?? NLP_DEFAULTS.threads,
    maxChars: opts.maxChars ?? NLP_DEFAULTS.maxChars,
    ...(detached ? { idleExitSeconds: opts.idleExitSeconds ?? NLP_DEFAULTS.idleExitSeconds } : {}),
  });
  const child = await startJavaProcess({
    label: detached ? 'the shared NLP sidecar' : 'the NLP sidecar',
    command: java.command,
    args,
    readyPrefix: READY_PREFIX,
    readySchema: ReadyLine,
    logFile: opts.logFile,
    timeoutMs: opts.timeoutMs ?? NLP_DEFAULTS.startTimeoutMs,
    stopGraceMs: SIDECAR_STOP_GRACE_MS,
    error: nlpJavaError,
    stdinLine: token,
    detached,
  });
  return new NlpSidecar(child, token, opts.requestTimeoutMs);
}

/** A sidecar that dies with this process (stdin EOF, exit hook). */
export function startNlpSidecar(opts: NlpSidecarOptions): Promise<NlpSidecar> {
  return start(opts, false);
}

/** A sidecar in its own session that outlives this process and exits after idleExitSeconds without a request. */
export function startDetachedNlpSidecar(opts: DetachedNlpSidecarOptions): Promise<NlpSidecar> {
  return start(opts, true);
}
