// The error type of the local-Neo4j modules: a stable `code`, the `cause`
// kept, and the mapping from the generic failures of server/java to it.
import type { JavaErrorFactory, JavaFailure } from '../java/java-error.ts';

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'NEO4J_BUILD_FAILED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_EXITED';

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';

  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CODES: Record<JavaFailure, LocalNeo4jErrorCode> = {
  'java-missing': 'JAVA_MISSING',
  'java-too-old': 'JAVA_TOO_OLD',
  'build-failed': 'NEO4J_BUILD_FAILED',
  'start-timeout': 'NEO4J_START_TIMEOUT',
  exited: 'NEO4J_EXITED',
};

export const localNeo4jError: JavaErrorFactory = (failure, message, cause) =>
  new LocalNeo4jError(CODES[failure], message, cause === undefined ? undefined : { cause });
