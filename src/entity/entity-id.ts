import { BadUserInputError } from '../errors/errors';
import { EntityKind, KIND_BY_PREFIX, SOURCE_PREFIX } from './entity-kind';

const ID_PATTERN = /^([a-z]+(?:-[a-z]+)*):([a-z0-9]+(?:--?[a-z0-9]+)*)$/;
const MAX_ID_LENGTH = 200;

export type ParsedId = { prefix: string; slug: string; kind: EntityKind | 'SOURCE' };

/** Parses `<prefix>:<slug>`; null when the text is not a well-formed ID with a known prefix. */
export function parseId(id: string): ParsedId | null {
  if (id.length > MAX_ID_LENGTH) return null;
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const [, prefix, slug] = match;
  if (prefix === SOURCE_PREFIX) return { prefix, slug, kind: 'SOURCE' };
  // An own property only: "constructor" is a lower-case word that every object answers to.
  const kind = Object.hasOwn(KIND_BY_PREFIX, prefix) ? KIND_BY_PREFIX[prefix] : undefined;
  return kind ? { prefix, slug, kind } : null;
}

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
