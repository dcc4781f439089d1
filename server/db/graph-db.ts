// The one place that runs Cypher: it is handed the driver and the database
// name, opens a session per unit of work, closes it in `finally`, and turns
// driver errors into AppErrors.
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { toAppError } from './neo4j-errors.ts';

export interface ReadOptions {
  /** Transaction timeout in milliseconds. */
  readonly timeoutMs?: number;
}

export class GraphDb {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly defaultTimeoutMs = 30_000,
  ) {}

  /** Runs one statement in a read transaction. */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}, opts: ReadOptions = {}): Promise<QueryResult<R>> {
    return this.readTx((tx) => tx.run<R>(cypher, params), opts, 'read');
  }

  /** Runs a unit of work in one read transaction. */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: ReadOptions = {}, where = 'read'): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(work, { timeout: opts.timeoutMs ?? this.defaultTimeoutMs });
    } catch (e) {
      throw toAppError(e, where);
    } finally {
      await session.close();
    }
  }

  /** Runs a unit of work in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, where = 'write', timeoutMs = 300_000): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: timeoutMs });
    } catch (e) {
      throw toAppError(e, where);
    } finally {
      await session.close();
    }
  }

  /** Runs schema statements, each in its own auto-commit transaction (schema changes cannot share one with data). */
  async runAutoCommit(statements: readonly string[], where = 'schema'): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      for (const s of statements) await session.run(s);
    } catch (e) {
      throw toAppError(e, where);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (e) {
      throw toAppError(e, 'connect');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
