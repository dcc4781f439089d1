// The defaults of the NLP sidecar, one comment each; server/config.ts uses
// them as the defaults of the NLP_* variables.
import { availableParallelism } from 'node:os';

export const NLP_DEFAULTS = Object.freeze({
  /**
   * JVM max heap (-Xmx). The models need ~650 MB (600m cannot load them); 700m
   * parses the dev corpus but thrashes on long texts; 1200m parsed a
   * 550,000-character text, and the corpus 2 requests at a time, at 1.4 GB RSS (README).
   */
  heap: '1200m',
  /** Annotations at a time: 2, or 1 on a single core. */
  threads: Math.min(2, availableParallelism()),
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: 0,
  /** A detached (shared) sidecar exits after this many seconds without a request. */
  idleExitSeconds: 900,
  /** Longest wait for one annotation. */
  requestTimeoutMs: 300_000,
  /** Longest wait for the ready line (CoreNLP loads its models in 5–25 s). */
  startTimeoutMs: 180_000,
  /** Longest text accepted, in UTF-16 units; the sidecar refuses more (NLP_REFUSED, 413). */
  maxChars: 2_000_000,
});

export type NlpSettings = {
  readonly heap: string;
  readonly threads: number;
  readonly port: number;
  readonly idleExitSeconds: number;
  readonly requestTimeoutMs: number;
  /** Use the sidecar CLIs share (shared-sidecar.ts) rather than an own, attached one. */
  readonly shared: boolean;
};
