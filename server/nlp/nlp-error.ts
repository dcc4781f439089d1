// The error type of the NLP sidecar modules: a stable `code` from a closed
// union, the sidecar's HTTP status and own code when it refused, the `cause`
// kept, and the mapping from the generic failures of server/java to it.
import type { JavaErrorFactory, JavaFailure } from '../java/java-error.ts';

export type NlpErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  /** The Maven build of scripts/nlp failed. */
  | 'NLP_BUILD_FAILED'
  /** No ready line within the start deadline. */
  | 'NLP_START_TIMEOUT'
  /** The sidecar exited before it was ready. */
  | 'NLP_EXITED'
  /** Nothing answers: not started, exited, restarting, connection refused or reset. */
  | 'NLP_UNAVAILABLE'
  /** No answer within the request timeout. */
  | 'NLP_TIMEOUT'
  /** The sidecar refused the request (4xx: token, Host/Origin, body, size). */
  | 'NLP_REFUSED'
  /** CoreNLP failed on the text (500). */
  | 'NLP_FAILED'
  /** The answer is not JSON or not an Annotation. */
  | 'NLP_BAD_RESPONSE';

export class NlpError extends Error {
  override readonly name = 'NlpError';
  /** The sidecar's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** The sidecar's own code (TOO_LARGE, UNAUTHORIZED …), when it refused. */
  readonly sidecarCode: string | undefined;

  constructor(
    readonly code: NlpErrorCode,
    message: string,
    options?: { cause?: unknown; status?: number; sidecarCode?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.status = options?.status;
    this.sidecarCode = options?.sidecarCode;
  }

  /** Whether the same request may succeed later (on a restarted or less busy sidecar). */
  get retriable(): boolean {
    return this.code === 'NLP_UNAVAILABLE' || this.code === 'NLP_TIMEOUT';
  }
}

export const isNlpError = (e: unknown, code?: NlpErrorCode): e is NlpError =>
  e instanceof NlpError && (code === undefined || e.code === code);

const CODES: Record<JavaFailure, NlpErrorCode> = {
  'java-missing': 'JAVA_MISSING',
  'java-too-old': 'JAVA_TOO_OLD',
  'build-failed': 'NLP_BUILD_FAILED',
  'start-timeout': 'NLP_START_TIMEOUT',
  exited: 'NLP_EXITED',
};

export const nlpJavaError: JavaErrorFactory = (failure, message, cause) =>
  new NlpError(CODES[failure], message, cause === undefined ? undefined : { cause });
