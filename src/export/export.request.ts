import { parseId } from '../model/entity-id';
import { BadUserInputError } from '../errors/errors';
import { ExportScope, MAX_EXPORT_DEPTH } from './export.repository';

const WHOLE_NUMBER = /^[0-9]+$/;

/**
 * The scope of an export from the caller's `around` and `depth`, as the HTTP query and the CLI give them (text,
 * or absent). The whole graph without `around`; `depth` defaults to 1 and needs `around`.
 */
export function parseExportScope(around: unknown, depth: unknown): ExportScope {
  if (Array.isArray(around) || Array.isArray(depth)) throw new BadUserInputError('Give "around" and "depth" at most once each.');
  if (around === undefined || around === '') {
    if (depth !== undefined) throw new BadUserInputError('"depth" needs "around": the entity whose neighbourhood to export.', 'depth');
    return null;
  }
  if (typeof around !== 'string' || !parseId(around)) {
    throw new BadUserInputError('"around" is not a well-formed ID: expected "<kind>:<slug>" such as "province:ha-tinh".', 'around');
  }
  if (parseId(around)!.kind === 'SOURCE') throw new BadUserInputError('"around" must be the ID of an entity, not of a source.', 'around');
  return { around, depth: parseDepth(depth) };
}

function parseDepth(depth: unknown): number {
  if (depth === undefined) return 1;
  const value = typeof depth === 'string' && WHOLE_NUMBER.test(depth) ? Number(depth) : NaN;
  if (!(value >= 1 && value <= MAX_EXPORT_DEPTH)) {
    throw new BadUserInputError(`"depth" must be a whole number from 1 to ${MAX_EXPORT_DEPTH}.`, 'depth');
  }
  return value;
}
