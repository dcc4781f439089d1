// Maps driver errors to the server's AppError codes: unreachable Neo4j → 503,
// a transaction timeout → QUERY_TIMEOUT, a memory limit → QUERY_MEMORY_LIMIT,
// a Cypher error → QUERY_FAILED.
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError, isAppError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthorizationExpired']);

export function isUnavailable(e: unknown): boolean {
  if (!(e instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(e.code) || (e.code === '' && /connect|ECONNREFUSED|socket/i.test(e.message));
}

/** A uniqueness constraint refused a write (a taken name), also when wrapped in an AppError by the transaction helpers. */
export function isConstraintViolation(e: unknown): boolean {
  const cause = e instanceof AppError ? e.cause : e;
  return cause instanceof Neo4jError && /ConstraintValidationFailed/.test(cause.code);
}

export function toAppError(e: unknown, where: string): AppError {
  if (isAppError(e)) return e;
  if (isUnavailable(e)) return new AppError('NEO4J_UNAVAILABLE', `Neo4j is unreachable (${where})`, { cause: e });
  if (e instanceof Neo4jError) {
    if (/TransactionTimedOut|Transaction\.TransactionTimedOut/.test(e.code)) {
      return new AppError('QUERY_TIMEOUT', `the query ran past its time limit (${where})`, { cause: e });
    }
    // NOTE: transient by Neo4j's classification, but the same query fails the same way again: the caller's to fix.
    if (/^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|OutOfMemoryError|TransactionMemoryLimit)/.test(e.code)) {
      return new AppError('QUERY_MEMORY_LIMIT', `the query needs more memory than a transaction may use (${where}): narrow it down or aggregate sooner`, { cause: e });
    }
    if (e.code.startsWith('Neo.ClientError.Statement') || e.code.startsWith('Neo.ClientError.Procedure')) {
      return new AppError('QUERY_FAILED', `${where}: ${e.message.split('\n')[0] ?? e.code}`, { cause: e });
    }
    if (isRetryableError(e)) return new AppError('NEO4J_UNAVAILABLE', `Neo4j is busy or unavailable (${where})`, { cause: e });
  }
  return new AppError('INTERNAL', `unexpected database error (${where})`, { cause: e });
}
