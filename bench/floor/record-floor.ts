import { execute, parse } from 'graphql';
import { Driver } from 'neo4j-driver';
import { contextOver } from '../../src/context';
import { CypherQuery } from '../../src/db/executor';
import { NetworkWorkers } from '../../src/network/network-workers';
import { partnershipSchema } from '../../src/schema/build-schema';
import { Anchors, Workload } from '../workloads';
import { RecordingExecutor } from './recording-executor';

export interface FloorPlan {
  workload: string;
  waves: CypherQuery[][];
  /** The round trips our API reports for the same request (extensions.roundTrips). */
  roundTrips: number;
}

/** Runs each workload once in-process on a recording executor, to learn the exact Cypher our API issues for it. */
export async function recordFloorPlans(driver: Driver, workloads: Workload[], anchors: Anchors): Promise<FloorPlan[]> {
  const schema = await partnershipSchema();
  const plans: FloorPlan[] = [];
  const networkWorkers = new NetworkWorkers(1);
  try {
    for (const workload of workloads) {
      const executor = new RecordingExecutor(driver, undefined);
      const result = await execute({
        schema,
        document: parse(workload.query),
        variableValues: workload.variables(anchors),
        contextValue: contextOver(executor, networkWorkers),
      });
      if (result.errors?.length) throw new Error(`${workload.name}: ${result.errors.map((e) => e.message).join('; ')}`);
      plans.push({ workload: workload.name, waves: executor.waves, roundTrips: executor.roundTrips });
    }
  } finally {
    await networkWorkers.close();
  }
  return plans;
}
