import neo4j, { Driver, Neo4jError, QueryResult, RecordShape, Session, Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors/errors';
import { Deadline } from './deadline';
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

/** The driver's error when every pooled connection stayed in use for `connectionAcquisitionTimeout`; it carries no code of its own. */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');
}

/**
 * How long past a transaction's time limit the executor still waits for Neo4j. Neo4j enforces the limit itself, but
 * only when its transaction monitor next looks (every 2 s by default, `db.transaction.monitor.check.interval`); a
 * database that has said nothing by then is frozen or swamped, and would hold the request for as long as it stays so.
 * Past the deadline the answer is QUERY_TIMEOUT too, so that a request over its limit gets the same code whichever
 * stop comes first, Neo4j's or the executor's, on a loaded host where Neo4j's own check runs late.
 */
export const DEADLINE_MARGIN_MS = 3_000;

const BUSY_MESSAGE = 'The graph database is busy: every connection to it is in use. Try again shortly.';
const NO_ANSWER_MESSAGE = 'The graph database did not answer within the time this API allows (it may be stalled or overloaded); try again shortly.';
const NO_ANSWER_TO_WRITE_MESSAGE =
  'The graph database did not answer within the time this API allows (it may be stalled or overloaded), so this change may or may not have been saved: check before trying again.';

/**
 * Runs Cypher in managed transactions (reads routed to readers on a cluster), counts round trips
 * for the request that owns it, and turns the driver's connectivity errors and a full connection pool into
 * DATABASE_UNAVAILABLE, and transactions that Neo4j stopped for running too long, or that it did not answer
 * by the deadline, into QUERY_TIMEOUT.
 */
export class Executor {
  roundTrips = 0;
  /** The request's last write, so that its later reads see it even on a cluster's read replicas. */
  private bookmarks: string[] = [];

  /**
   * With `timeoutMs`, Neo4j stops every transaction of this executor that runs longer, and the executor itself stops
   * waiting DEADLINE_MARGIN_MS later; without it (or 0), Neo4j's own setting applies and nothing is bounded here.
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly timeoutMs?: number,
  ) {}

  async read(query: CypherQuery): Promise<Row[]> {
    this.roundTrips += 1;
    return this.inSession(neo4j.session.READ, async (session) => {
      const result = await session.executeRead((tx) => tx.run(query.cypher, toCypherParams(query.params)), this.transactionConfig());
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    });
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
    return this.inSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(
        (tx) =>
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
      ),
    );
  }

  /**
   * Runs `work` in a new session and closes it, all within the deadline (the time limit plus DEADLINE_MARGIN_MS). Past
   * the deadline the request gets QUERY_TIMEOUT and the session is left to close when Neo4j answers or its
   * connection breaks: closing it now would wait on the same silent database.
   */
  private async inSession<T>(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    const startedAt = performance.now();
    const deadline = new Deadline(this.timeoutMs && this.timeoutMs + DEADLINE_MARGIN_MS, () =>
      new QueryTimeoutError(
        new Error(`Neo4j did not answer within ${this.timeoutMs! + DEADLINE_MARGIN_MS} ms`),
        mode === neo4j.session.WRITE ? NO_ANSWER_TO_WRITE_MESSAGE : NO_ANSWER_MESSAGE,
      ),
    );
    try {
      return await deadline.within(work(session));
    } catch (error) {
      throw this.translate(error, startedAt);
    } finally {
      if (!deadline.passed) {
        await deadline.within(session.close()).catch(() => undefined);
        if (mode === neo4j.session.WRITE) this.bookmarks = session.lastBookmarks();
      } else {
        void session.close().catch(() => undefined);
      }
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
    return this.inSession(neo4j.session.READ, async (session) => {
      const startedAt = performance.now();
      let transaction: Transaction | undefined;
      try {
        transaction = await session.beginTransaction(this.transactionConfig());
        const open = transaction;
        const result = await work((query) => this.streamRows(open, query, startedAt));
        await open.commit();
        return result;
      } catch (error) {
        if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
        throw error;
      }
    });
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
    if (isPoolExhausted(error)) return new DatabaseUnavailableError(error, BUSY_MESSAGE);
    return isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}
