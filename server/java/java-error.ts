// The ways starting a Java child can fail, and the factory through which each
// user of server/java turns them into its own error type and stable code
// (LocalNeo4jError's NEO4J_*, NlpError's NLP_*).

export type JavaFailure =
  /** No `java` to run. */
  | 'java-missing'
  /** A `java` older than MIN_JAVA_MAJOR. */
  | 'java-too-old'
  /** The Maven build failed or produced no main class. */
  | 'build-failed'
  /** No ready line within the deadline. */
  | 'start-timeout'
  /** The process exited (or could not be spawned) before its ready line. */
  | 'exited';

export type JavaErrorFactory = (failure: JavaFailure, message: string, cause?: unknown) => Error;
