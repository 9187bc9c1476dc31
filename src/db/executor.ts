import neo4j, { Driver, Neo4jError, QueryResult, RecordShape, Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors/errors';
import { toCypherParams, toPlain } from './records';

export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

/** The queries of one write transaction; `run` gives plain rows, `runRaw` the driver's result (counters included). */
export interface WriteTransaction {
  run(query: CypherQuery): Promise<Row[]>;
  runRaw(query: CypherQuery): Promise<QueryResult<RecordShape>>;
}

/** Runs one query of a streaming read and hands its rows over one at a time, as the driver receives them. */
export type RowStream = (query: CypherQuery) => AsyncIterable<Row>;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return UNAVAILABLE_CODES.has(error.code) || error.retriable === true;
}

/** A transaction timeout that Neo4j's own configuration set, or the one the transaction was started with. */
const TIMED_OUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/**
 * Neo4j's answer when it stops a transaction that was waiting for a lock (behind a schema change or another
 * write). An operator's kill or a shutdown gives the same code, so it counts as a timeout only past the limit.
 */
const STOPPED_WAITING_FOR_LOCK = 'Neo.ClientError.Transaction.LockClientStopped';

function isTimeout(error: unknown, ranPastLimit: boolean): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return TIMED_OUT_CODES.has(error.code) || (error.code === STOPPED_WAITING_FOR_LOCK && ranPastLimit);
}

/**
 * Runs Cypher in managed transactions (reads routed to readers on a cluster), counts round trips
 * for the request that owns it, and turns the driver's connectivity errors into DATABASE_UNAVAILABLE
 * and transactions that Neo4j stopped for running too long into QUERY_TIMEOUT.
 */
export class Executor {
  roundTrips = 0;
  /** The request's last write, so that its later reads see it even on a cluster's read replicas. */
  private bookmarks: string[] = [];

  /** With `timeoutMs`, Neo4j stops every transaction of this executor that runs longer; without it (or 0), Neo4j's own setting applies. */
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeoutMs?: number,
  ) {}

  async read(query: CypherQuery): Promise<Row[]> {
    const session = this.session(neo4j.session.READ);
    this.roundTrips += 1;
    const startedAt = performance.now();
    try {
      const result = await session.executeRead((tx) => tx.run(query.cypher, toCypherParams(query.params)), this.transactionConfig());
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw this.translate(error, startedAt);
    } finally {
      await session.close();
    }
  }

  async write(query: CypherQuery): Promise<Row[]> {
    return this.inWriteTransaction((tx) => tx.run(query));
  }

  /**
   * Several writes in one transaction: all of them land, or none. `afterEach` is told how many statements have
   * run, inside the still-open transaction, and the next statement waits for it; a retried transaction starts over.
   */
  async writeAll(queries: CypherQuery[], afterEach?: (statementsRun: number) => unknown): Promise<QueryResult<RecordShape>[]> {
    return this.inWriteTransaction(async (tx) => {
      const results: QueryResult<RecordShape>[] = [];
      for (const query of queries) {
        results.push(await tx.runRaw(query));
        await afterEach?.(results.length);
      }
      return results;
    });
  }

  /**
   * Work that reads and writes in one transaction, deciding what to write from what it read: all of it lands,
   * or none. The driver may run `work` again after a transient failure, so it must not act outside the database.
   */
  async inWriteTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    const startedAt = performance.now();
    try {
      return await session.executeWrite((tx) =>
        work({
          runRaw: (query) => {
            this.roundTrips += 1;
            return tx.run(query.cypher, toCypherParams(query.params));
          },
          run: async (query) => {
            this.roundTrips += 1;
            const result = await tx.run(query.cypher, toCypherParams(query.params));
            return result.records.map((record) => toPlain(record.toObject()) as Row);
          },
        }),
        this.transactionConfig(),
      );
    } catch (error) {
      throw this.translate(error, startedAt);
    } finally {
      await session.close();
      this.bookmarks = session.lastBookmarks();
    }
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    return this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarks: this.bookmarks });
  }

  /**
   * Several queries in one read transaction, whose rows are consumed as they arrive rather than collected, for
   * results too large to hold in memory. Unlike `read()` it is not retried: rows already passed on cannot be
   * taken back. The transaction commits when `work` resolves and rolls back when it throws.
   */
  async readStreaming<T>(work: (rows: RowStream) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.READ);
    let transaction: Transaction | undefined;
    const startedAt = performance.now();
    try {
      transaction = await session.beginTransaction(this.transactionConfig());
      const open = transaction;
      const result = await work((query) => this.streamRows(open, query, startedAt));
      await open.commit();
      return result;
    } catch (error) {
      if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
      throw this.translate(error, startedAt);
    } finally {
      await session.close();
    }
  }

  private async *streamRows(transaction: Transaction, query: CypherQuery, startedAt: number): AsyncGenerator<Row> {
    this.roundTrips += 1;
    try {
      for await (const record of transaction.run(query.cypher, toCypherParams(query.params))) {
        yield toPlain(record.toObject()) as Row;
      }
    } catch (error) {
      throw this.translate(error, startedAt);
    }
  }



  private transactionConfig(): { timeout: number } | undefined {
    return this.timeoutMs ? { timeout: this.timeoutMs } : undefined;
  }

  private translate(error: unknown, startedAt: number): unknown {
    const ranPastLimit = !!this.timeoutMs && performance.now() - startedAt >= this.timeoutMs;
    if (isTimeout(error, ranPastLimit)) return new QueryTimeoutError(error);
    return isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}
