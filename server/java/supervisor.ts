// Keeps a child process that this process started (the local Neo4j, the NLP
// sidecar) running: when it exits unexpectedly it is started again, with
// backoff and a bounded number of tries in a row (a child that stays up for
// stableMs earns a fresh count), each step logged through the injected
// callback. Callers read `current` (undefined while it is down) and wait on
// `restarted()` for a restart in progress.
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import type { ExitStatus } from './java-process.ts';

export type SupervisorLogLevel = 'debug' | 'info' | 'warn' | 'error';

export type SupervisorLog = (level: SupervisorLogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/** What a supervisor needs of its child. */
export interface SupervisedChild {
  readonly pid: number;
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<void>;
}

export interface SupervisorOptions<C extends SupervisedChild> {
  /** "the NLP sidecar", "the local Neo4j": the subject of the log lines. */
  readonly label: string;
  /** Starts one child (the first and every restart). */
  readonly start: () => Promise<C>;
  readonly log: SupervisorLog;
  readonly backoff?: BackoffPolicy;
  /** Up this long, a child's death starts a fresh count of tries; default 60 s. */
  readonly stableMs?: number;
  /** Called with each child once it is ready (e.g. to record it in a runtime file). */
  readonly onStarted?: (child: C) => void;
  /** Log fields of a restarted child, beside its pid. */
  readonly describe?: (child: C) => Readonly<Record<string, unknown>>;
  /** Said when the tries are used up: what callers see from then on. */
  readonly whenFailed?: string;
}

export type SupervisorState = 'up' | 'restarting' | 'failed' | 'stopped';

/** How long a failed call waits for the child's exit to be reported before it takes the failure as final. */
const EXIT_NOTICE_MS = 2_000;

export class Supervisor<C extends SupervisedChild> {
  private child: C | undefined;
  private upSince = 0;
  private attempts = 0;
  private restarting: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private _state: SupervisorState = 'restarting';
  private _restarts = 0;

  private constructor(private readonly opts: SupervisorOptions<C>) {}

  /** Starts the first child (its failure is thrown, not retried) and supervises it. */
  static async start<C extends SupervisedChild>(opts: SupervisorOptions<C>): Promise<Supervisor<C>> {
    const s = new Supervisor(opts);
    s.adopt(await opts.start());
    return s;
  }

  get state(): SupervisorState {
    return this._state;
  }

  /** How many times a child was started again after an exit. */
  get restarts(): number {
    return this._restarts;
  }

  /** The child in service, if it is up. */
  get current(): C | undefined {
    return this._state === 'up' ? this.child : undefined;
  }

  /** Resolves once a restart in progress has ended, either way (at once when there is none). */
  async restarted(): Promise<void> {
    await this.restarting;
  }

  /** Whether the child exited (a connection error may arrive before the exit event). */
  async diedDuring(child: C): Promise<boolean> {
    if (this.child !== child || this._state !== 'up') return true;
    const notice = sleep(EXIT_NOTICE_MS, false, { ref: false });
    return Promise.race([child.exited.then(() => true), notice]);
  }

  /** Stops supervising and stops the child. */
  async stop(): Promise<void> {
    this._state = 'stopped';
    this.abort.abort();
    await this.restarting?.catch(() => undefined);
    await this.child?.stop();
  }

  private adopt(child: C): void {
    this.child = child;
    this.upSince = Date.now();
    this._state = 'up';
    try {
      this.opts.onStarted?.(child);
    } catch (e) {
      // NOTE: a failed side task (writing the runtime file) must not take the supervisor down.
      this.opts.log('error', `after ${this.opts.label} started: ${e instanceof Error ? e.message : String(e)}`, { pid: child.pid });
    }
    void child.exited.then((status) => {
      if (this.child !== child || this._state === 'stopped') return;
      this._state = 'restarting';
      if (Date.now() - this.upSince >= (this.opts.stableMs ?? 60_000)) this.attempts = 0;
      this.opts.log('warn', `${this.opts.label} exited; restarting it`, { pid: child.pid, code: status.code, signal: status.signal });
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
        const after = this.opts.whenFailed === undefined ? '' : `; ${this.opts.whenFailed}`;
        this.opts.log('error', `${this.opts.label} could not be restarted in ${policy.maxAttempts} tries${after}`);
        return;
      }
      this.attempts++;
      this.opts.log('info', `restarting ${this.opts.label} in ${delay} ms (try ${this.attempts} of ${policy.maxAttempts})`);
      try {
        await sleep(delay, undefined, { signal: this.abort.signal });
      } catch {
        return; // stopped
      }
      let child: C;
      try {
        child = await this.opts.start();
      } catch (e) {
        const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
        this.opts.log('error', `restarting ${this.opts.label} failed: ${e instanceof Error ? e.message : String(e)}`, { code });
        continue;
      }
      if (this.abort.signal.aborted) {
        await child.stop();
        return;
      }
      this._restarts++;
      this.opts.log('info', `${this.opts.label} is back`, { pid: child.pid, ...this.opts.describe?.(child) });
      this.adopt(child);
      return;
    }
  }
}
