// The NLP sidecar shared by CLIs (`npm run extract`, `eval`, `load`), which
// outside scripts often run once per article while CoreNLP takes 10–25 s to
// load: connectSharedSidecar uses the sidecar recorded in
// DATA_DIR/nlp.runtime.json when its /health answers (the server's own while
// it runs, or a detached one), else starts a detached one under a lock file —
// two CLIs at once start only one — and records it. A detached sidecar exits
// after idleExitSeconds without a request; stopSharedSidecar
// (shared-sidecar-control.ts) stops it sooner.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { acquireFileLock } from '../java/file-lock.ts';
import type { Annotation, Annotator } from './annotation.ts';
import { NLP_DEFAULTS } from './nlp-defaults.ts';
import { isNlpError } from './nlp-error.ts';
import type { NlpLog } from './nlp-log.ts';
import { clearNlpRuntime, nlpLogFile, readNlpRuntime, recordNlpSidecar, type NlpRuntime } from './nlp-runtime-file.ts';
import { checkRecordedSidecar, isOurSidecar, stopRecordedSidecar } from './recorded-sidecar.ts';
import { SidecarClient } from './sidecar-client.ts';
import { startDetachedNlpSidecar } from './sidecar-process.ts';

export interface SharedSidecarOptions {
  readonly dataDir: string;
  readonly log: NlpLog;
  /** For a sidecar started here; defaults NLP_DEFAULTS (pass `...config.nlp`). */
  readonly heap?: string;
  readonly threads?: number;
  readonly idleExitSeconds?: number;
  readonly requestTimeoutMs?: number;
  /** Longest wait for a new sidecar's ready line. */
  readonly timeoutMs?: number;
  /** Receives the first build's progress; default stderr. */
  readonly progress?: (message: string) => void;
}

/** The sidecar a SharedSidecar talks to now (never the token). */
export interface SharedSidecarInfo {
  readonly port: number;
  readonly pid: number;
  readonly version: string;
  readonly pipeline: string;
  readonly detached: boolean;
  /** It was running already (false: started by this call). */
  readonly reused: boolean;
}

export interface SharedSidecar {
  /** Annotates on the shared sidecar; when it went away (idle exit, server stopped) reconnects once and retries. */
  readonly client: Annotator;
  info(): SharedSidecarInfo;
}

const START_LOCK_STALE_MS = 15 * 60_000;
const lockFile = (dataDir: string): string => path.join(dataDir, 'nlp.start.lock');

/** The recorded sidecar if it answers; else removes the record (and stops a hung detached sidecar of ours). */
async function liveRuntime(opts: SharedSidecarOptions): Promise<NlpRuntime | undefined> {
  const runtime = readNlpRuntime(opts.dataDir);
  if (!runtime) return undefined;
  const health = await checkRecordedSidecar(runtime);
  if (health.ok) return runtime;
  opts.log('info', 'the NLP sidecar recorded in nlp.runtime.json is gone; replacing it', { pid: runtime.pid, port: runtime.port, reason: health.message });
  // NOTE: only a detached sidecar is ours to stop, and only when /proc shows
  // that the pid still runs it (a recorded pid may have been reused).
  if (runtime.detached && isOurSidecar(runtime, health)) {
    opts.log('warn', 'stopping the shared NLP sidecar that no longer answers', { pid: runtime.pid });
    await stopRecordedSidecar(opts.dataDir, runtime);
  } else clearNlpRuntime(opts.dataDir, runtime.pid);
  return undefined;
}

async function startShared(opts: SharedSidecarOptions): Promise<NlpRuntime> {
  const idleExitSeconds = opts.idleExitSeconds ?? NLP_DEFAULTS.idleExitSeconds;
  opts.log('info', `starting a shared NLP sidecar (CoreNLP loads in 5–25 s; it exits after ${idleExitSeconds} s without a request)`, { log: nlpLogFile(opts.dataDir) });
  const sidecar = await startDetachedNlpSidecar({
    logFile: nlpLogFile(opts.dataDir),
    idleExitSeconds,
    ...(opts.heap === undefined ? {} : { heap: opts.heap }),
    ...(opts.threads === undefined ? {} : { threads: opts.threads }),
    ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
    ...(opts.progress === undefined ? {} : { progress: opts.progress }),
  });
  const runtime = recordNlpSidecar(opts.dataDir, sidecar, true);
  opts.log('info', 'shared NLP sidecar ready', { pid: sidecar.pid, port: sidecar.port, loadMs: sidecar.loadMs });
  return runtime;
}

/** The live recorded sidecar, or a new detached one (one per DATA_DIR, whatever the number of callers). */
async function connect(opts: SharedSidecarOptions): Promise<{ runtime: NlpRuntime; reused: boolean }> {
  mkdirSync(opts.dataDir, { recursive: true });
  const live = await liveRuntime(opts);
  if (live) return { runtime: live, reused: true };
  const release = await acquireFileLock(lockFile(opts.dataDir), { staleMs: START_LOCK_STALE_MS });
  try {
    // Another process may have started one while this one waited.
    const again = await liveRuntime(opts);
    if (again) return { runtime: again, reused: true };
    return { runtime: await startShared(opts), reused: false };
  } finally {
    release();
  }
}

class SharedAnnotator implements Annotator {
  private client: SidecarClient;
  private reconnecting: Promise<void> | undefined;

  constructor(
    private runtime: NlpRuntime,
    private reused: boolean,
    private readonly opts: SharedSidecarOptions,
  ) {
    this.client = this.clientFor(runtime);
  }

  info(): SharedSidecarInfo {
    const { port, pid, version, pipeline, detached } = this.runtime;
    return { port, pid, version, pipeline, detached, reused: this.reused };
  }

  async annotate(text: string): Promise<Annotation> {
    const client = this.client;
    try {
      return await client.annotate(text);
    } catch (e) {
      if (!isNlpError(e, 'NLP_UNAVAILABLE')) throw e;
      // NOTE: concurrent calls that failed together share one reconnection.
      if (this.client === client) {
        this.reconnecting ??= this.reconnect().finally(() => {
          this.reconnecting = undefined;
        });
      }
      await this.reconnecting;
      return this.client.annotate(text);
    }
  }

  private async reconnect(): Promise<void> {
    this.opts.log('info', 'the shared NLP sidecar went away; reconnecting', { pid: this.runtime.pid });
    const { runtime, reused } = await connect(this.opts);
    this.runtime = runtime;
    this.reused = reused;
    this.client = this.clientFor(runtime);
  }

  private clientFor(runtime: NlpRuntime): SidecarClient {
    return new SidecarClient(runtime, this.opts.requestTimeoutMs === undefined ? {} : { timeoutMs: this.opts.requestTimeoutMs });
  }
}

/** A client of the sidecar shared under dataDir, started (detached) if none answers. */
export async function connectSharedSidecar(opts: SharedSidecarOptions): Promise<SharedSidecar> {
  const { runtime, reused } = await connect(opts);
  const annotator = new SharedAnnotator(runtime, reused, opts);
  return { client: annotator, info: () => annotator.info() };
}
