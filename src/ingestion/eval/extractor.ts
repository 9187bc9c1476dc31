import { ModelRecord } from '../../model/records';
import { extract } from '../candidates';
import { Gazetteer } from '../gazetteer';
import { Extract } from './extraction.contract';

/**
 * The pipeline's extraction, as the evaluator calls it: linking against the given records (the seed files and the
 * reference places, as an import writes them to the graph), so that no database is needed.
 */
export function pipelineExtract(graphRecords: ModelRecord[]): Extract {
  const gazetteer = Gazetteer.fromRecords(graphRecords);
  return async (text, article) => extract({ content: text, ...article }, gazetteer);
}
