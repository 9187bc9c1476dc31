import { Executor } from '../../src/db/executor';

const DELETE_BATCH = 5_000;

/** Deletes every node and relationship (not the schema), a batch of nodes per transaction so a large graph fits the heap. */
export async function emptyGraph(executor: Executor): Promise<void> {
  for (;;) {
    const [row] = await executor.write({
      cypher: `MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
      params: { batch: DELETE_BATCH },
    });
    if ((row.deleted as number) === 0) return;
  }
}
