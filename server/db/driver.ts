// Creates the one Neo4j driver of a process from connection settings.
import neo4j, { type Driver } from 'neo4j-driver';

export interface ConnectionSettings {
  readonly uri: string;
  readonly user: string;
  /** No password → no authentication (the local Neo4j runs without auth on loopback). */
  readonly password: string | undefined;
}

export function createDriver(settings: ConnectionSettings): Driver {
  // NOTE: no token means the `none` scheme, which a server with auth disabled accepts.
  const auth = settings.password === undefined ? undefined : neo4j.auth.basic(settings.user, settings.password);
  return neo4j.driver(settings.uri, auth, {
    // NOTE: short acquisition/connection timeouts so that a down Neo4j turns
    // into a prompt 503 rather than a hanging request.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    // NOTE: managed transactions retry "unavailable" errors for 30 s by default;
    // a request should fail over to a 503 within a few seconds instead.
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    userAgent: 'actorgraph/0.1',
  });
}
