// One error type for the server: a stable `code` from a closed union, the
// HTTP status it maps to, and the `cause` it came from.

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  ARTICLE_INVALID: 400,
  NO_ACTORS: 422,
  /** A web page in which Readability finds no article text (a sign-in page, a bare menu). */
  NO_ARTICLE_CONTENT: 422,
  QUERY_REJECTED: 400,
  QUERY_FAILED: 400,
  QUERY_TIMEOUT: 408,
  /** The client did not send a whole request in time (Node's requestTimeout); answered by http/client-error.ts. */
  REQUEST_TIMEOUT: 408,
  /** The query needed more memory than one transaction may use (db.memory.transaction.max). */
  QUERY_MEMORY_LIMIT: 422,
  UNAUTHORIZED: 401,
  /** A state-changing request that is not same-origin (Origin, Sec-Fetch-Site). */
  CROSS_SITE_REFUSED: 403,
  /** A Host header that is not one of the configured names (DNS rebinding). */
  HOST_NOT_ALLOWED: 421,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** The article's text is longer than the NLP sidecar parses. */
  ARTICLE_TOO_LONG: 413,
  /** A body in a charset or content encoding the API does not read. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  /** The request line and headers are over Node's limit (a huge URL or cookie); answered by http/client-error.ts. */
  HEADERS_TOO_LARGE: 431,
  NEO4J_UNAVAILABLE: 503,
  /** The request did not complete within its deadline (REQUEST_DEADLINE_MS): Neo4j stalled or overloaded. */
  DEADLINE_EXCEEDED: 503,
  /** The NLP sidecar (Stanford CoreNLP) is down or restarting. */
  NLP_UNAVAILABLE: 503,
  /** The NLP sidecar did not parse the article within its time limit. */
  NLP_TIMEOUT: 504,
  /** The NLP sidecar failed on the text, refused the request or answered something that is not a parse. */
  NLP_FAILED: 502,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.details = options?.details;
  }

  readonly details: unknown;

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** Never-called guard for exhaustive switches over unions. */
export function assertNever(x: never, what = 'value'): never {
  throw new AppError('INTERNAL', `unexpected ${what}: ${JSON.stringify(x)}`);
}
