// An Annotator over a sidecar that is restarted when it dies: with backoff and
// a bounded number of tries in a row (a sidecar that stays up for stableMs
// earns a fresh count), each step logged through the injected callback. While
// it is down, calls fail with NLP_UNAVAILABLE at once; a call that was in
// flight when it died is sent again, once, to the restarted sidecar.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Annotation, Annotator } from './annotation.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import type { NlpLog } from './nlp-log.ts';
import { isNlpError, NlpError } from './nlp-error.ts';
import type { NlpSidecar } from './sidecar-process.ts';

export interface SupervisorOptions {
  /** Starts one sidecar (the first and every restart). */
  readonly start: () => Promise<NlpSidecar>;
  readonly log: NlpLog;
  readonly backoff?: BackoffPolicy;
  /** Up this long, a sidecar's death starts a fresh count of tries; default 60 s. */
  readonly stableMs?: number;
  /** Called with each sidecar once it is ready (e.g. to record it in DATA_DIR/nlp.runtime.json). */
  readonly onStarted?: (sidecar: NlpSidecar) => void;
}

export type SupervisorState = 'up' | 'restarting' | 'failed' | 'stopped';

/** How long a failed call waits for the sidecar's exit to be reported before it takes the failure as final. */
const EXIT_NOTICE_MS = 2_000;

export class SupervisedAnnotator implements Annotator {
  private sidecar: NlpSidecar | undefined;
  private upSince = 0;
  private attempts = 0;
  private restarting: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private _state: SupervisorState = 'restarting';

  private constructor(private readonly opts: SupervisorOptions) {}

  /** Starts the first sidecar (its failure is thrown, not retried) and supervises it. */
  static async start(opts: SupervisorOptions): Promise<SupervisedAnnotator> {
    const s = new SupervisedAnnotator(opts);
    s.adopt(await opts.start());
    return s;
  }

  get state(): SupervisorState {
    return this._state;
  }

  /** The sidecar in service, if it is up. */
  get current(): NlpSidecar | undefined {
    return this._state === 'up' ? this.sidecar : undefined;
  }

  async annotate(text: string): Promise<Annotation> {
    const sidecar = this.current;
    if (!sidecar) throw this.unavailable();
    try {
      return await sidecar.client.annotate(text);
    } catch (e) {
      if (!isNlpError(e, 'NLP_UNAVAILABLE') || !(await this.diedDuring(sidecar))) throw e;
      await this.restarting;
      const next = this.current;
      if (!next) throw this.unavailable(e);
      return next.client.annotate(text);
    }
  }

  /** Stops supervising and stops the sidecar. */
  async stop(): Promise<void> {
    this._state = 'stopped';
    this.abort.abort();
    await this.restarting?.catch(() => undefined);
    await this.sidecar?.stop();
  }

  private unavailable(cause?: unknown): NlpError {
    const why = this._state === 'failed' ? 'it could not be restarted' : this._state === 'stopped' ? 'it was stopped' : 'it is restarting';
    return new NlpError('NLP_UNAVAILABLE', `the NLP sidecar is down: ${why}`, cause === undefined ? undefined : { cause });
  }

  /** Whether the sidecar exited (the connection error arrives before the exit event). */
  private async diedDuring(sidecar: NlpSidecar): Promise<boolean> {
    if (this.sidecar !== sidecar || this._state !== 'up') return true;
    const notice = sleep(EXIT_NOTICE_MS, false, { ref: false });
    return Promise.race([sidecar.exited.then(() => true), notice]);
  }

  private adopt(sidecar: NlpSidecar): void {
    this.sidecar = sidecar;
    this.upSince = Date.now();
    this._state = 'up';
    try {
      this.opts.onStarted?.(sidecar);
    } catch (e) {
      // NOTE: a failed side task (writing the runtime file) must not take the annotator down.
      this.opts.log('error', `after the NLP sidecar started: ${e instanceof Error ? e.message : String(e)}`, { pid: sidecar.pid });
    }
    void sidecar.exited.then((status) => {
      if (this.sidecar !== sidecar || this._state === 'stopped') return;
      this._state = 'restarting';
      if (Date.now() - this.upSince >= (this.opts.stableMs ?? 60_000)) this.attempts = 0;
      this.opts.log('warn', 'the NLP sidecar exited; restarting it', { pid: sidecar.pid, code: status.code, signal: status.signal });
      this.restarting = this.restartLoop().finally(() => {
        this.restarting = undefined;
      });
    });
  }

  private async restartLoop(): Promise<void> {
    const policy = this.opts.backoff ?? DEFAULT_BACKOFF;
    for (;;) {
      const delay = backoffDelay(this.attempts, policy);
      if (delay === undefined) {
        this._state = 'failed';
        this.opts.log('error', `the NLP sidecar could not be restarted in ${policy.maxAttempts} tries; NLP calls fail with NLP_UNAVAILABLE`);
        return;
      }
      this.attempts++;
      this.opts.log('info', `restarting the NLP sidecar in ${delay} ms (try ${this.attempts} of ${policy.maxAttempts})`);
      try {
        await sleep(delay, undefined, { signal: this.abort.signal });
      } catch {
        return; // stopped
      }
      let sidecar: NlpSidecar;
      try {
        sidecar = await this.opts.start();
      } catch (e) {
        this.opts.log('error', `restarting the NLP sidecar failed: ${e instanceof Error ? e.message : String(e)}`, {
          code: e instanceof NlpError ? e.code : undefined,
        });
        continue;
      }
      if (this.abort.signal.aborted) {
        await sidecar.stop();
        return;
      }
      this.opts.log('info', 'the NLP sidecar is back', { pid: sidecar.pid, port: sidecar.port, loadMs: sidecar.loadMs });
      this.adopt(sidecar);
      return;
    }
  }
}
