import { Extract } from './extraction.contract';

/**
 * The pipeline's extraction, as the evaluator calls it. Null while the pipeline is not on this branch; the CLI
 * then says so and stops.
 */
export function pipelineExtract(): Extract | null {
  return null;
}
