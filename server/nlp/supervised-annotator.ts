// An Annotator over a sidecar that is restarted when it dies (a Supervisor,
// server/java/supervisor.ts: backoff, bounded tries, logged). While it is
// down, calls fail with NLP_UNAVAILABLE at once; a call that was in flight
// when it died is sent again, once, to the restarted sidecar.
import { Supervisor, type SupervisorOptions as GenericSupervisorOptions, type SupervisorState } from '../java/supervisor.ts';
import type { Annotation, Annotator } from './annotation.ts';
import { isNlpError, NlpError } from './nlp-error.ts';
import type { NlpSidecar } from './sidecar-process.ts';

export type { SupervisorState } from '../java/supervisor.ts';

/** What the generic supervisor needs, less what this annotator says itself (its label and log fields). */
export type SupervisorOptions = Omit<GenericSupervisorOptions<NlpSidecar>, 'label' | 'whenFailed' | 'describe'>;

export class SupervisedAnnotator implements Annotator {
  private constructor(private readonly supervisor: Supervisor<NlpSidecar>) {}

  /** Starts the first sidecar (its failure is thrown, not retried) and supervises it. */
  static async start(opts: SupervisorOptions): Promise<SupervisedAnnotator> {
    const supervisor = await Supervisor.start<NlpSidecar>({
      ...opts,
      label: 'the NLP sidecar',
      whenFailed: 'NLP calls fail with NLP_UNAVAILABLE',
      describe: (s) => ({ port: s.port, loadMs: s.loadMs }),
    });
    return new SupervisedAnnotator(supervisor);
  }

  get state(): SupervisorState {
    return this.supervisor.state;
  }

  /** The sidecar in service, if it is up. */
  get current(): NlpSidecar | undefined {
    return this.supervisor.current;
  }

  async annotate(text: string): Promise<Annotation> {
    const sidecar = this.current;
    if (!sidecar) throw this.unavailable();
    try {
      return await sidecar.client.annotate(text);
    } catch (e) {
      if (!isNlpError(e, 'NLP_UNAVAILABLE') || !(await this.supervisor.diedDuring(sidecar))) throw e;
      await this.supervisor.restarted();
      const next = this.current;
      if (!next) throw this.unavailable(e);
      return next.client.annotate(text);
    }
  }

  /** Stops supervising and stops the sidecar. */
  stop(): Promise<void> {
    return this.supervisor.stop();
  }

  private unavailable(cause?: unknown): NlpError {
    const state = this.supervisor.state;
    const why = state === 'failed' ? 'it could not be restarted' : state === 'stopped' ? 'it was stopped' : 'it is restarting';
    return new NlpError('NLP_UNAVAILABLE', `the NLP sidecar is down: ${why}`, cause === undefined ? undefined : { cause });
  }
}
