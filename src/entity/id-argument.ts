import { BadUserInputError } from '../errors/errors';
import { EntityKind } from '../model/entity-kind';
import { parseId, ParsedId } from '../model/entity-id';

/** For resolvers: a malformed ID is the caller's mistake, reported as BAD_USER_INPUT naming the argument. */
export function requireWellFormedId(id: string, argument: string, expected?: EntityKind): ParsedId {
  const parsed = parseId(id);
  if (!parsed) {
    throw new BadUserInputError(
      `Argument "${argument}" is not a well-formed ID: expected "<kind>:<slug>" such as "province:ha-tinh".`,
      argument,
    );
  }
  if (expected && parsed.kind !== expected) {
    throw new BadUserInputError(`Argument "${argument}" must be the ID of a ${expected.toLowerCase()}.`, argument);
  }
  return parsed;
}

/** For optional ID arguments: absent (undefined or null) is no filter, but an ID given, even empty, must be well formed. */
export function requireWellFormedIdIfGiven(id: string | null | undefined, argument: string, expected?: EntityKind): void {
  if (id !== undefined && id !== null) requireWellFormedId(id, argument, expected);
}
