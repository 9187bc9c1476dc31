import { ModelRecord } from '../../model/records';
import { Extract } from './extraction.contract';

/**
 * The pipeline's extraction, as the evaluator calls it, linking against the given records (the seed files and
 * the reference places, as the graph holds them). Null while the pipeline is not on this branch; the CLI then
 * says so and stops.
 */
export function pipelineExtract(_graphRecords: ModelRecord[]): Extract | null {
  return null;
}
