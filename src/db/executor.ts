import neo4j, { Driver, Neo4jError, QueryResult, RecordShape, Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors/errors';
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

/**
 * Runs Cypher in managed transactions (reads routed to readers on a cluster), counts round trips
 * for the request that owns it, and turns the driver's connectivity errors into DATABASE_UNAVAILABLE.
 */
export class Executor {
  roundTrips = 0;
  /** The request's last write, so that its later reads see it even on a cluster's read replicas. */
  private bookmarks: string[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async read(query: CypherQuery): Promise<Row[]> {
    return this.run(query, 'read');
  }

  async write(query: CypherQuery): Promise<Row[]> {
    return this.run(query, 'write');
  }

  /** Several writes in one transaction: all of them land, or none. */
  async writeAll(queries: CypherQuery[]): Promise<QueryResult<RecordShape>[]> {
    return this.inWriteTransaction(async (tx) => {
      const results: QueryResult<RecordShape>[] = [];
      for (const query of queries) results.push(await tx.runRaw(query));
      return results;
    });
  }

  /**
   * Work that reads and writes in one transaction, deciding what to write from what it read: all of it lands,
   * or none. The driver may run `work` again after a transient failure, so it must not act outside the database.
   */
  async inWriteTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
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
      );
    } catch (error) {
      throw translate(error);
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
    try {
      transaction = await session.beginTransaction();
      const open = transaction;
      const result = await work((query) => this.streamRows(open, query));
      await open.commit();
      return result;
    } catch (error) {
      if (transaction?.isOpen()) await transaction.rollback().catch(() => undefined);
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  private async *streamRows(transaction: Transaction, query: CypherQuery): AsyncGenerator<Row> {
    this.roundTrips += 1;
    try {
      for await (const record of transaction.run(query.cypher, toCypherParams(query.params))) {
        yield toPlain(record.toObject()) as Row;
      }
    } catch (error) {
      throw translate(error);
    }
  }

  private async run(query: CypherQuery, mode: 'read' | 'write'): Promise<Row[]> {
    const session = this.session(mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE);
    this.roundTrips += 1;
    try {
      const work = (tx: { run: (cypher: string, params: Record<string, unknown>) => Promise<QueryResult> }) =>
        tx.run(query.cypher, toCypherParams(query.params));
      const result = mode === 'read' ? await session.executeRead(work) : await session.executeWrite(work);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
      if (mode === 'write') this.bookmarks = session.lastBookmarks();
    }
  }
}

function translate(error: unknown): unknown {
  return isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
