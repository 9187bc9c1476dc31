import neo4j, { Driver, Neo4jError, QueryResult, RecordShape, Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors/errors';
import { toCypherParams, toPlain } from './records';

export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

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

  /**
   * Several writes in one transaction: all of them land, or none. `afterEach` is told how many statements have
   * run, inside the still-open transaction, and the next statement waits for it; a retried transaction starts over.
   */
  async writeAll(queries: CypherQuery[], afterEach?: (statementsRun: number) => unknown): Promise<QueryResult<RecordShape>[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const results: QueryResult<RecordShape>[] = [];
        for (const query of queries) {
          this.roundTrips += 1;
          results.push(await tx.run(query.cypher, toCypherParams(query.params)));
          await afterEach?.(results.length);
        }
        return results;
      });
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Several queries in one read transaction, whose rows are consumed as they arrive rather than collected, for
   * results too large to hold in memory. Unlike `read()` it is not retried: rows already passed on cannot be
   * taken back. The transaction commits when `work` resolves and rolls back when it throws.
   */
  async readStreaming<T>(work: (rows: RowStream) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
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
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
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
    }
  }
}

function translate(error: unknown): unknown {
  return isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
