import { CypherQuery, Executor, Row } from '../../src/db/executor';

/**
 * An executor that keeps every read it runs, grouped in waves: a query joins the current wave when no
 * query has finished since the wave began, which is how DataLoader batches fire together. Replaying the
 * waves (each wave's queries at once) reproduces the request's database work without GraphQL.
 */
export class RecordingExecutor extends Executor {
  readonly waves: CypherQuery[][] = [];
  private finished = 0;
  private finishedAtWaveStart = -1;

  override async read(query: CypherQuery): Promise<Row[]> {
    if (this.finishedAtWaveStart !== this.finished) {
      this.waves.push([]);
      this.finishedAtWaveStart = this.finished;
    }
    this.waves[this.waves.length - 1].push(query);
    try {
      return await super.read(query);
    } finally {
      this.finished += 1;
    }
  }
}
